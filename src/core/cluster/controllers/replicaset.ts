/**
 * The ReplicaSet controller: keeps `spec.replicas` active pods named `<rs>-<5 chars>`, deleting
 * surplus ones in the order Kubernetes ranks them, and reports status.
 */
import { KUBE_ALPHABET } from '../../clock/random';
import { recordEvent } from '../events';
import type { Pod, ReplicaSet } from '../types';
import { parseTimestamp } from '../world';
import { KEYS, type Ctx } from './context';
import {
	availableAt,
	condition,
	isActive,
	isAvailable,
	isControlledBy,
	isPodReady,
	markForDeletion,
	newPod,
	putIfChanged
} from './pods';

export function runReplicaSets(ctx: Ctx): void {
	const pods = ctx.tx.list<Pod>(KEYS.pods);
	for (const rs of ctx.tx.list<ReplicaSet>(KEYS.replicasets)) {
		if (rs.metadata.deletionTimestamp) continue;
		syncReplicaSet(
			ctx,
			rs,
			pods.filter((p) => p.metadata.namespace === rs.metadata.namespace)
		);
	}
}

/** A fresh pod name `<base><5 chars>` not yet taken in the namespace. */
export function podName(ctx: Ctx, namespace: string, base: string): string {
	for (;;) {
		const name = `${base}${ctx.tx.random.string(5, KUBE_ALPHABET)}`;
		if (!ctx.tx.get(KEYS.pods, namespace, name)) return name;
	}
}

function syncReplicaSet(ctx: Ctx, rs: ReplicaSet, nsPods: Pod[]): void {
	const owned = nsPods.filter((p) => isControlledBy(p, rs));
	const active = owned.filter(isActive);
	const want = rs.spec.replicas ?? 1;
	const ns = rs.metadata.namespace ?? 'default';
	const created: Pod[] = [];
	for (let i = active.length; i < want; i++) {
		const name = podName(ctx, ns, `${rs.metadata.name}-`);
		const pod = ctx.tx.put(
			newPod(ctx.tx, {
				owner: rs,
				template: rs.spec.template,
				name,
				generateName: `${rs.metadata.name}-`,
				now: ctx.now
			})
		);
		created.push(pod);
		recordEvent(ctx.tx, {
			involved: rs,
			type: 'Normal',
			reason: 'SuccessfulCreate',
			message: `Created pod: ${name}`,
			source: 'replicaset-controller',
			now: ctx.now
		});
	}
	let remaining = [...active, ...created];
	if (active.length > want) {
		const victims = rankForDeletion(active, ctx.now).slice(0, active.length - want);
		for (const pod of victims) {
			markForDeletion(ctx.tx, pod, ctx.now);
			recordEvent(ctx.tx, {
				involved: rs,
				type: 'Normal',
				reason: 'SuccessfulDelete',
				message: `Deleted pod: ${pod.metadata.name}`,
				source: 'replicaset-controller',
				now: ctx.now
			});
		}
		remaining = remaining.filter((p) => !victims.includes(p));
	}
	writeStatus(ctx, rs, remaining);
}

function writeStatus(ctx: Ctx, rs: ReplicaSet, active: Pod[]): void {
	const minReady = rs.spec.minReadySeconds ?? 0;
	for (const p of active) {
		const at = availableAt(p, minReady);
		if (at !== undefined && at > ctx.now) ctx.wake(at);
	}
	const labels = rs.spec.template.metadata?.labels ?? {};
	const status = {
		replicas: active.length,
		fullyLabeledReplicas: active.filter((p) =>
			Object.entries(labels).every(([k, v]) => p.metadata.labels?.[k] === v)
		).length,
		readyReplicas: active.filter(isPodReady).length,
		availableReplicas: active.filter((p) => isAvailable(p, minReady, ctx.now)).length,
		observedGeneration: rs.metadata.generation ?? 1
	};
	const clean = Object.fromEntries(
		Object.entries(status).filter(([k, v]) => v !== 0 || k === 'replicas')
	);
	putIfChanged(ctx.tx, rs, { ...rs, status: clean as ReplicaSet['status'] });
}

const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 };

/**
 * Pods in the order the controller deletes them (ActivePodsWithRanks): unassigned first, then
 * Pending before Running, not ready before ready, ready for less time first, more restarts first,
 * newer first.
 */
export function rankForDeletion(pods: Pod[], now: number): Pod[] {
	const readySince = (p: Pod) => {
		const c = condition(p, 'Ready');
		return c?.status === 'True' && c.lastTransitionTime
			? parseTimestamp(c.lastTransitionTime)
			: now;
	};
	const restarts = (p: Pod) =>
		Math.max(0, ...(p.status?.containerStatuses ?? []).map((c) => c.restartCount));
	const created = (p: Pod) => parseTimestamp(p.metadata.creationTimestamp);
	return [...pods].sort(
		(a, b) =>
			Number(!!a.spec.nodeName) - Number(!!b.spec.nodeName) ||
			(PHASE_RANK[a.status?.phase] ?? 3) - (PHASE_RANK[b.status?.phase] ?? 3) ||
			Number(isPodReady(a)) - Number(isPodReady(b)) ||
			readySince(b) - readySince(a) ||
			restarts(b) - restarts(a) ||
			created(b) - created(a) ||
			(a.metadata.name < b.metadata.name ? -1 : 1)
	);
}
