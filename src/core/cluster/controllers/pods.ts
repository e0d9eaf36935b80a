/** Pod helpers the controllers share: activity, readiness, ownership, creation and deletion. */
import { parseCpu, parseMemory } from '../quantity';
import type { ClusterTx } from '../store';
import type { KubeObject, Labels, OwnerReference, Pod, PodCondition, PodTemplate } from '../types';
import { parseTimestamp, timestamp } from '../world';
import { withServiceAccountToken } from './service-account-volume';

export const isTerminating = (obj: KubeObject): boolean => !!obj.metadata.deletionTimestamp;

/** Counts toward a controller's replicas: not being deleted, not finished. */
export function isActive(pod: Pod): boolean {
	return !isTerminating(pod) && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed';
}

export function condition(obj: KubeObject, type: string): PodCondition | undefined {
	return (obj.status?.conditions as PodCondition[] | undefined)?.find((c) => c.type === type);
}

export function isPodReady(pod: Pod): boolean {
	return condition(pod, 'Ready')?.status === 'True';
}

/** Ready for at least `minReadySeconds` at `now`. */
export function isAvailable(pod: Pod, minReadySeconds: number, now: number): boolean {
	const ready = condition(pod, 'Ready');
	if (ready?.status !== 'True') return false;
	if (!minReadySeconds) return true;
	const since = ready.lastTransitionTime ? parseTimestamp(ready.lastTransitionTime) : 0;
	return since + minReadySeconds * 1000 <= now;
}

/** When a ready pod becomes available, for wakeups; undefined when it is not ready. */
export function availableAt(pod: Pod, minReadySeconds: number): number | undefined {
	const ready = condition(pod, 'Ready');
	if (ready?.status !== 'True' || !ready.lastTransitionTime) return undefined;
	return parseTimestamp(ready.lastTransitionTime) + minReadySeconds * 1000;
}

/**
 * A condition list with one condition set; `lastTransitionTime` moves only when the status does,
 * as the API conventions require. `reason`/`message` come from `next` alone.
 */
export function setCondition<C extends PodCondition>(
	list: readonly C[] | undefined,
	next: Omit<C, 'lastTransitionTime'>,
	now: number
): C[] {
	const out = [...(list ?? [])];
	const i = out.findIndex((c) => c.type === next.type);
	const prev = i >= 0 ? out[i] : undefined;
	const lastTransitionTime =
		prev && prev.status === next.status && prev.lastTransitionTime
			? prev.lastTransitionTime
			: timestamp(now);
	// reason/message describe the current status only: a condition that turns True drops them.
	const { reason: _reason, message: _message, ...kept } = prev ?? ({} as Partial<C>);
	const merged = { ...kept, ...next, lastTransitionTime } as C;
	if (i >= 0) out[i] = merged;
	else out.push(merged);
	return out;
}

export function ownerRef(owner: KubeObject): OwnerReference {
	return {
		apiVersion: owner.apiVersion,
		kind: owner.kind,
		name: owner.metadata.name,
		uid: owner.metadata.uid,
		controller: true,
		blockOwnerDeletion: true
	};
}

/** The owner reference marked `controller: true`, if any. */
export function controllerOf(obj: KubeObject): OwnerReference | undefined {
	return obj.metadata.ownerReferences?.find((r) => r.controller);
}

/**
 * Whether `owner` controls `obj`. Matching by kind and name as well as uid lets hand-written
 * manifests (whose uids are made up at load) keep their ownership.
 */
export function isControlledBy(obj: KubeObject, owner: KubeObject): boolean {
	const ref = controllerOf(obj);
	if (!ref) return false;
	if (ref.uid === owner.metadata.uid) return true;
	return ref.kind === owner.kind && ref.name === owner.metadata.name;
}

/** Requests of a pod in millicores / bytes (init containers as the scheduler counts them). */
export function podRequests(pod: Pod): { cpu: number; memory: number } {
	let cpu = 0;
	let memory = 0;
	for (const c of pod.spec.containers ?? []) {
		cpu += parseCpu(c.resources?.requests?.cpu);
		memory += parseMemory(c.resources?.requests?.memory);
	}
	for (const c of pod.spec.initContainers ?? []) {
		cpu = Math.max(cpu, parseCpu(c.resources?.requests?.cpu));
		memory = Math.max(memory, parseMemory(c.resources?.requests?.memory));
	}
	return { cpu, memory };
}

function qosClass(spec: Pod['spec']): string {
	const containers = spec.containers ?? [];
	const any = containers.some(
		(c) =>
			Object.keys(c.resources?.requests ?? {}).length ||
			Object.keys(c.resources?.limits ?? {}).length
	);
	if (!any) return 'BestEffort';
	const guaranteed = containers.every((c) => {
		const limits = c.resources?.limits ?? {};
		const requests = { ...limits, ...(c.resources?.requests ?? {}) };
		return (
			limits.cpu !== undefined &&
			limits.memory !== undefined &&
			parseCpu(requests.cpu) === parseCpu(limits.cpu) &&
			parseMemory(requests.memory) === parseMemory(limits.memory)
		);
	});
	return guaranteed ? 'Guaranteed' : 'Burstable';
}

