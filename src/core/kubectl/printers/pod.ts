/** Pod rows as printers.go `printPod` derives them: READY, STATUS, RESTARTS `(5m ago)`. */
import type { ContainerStatus, Pod } from '../../cluster/types';
import { age, humanDuration } from './age';
import type { KindPrinter, RowContext } from './types';

interface Tally {
	reason: string;
	ready: number;
	restarts: number;
	lastRestart: number;
}

function isRestartableInit(pod: Pod, name: string): boolean {
	return pod.spec.initContainers?.find((c) => c.name === name)?.restartPolicy === 'Always';
}

function finishedAt(s: ContainerStatus): number {
	const t = s.lastState?.terminated?.finishedAt;
	return t ? Date.parse(t) : 0;
}

/** Walks init containers; returns the Init:… reason while the pod is still initializing. */
function initReason(pod: Pod, tally: Tally): string | undefined {
	const statuses = pod.status.initContainerStatuses ?? [];
	const total = pod.spec.initContainers?.length ?? 0;
	for (let i = 0; i < statuses.length; i++) {
		const c = statuses[i];
		tally.restarts += c.restartCount;
		tally.lastRestart = Math.max(tally.lastRestart, finishedAt(c));
		const term = c.state.terminated;
		if (term && term.exitCode === 0) continue;
		if (isRestartableInit(pod, c.name) && c.started) {
			if (c.ready) tally.ready++;
			continue;
		}
		if (term) return term.reason ? `Init:${term.reason}` : `Init:ExitCode:${term.exitCode}`;
		const waiting = c.state.waiting?.reason;
		if (waiting && waiting !== 'PodInitializing') return `Init:${waiting}`;
		return `Init:${i}/${total}`;
	}
	return undefined;
}

function initializedTrue(pod: Pod): boolean {
	return (pod.status.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
}

function containerReason(pod: Pod, tally: Tally): void {
	let hasRunning = false;
	const statuses = pod.status.containerStatuses ?? [];
	for (let i = statuses.length - 1; i >= 0; i--) {
		const c = statuses[i];
		tally.restarts += c.restartCount;
		tally.lastRestart = Math.max(tally.lastRestart, finishedAt(c));
		const { waiting, terminated, running } = c.state;
		if (waiting?.reason) tally.reason = waiting.reason;
		else if (terminated?.reason) tally.reason = terminated.reason;
		else if (terminated) tally.reason = `ExitCode:${terminated.exitCode}`;
		else if (c.ready && running) {
			hasRunning = true;
			tally.ready++;
		}
	}
	if (tally.reason === 'Completed' && hasRunning) {
		const ready = (pod.status.conditions ?? []).some(
			(c) => c.type === 'Ready' && c.status === 'True'
		);
		tally.reason = ready ? 'Running' : 'NotReady';
	}
}

/** READY, STATUS and RESTARTS cells. */
export function podStatus(
	pod: Pod,
	now: number
): { ready: string; status: string; restarts: string } {
	const tally: Tally = {
		reason: pod.status?.reason || pod.status?.phase || '',
		ready: 0,
		restarts: 0,
		lastRestart: 0
	};
	let total = pod.spec.containers.length;
	for (const c of pod.spec.initContainers ?? []) if (c.restartPolicy === 'Always') total++;
	if (
		(pod.status.conditions ?? []).some(
			(c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated'
		)
	) {
		tally.reason = 'SchedulingGated';
	}
	const init = initReason(pod, tally);
	if (init) tally.reason = init;
	if (!init || initializedTrue(pod)) {
		// Only restartable init containers count once the pod is past initialization.
		tally.restarts = (pod.status.initContainerStatuses ?? [])
			.filter((c) => isRestartableInit(pod, c.name))
			.reduce((n, c) => n + c.restartCount, 0);
		tally.lastRestart = 0;
		containerReason(pod, tally);
	}
	const terminal = pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
	if (pod.metadata.deletionTimestamp && pod.status.reason === 'NodeLost') tally.reason = 'Unknown';
	else if (pod.metadata.deletionTimestamp && !terminal) tally.reason = 'Terminating';
	const restarts =
		tally.restarts !== 0 && tally.lastRestart > 0
			? `${tally.restarts} (${humanDuration(now - tally.lastRestart)} ago)`
			: String(tally.restarts);
	return { ready: `${tally.ready}/${total}`, status: tally.reason, restarts };
}

function readinessGates(pod: Pod): string {
	const gates = (pod.spec.readinessGates as { conditionType: string }[] | undefined) ?? [];
	if (gates.length === 0) return '<none>';
	const conds = pod.status.conditions ?? [];
	const ok = gates.filter((g) => conds.find((c) => c.type === g.conditionType)?.status === 'True');
	return `${ok.length}/${gates.length}`;
}

export const podPrinter: KindPrinter<Pod> = {
	columns: [
		{ header: 'NAME' },
		{ header: 'READY' },
		{ header: 'STATUS' },
		{ header: 'RESTARTS' },
		{ header: 'AGE' },
		{ header: 'IP', wide: true },
		{ header: 'NODE', wide: true },
		{ header: 'NOMINATED NODE', wide: true },
		{ header: 'READINESS GATES', wide: true }
	],
	toRow(pod: Pod, { now }: RowContext) {
		const s = podStatus(pod, now);
		const ip = pod.status.podIPs?.[0]?.ip || pod.status.podIP || '<none>';
		return [
			pod.metadata.name,
			s.ready,
			s.status,
			s.restarts,
			age(pod.metadata.creationTimestamp, now),
			ip,
			pod.spec.nodeName || '<none>',
			(pod.status.nominatedNodeName as string | undefined) || '<none>',
			readinessGates(pod)
		];
	}
};
