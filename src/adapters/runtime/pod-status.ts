/**
 * The STATUS column of `kubectl get pods`, reduced to what the side panel counts. It follows
 * printPod in kubernetes/kubernetes pkg/printers/internalversion/printers.go: the pod's reason,
 * then init containers, then the first container with a waiting or terminated reason, and
 * `Terminating` once a deletion timestamp is set.
 */
import type { ContainerStatus, Pod } from '../../core/cluster/types';

export function podStatus(pod: Pod): string {
	if (pod.metadata.deletionTimestamp) return 'Terminating';
	let reason: string = pod.status?.reason || pod.status?.phase || 'Unknown';
	const init = initReason(
		pod.status?.initContainerStatuses ?? [],
		pod.spec.initContainers?.length ?? 0
	);
	if (init) return init;
	// Walked last to first, so the first container with a reason has the final word.
	for (const cs of [...(pod.status?.containerStatuses ?? [])].reverse()) {
		const waiting = cs.state.waiting?.reason;
		const terminated = cs.state.terminated;
		if (waiting) reason = waiting;
		else if (terminated?.reason) reason = terminated.reason;
		else if (terminated)
			reason = terminated.exitCode ? `ExitCode:${terminated.exitCode}` : 'Completed';
	}
	return reason;
}

function initReason(statuses: ContainerStatus[], total: number): string | undefined {
	for (const [i, cs] of statuses.entries()) {
		const terminated = cs.state.terminated;
		if (terminated && terminated.exitCode === 0) continue;
		if (terminated)
			return terminated.reason
				? `Init:${terminated.reason}`
				: `Init:ExitCode:${terminated.exitCode}`;
		const waiting = cs.state.waiting?.reason;
		if (waiting && waiting !== 'PodInitializing') return `Init:${waiting}`;
		return `Init:${i}/${total}`;
	}
	return undefined;
}
