/**
 * Status → directives. A dump says a pod is crash-looping, cannot pull its image or is never
 * ready, and a node is NotReady; the simulator's controllers would heal all of that at the first
 * pass unless the objects carry the matching fault (FAULTS.md). Each fault is inferred from the
 * status alone, with the parameters the status gives (exit code, how long each run lasted, the
 * pull error), and copied onto the pod template that made the pod, so replacements behave alike.
 */
import {
	CRASH_AFTER,
	EXIT_CODE,
	FAULT,
	FAULT_AFTER,
	FAULT_CONTAINER,
	FAULT_IMAGE,
	FAULT_MESSAGE,
	pullErrorMessage,
	type Fault
} from '../faults';
import type { ContainerStatus, KubeObject, Labels, Node, Pod } from '../types';
import { parseTimestamp } from '../world';

/** A container that crashed less than this long ago and is not ready is still crash-looping. */
const RECENT_CRASH_MS = 5 * 60_000;
const DEFAULT_NODE_MESSAGE = 'Kubelet stopped posting node status.';

type Annotations = Labels;

/** The fault annotations a pod's status implies, or undefined when it is healthy or unknown. */
export function podFault(pod: Pod, now: number, nodeReady: boolean): Annotations | undefined {
	const phase = pod.status?.phase;
	if (!nodeReady || pod.metadata.deletionTimestamp || phase === 'Succeeded' || phase === 'Failed')
		return undefined;
	const statuses = pod.status?.containerStatuses ?? [];
	for (const container of pod.spec.containers) {
		const s = statuses.find((c) => c.name === container.name);
		if (!s) continue;
		const fault = containerFault(pod, s, container, now);
		if (!fault) continue;
		const scope: Annotations = { [FAULT_IMAGE]: container.image };
		if (pod.spec.containers.length > 1) scope[FAULT_CONTAINER] = container.name;
		return { ...fault, ...scope };
	}
	return undefined;
}

function containerFault(
	pod: Pod,
	s: ContainerStatus,
	container: Pod['spec']['containers'][number],
	now: number
): Annotations | undefined {
	const waiting = s.state?.waiting?.reason;
	if (waiting === 'ErrImagePull' || waiting === 'ImagePullBackOff')
		return pullFault(container.image, s.state.waiting?.message ?? '');
	const crash = crashOf(pod, s, now);
	if (crash) return crash;
	if (s.state?.running && !s.ready && pod.status.phase === 'Running') {
		const probe = container.readinessProbe as
			{ initialDelaySeconds?: number; periodSeconds?: number } | undefined;
		const grace = ((probe?.initialDelaySeconds ?? 0) + (probe?.periodSeconds ?? 10)) * 1000;
		if (now - parseTimestamp(s.state.running.startedAt) >= grace)
			return { [FAULT]: 'ReadinessFailing' };
	}
	return undefined;
}

/** CrashLoopBackOff / OOMKilled with the exit code and run length of the last crash. */
function crashOf(pod: Pod, s: ContainerStatus, now: number): Annotations | undefined {
	const policy = pod.spec.restartPolicy ?? 'Always';
	const current = s.state?.terminated;
	const last = current ?? s.lastState?.terminated;
	if (!last || last.exitCode === 0 || policy === 'Never') return undefined;
	const looping =
		s.state?.waiting?.reason === 'CrashLoopBackOff' ||
		!!current ||
		(!!s.state?.running &&
			!s.ready &&
			!!last.finishedAt &&
			now - parseTimestamp(last.finishedAt) < RECENT_CRASH_MS);
	if (!looping) return undefined;
	const oom = last.reason === 'OOMKilled';
	const out: Annotations = { [FAULT]: oom ? 'OOMKilled' : 'CrashLoopBackOff' };
	if (last.exitCode !== (oom ? 137 : 1)) out[EXIT_CODE] = String(last.exitCode);
	if (last.startedAt && last.finishedAt) {
		const ran = parseTimestamp(last.finishedAt) - parseTimestamp(last.startedAt);
		const runMs = Math.max(1000, ran);
		if (runMs !== (oom ? 10_000 : 3_000)) out[CRASH_AFTER] = durationText(runMs);
	}
	return out;
}

/** ImagePullBackOff for the image, with the registry's error when it is not containerd's default. */
function pullFault(image: string, message: string): Annotations {
	const error = message.replace(/^Back-off pulling image "[^"]*"(: ErrImagePull: )?/, '');
	const fallback = pullErrorMessage({ message: '' } as Fault, image);
	const out: Annotations = { [FAULT]: 'ImagePullBackOff' };
	if (error && error !== fallback) out[FAULT_MESSAGE] = error;
	return out;
}

/** NodeNotReady from the Ready condition: since when, and the message the node shows. */
export function nodeFault(node: Node): Annotations | undefined {
	const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
	if (!ready || ready.status === 'True') return undefined;
	const created = parseTimestamp(node.metadata.creationTimestamp);
	const since = ready.lastTransitionTime ? parseTimestamp(ready.lastTransitionTime) : created;
	const out: Annotations = {
		[FAULT]: 'NodeNotReady',
		[FAULT_AFTER]: durationText(Math.max(0, since - created))
	};
	if (ready.message && ready.message !== DEFAULT_NODE_MESSAGE) out[FAULT_MESSAGE] = ready.message;
	return out;
}

/** `43h38m9s`, `3s`, `0s`: whole seconds, as parseDuration reads them. */
export function durationText(ms: number): string {
	const total = Math.round(ms / 1000);
	const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
	const text = `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s ? `${s}s` : ''}`;
	return text || '0s';
}

export function withAnnotations<T extends KubeObject>(obj: T, extra: Annotations): T {
	return {
		...obj,
		metadata: { ...obj.metadata, annotations: { ...(obj.metadata.annotations ?? {}), ...extra } }
	};
}

/** The same directives on a workload's pod template (metadata.annotations of spec.template). */
export function withTemplateAnnotations<T extends KubeObject>(obj: T, extra: Annotations): T {
	const template = obj.spec?.template;
	if (!template) return obj;
	const metadata = template.metadata ?? {};
	const annotations = { ...(metadata.annotations ?? {}), ...extra };
	return {
		...obj,
		spec: { ...obj.spec, template: { ...template, metadata: { ...metadata, annotations } } }
	};
}