/** The tolerations the DefaultTolerationSeconds admission plugin adds to every pod. */
export const DEFAULT_TOLERATIONS = [
	{
		key: 'node.kubernetes.io/not-ready',
		operator: 'Exists',
		effect: 'NoExecute',
		tolerationSeconds: 300
	},
	{
		key: 'node.kubernetes.io/unreachable',
		operator: 'Exists',
		effect: 'NoExecute',
		tolerationSeconds: 300
	}
];

export interface NewPodOptions {
	owner: KubeObject;
	template: PodTemplate;
	name: string;
	generateName?: string;
	labels?: Labels;
	now: number;
	/** Extra spec fields (hostname, subdomain, affinity, tolerations). */
	spec?: Partial<Pod['spec']>;
}

/** A new Pending pod from a template, defaulted as the API server would store it. */
export function newPod(tx: ClusterTx, o: NewPodOptions): Pod {
	const t = o.template;
	const spec: Pod['spec'] = {
		...t.spec,
		containers: (t.spec.containers ?? []).map((c) => ({
			imagePullPolicy:
				c.image.endsWith(':latest') || !c.image.includes(':') ? 'Always' : 'IfNotPresent',
			terminationMessagePath: '/dev/termination-log',
			terminationMessagePolicy: 'File',
			resources: {},
			...c
		})),
		restartPolicy: t.spec.restartPolicy ?? 'Always',
		terminationGracePeriodSeconds: t.spec.terminationGracePeriodSeconds ?? 30,
		dnsPolicy: (t.spec.dnsPolicy as string | undefined) ?? 'ClusterFirst',
		serviceAccountName: (t.spec.serviceAccountName as string | undefined) ?? 'default',
		serviceAccount: (t.spec.serviceAccountName as string | undefined) ?? 'default',
		securityContext: t.spec.securityContext ?? {},
		schedulerName: (t.spec.schedulerName as string | undefined) ?? 'default-scheduler',
		enableServiceLinks: t.spec.enableServiceLinks ?? true,
		preemptionPolicy: 'PreemptLowerPriority',
		priority: 0,
		...o.spec,
		tolerations: [...(o.spec?.tolerations ?? t.spec.tolerations ?? []), ...DEFAULT_TOLERATIONS]
	};
	const admitted = withServiceAccountToken(spec, tx.random);
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name: o.name,
			...(o.generateName ? { generateName: o.generateName } : {}),
			namespace: o.owner.metadata.namespace,
			uid: tx.uid(),
			resourceVersion: '',
			creationTimestamp: timestamp(o.now),
			labels: { ...(t.metadata?.labels ?? {}), ...(o.labels ?? {}) },
			...(t.metadata?.annotations ? { annotations: { ...t.metadata.annotations } } : {}),
			ownerReferences: [ownerRef(o.owner)]
		},
		spec: admitted,
		status: { phase: 'Pending', qosClass: qosClass(spec) }
	};
}

/**
 * Starts a graceful delete, as the API server does for `DELETE pods/x`: sets deletionTimestamp to
 * now + grace. Unscheduled pods go at once. Returns the stored pod, or undefined when removed.
 */
export function markForDeletion(
	tx: ClusterTx,
	pod: Pod,
	now: number,
	graceSeconds?: number
): Pod | undefined {
	if (isTerminating(pod)) return pod;
	if (!pod.spec.nodeName || pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') {
		tx.delete('pods', pod.metadata.namespace ?? '', pod.metadata.name);
		return undefined;
	}
	const grace = graceSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30;
	return tx.put<Pod>({
		...pod,
		metadata: {
			...pod.metadata,
			deletionTimestamp: timestamp(now + grace * 1000),
			deletionGracePeriodSeconds: grace
		}
	});
}

/** Resolves an int-or-percent (`2`, `"25%"`) against a total, rounding as Kubernetes does. */
export function intOrPercent(
	value: number | string | undefined,
	fallback: string,
	total: number,
	roundUp: boolean
): number {
	const v = value ?? fallback;
	if (typeof v === 'number') return v;
	const m = /^(\d+)%$/.exec(v);
	if (!m) return Number(v) || 0;
	const exact = (Number(m[1]) * total) / 100;
	return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/** Stores `next` only when it differs from `prev` (no resourceVersion churn for no-ops). */
export function putIfChanged<T extends KubeObject>(tx: ClusterTx, prev: T, next: T): T {
	if (deepEqual(prev, next)) return prev;
	return tx.put(next);
}

/** Structural equality that stops early on shared subtrees (most of an updated object). */
export function deepEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	if (Array.isArray(a)) {
		const bb = b as unknown[];
		return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i]));
	}
	const ao = a as Record<string, unknown>;
	const bo = b as Record<string, unknown>;
	const ak = Object.keys(ao).filter((k) => ao[k] !== undefined);
	const bk = Object.keys(bo).filter((k) => bo[k] !== undefined);
	if (ak.length !== bk.length) return false;
	return ak.every((k) => deepEqual(ao[k], bo[k]));
}
