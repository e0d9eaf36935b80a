/**
 * The node lifecycle and taint-eviction controllers: a node whose `NodeNotReady` fault has taken
 * hold stops posting status (conditions Unknown, `unreachable` taints), its pods lose readiness and
 * are marked for deletion once their toleration (300s by default) runs out. Cordoned nodes get the
 * `unschedulable` taint, as the real controller adds it.
 */
import { recordEvent } from '../events';
import { FAULT_MESSAGE, nodeFaultStart } from '../faults';
import type { Node, Pod, PodCondition, Taint } from '../types';
import { parseTimestamp, timestamp } from '../world';
import { KEYS, type Ctx } from './context';
import { condition, isTerminating, markForDeletion, putIfChanged, setCondition } from './pods';
import { postNodeStatuses } from './node-status';
import { tolerates, type Toleration } from './taints';

const UNREACHABLE = 'node.kubernetes.io/unreachable';
const NOT_READY = 'node.kubernetes.io/not-ready';
const UNSCHEDULABLE = 'node.kubernetes.io/unschedulable';
const LOST = 'NodeStatusUnknown';

export function isNodeReady(node: Node): boolean {
	const ready = condition(node, 'Ready');
	return !ready || ready.status === 'True';
}

const HEALTHY: Record<string, [string, string]> = {
	MemoryPressure: ['KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
	DiskPressure: ['KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
	PIDPressure: ['KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
	Ready: ['KubeletReady', 'kubelet is posting ready status']
};

export function runNodeLifecycle(ctx: Ctx): void {
	postNodeStatuses(ctx);
	for (const stored of ctx.tx.list<Node>(KEYS.nodes)) {
		let node = stored;
		const start = nodeFaultStart(node);
		const lost = condition(node, 'Ready')?.reason === LOST;
		if (start !== undefined && ctx.now >= start && !lost) node = loseNode(ctx, node, start);
		else if (start !== undefined && ctx.now < start) ctx.wake(start);
		else if (start === undefined && lost) node = recoverNode(ctx, node);
		node = syncTaints(ctx, node);
		node = putIfChanged(ctx.tx, stored, node);
		if (isNodeReady(node)) continue;
		// Pods that still read Ready on a node that is not (a dump taken mid-way, say) turn too.
		markPodsNotReady(ctx, node, ctx.now);
		evictPods(ctx, node);
	}
}

function loseNode(ctx: Ctx, node: Node, since: number): Node {
	const message =
		node.metadata.annotations?.[FAULT_MESSAGE] || 'Kubelet stopped posting node status.';
	let conditions: PodCondition[] = node.status.conditions ?? [];
	for (const type of Object.keys(HEALTHY)) {
		const prev = conditions.find((c) => c.type === type);
		const next = { ...prev, type, status: 'Unknown' as const, reason: LOST, message };
		conditions = setCondition(conditions, next, since);
	}
	recordEvent(ctx.tx, {
		involved: node,
		type: 'Normal',
		reason: 'NodeNotReady',
		message: `Node ${node.metadata.name} status is now: NodeNotReady`,
		source: 'node-controller',
		now: since
	});
	markPodsNotReady(ctx, node, since);
	return { ...node, status: { ...node.status, conditions } };
}

/**
 * kube's MarkPodsNotReady: only the pod's Ready condition turns False, so Services drop the pod.
 * ContainersReady and the container statuses are the kubelet's to write, and a kubelet that has
 * stopped reporting leaves them as they were: `kubectl get pods` still prints `1/1 Running`.
 */
function markPodsNotReady(ctx: Ctx, node: Node, at: number): void {
	for (const pod of podsOn(ctx, node)) {
		if (isTerminating(pod) || condition(pod, 'Ready')?.status !== 'True') continue;
		const notReady = { type: 'Ready', status: 'False' as const };
		ctx.tx.put<Pod>({
			...pod,
			status: { ...pod.status, conditions: setCondition(pod.status.conditions, notReady, at) }
		});
		recordEvent(ctx.tx, {
			involved: pod,
			type: 'Warning',
			reason: 'NodeNotReady',
			message: 'Node is not ready',
			source: 'node-controller',
			now: at
		});
	}
}

function recoverNode(ctx: Ctx, node: Node): Node {
	let conditions: PodCondition[] = node.status.conditions ?? [];
	for (const [type, [reason, message]] of Object.entries(HEALTHY)) {
		const status = type === 'Ready' ? ('True' as const) : ('False' as const);
		conditions = setCondition(conditions, { type, status, reason, message }, ctx.now);
	}
	recordEvent(ctx.tx, {
		involved: node,
		type: 'Normal',
		reason: 'NodeReady',
		message: `Node ${node.metadata.name} status is now: NodeReady`,
		source: 'kubelet',
		host: node.metadata.name,
		now: ctx.now
	});
	return { ...node, status: { ...node.status, conditions } };
}

/** Keeps the controller-owned taints in step with readiness and cordon. */
function syncTaints(ctx: Ctx, node: Node): Node {
	const ready = condition(node, 'Ready');
	const want: Taint[] = [];
	if (node.spec?.unschedulable) want.push({ key: UNSCHEDULABLE, effect: 'NoSchedule' });
	if (ready && ready.status !== 'True') {
		const key = ready.status === 'Unknown' ? UNREACHABLE : NOT_READY;
		const since = ready.lastTransitionTime ?? timestamp(ctx.now);
		want.push(
			{ key, effect: 'NoSchedule', timeAdded: since },
			{ key, effect: 'NoExecute', timeAdded: since }
		);
	}
	const managed = new Set([UNREACHABLE, NOT_READY, UNSCHEDULABLE]);
	const current = node.spec?.taints ?? [];
	const kept = current.filter((t) => !managed.has(t.key));
	const same = (a: Taint, b: Taint) => a.key === b.key && a.effect === b.effect;
	const merged = [...kept, ...want.map((w) => current.find((c) => same(c, w)) ?? w)];
	if (merged.length === current.length && merged.every((t, i) => t === current[i])) return node;
	const spec = { ...node.spec };
	if (merged.length) spec.taints = merged;
	else delete spec.taints;
	return { ...node, spec };
}

function podsOn(ctx: Ctx, node: Node): Pod[] {
	return ctx.tx.list<Pod>(KEYS.pods).filter((p) => p.spec.nodeName === node.metadata.name);
}

/** Taint-based eviction: each pod goes when its toleration of the NoExecute taint runs out. */
function evictPods(ctx: Ctx, node: Node): void {
	const taints = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute');
	for (const pod of podsOn(ctx, node)) {
		if (isTerminating(pod)) continue;
		let evictAt: number | undefined = -Infinity;
		for (const taint of taints) {
			const tol = ((pod.spec.tolerations ?? []) as Toleration[]).find((t) => tolerates(t, taint));
			if (!tol) continue;
			const added = taint.timeAdded ? parseTimestamp(taint.timeAdded) : ctx.now;
			const at =
				tol.tolerationSeconds === undefined ? undefined : added + tol.tolerationSeconds * 1000;
			evictAt = evictAt === undefined || at === undefined ? undefined : Math.max(evictAt, at);
		}
		if (!taints.length || evictAt === undefined) continue;
		if (evictAt > ctx.now) {
			ctx.wake(evictAt);
			continue;
		}
		recordEvent(ctx.tx, {
			involved: pod,
			type: 'Normal',
			reason: 'TaintManagerEviction',
			message: `Marking for deletion Pod ${pod.metadata.namespace}/${pod.metadata.name}`,
			source: 'taint-eviction-controller',
			now: ctx.now
		});
		markForDeletion(ctx.tx, pod, ctx.now);
	}
}
