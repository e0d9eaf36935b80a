/**
 * What the controllers and the eviction API will do because of a step's changes: pods created
 * (scale up, a new template replacing every pod), killed (scale down, a deleted workload or pod)
 * or evicted (drain, a NoExecute taint), and each workload's replica delta. Counted on the state
 * before the step, from the objects on both sides of each change.
 */
import { tolerates } from '../cluster/controllers/taints';
import { matchesSelector } from '../cluster/labels';
import { ClusterTx } from '../cluster/store';
import type { KubeObject, Node, Pod, Taint, World } from '../cluster/types';
import { podsForDeletion } from '../kubectl/mutate/drain-filter';
import { deepEqual } from '../kubectl/mutate/update';
import type { Change } from './diff-worlds';
import type { SimStep } from './simulate';

export interface PodCounts {
	create: number;
	evict: number;
	kill: number;
}

export interface ReplicaDelta {
	object: string;
	from: number;
	to: number;
}

export interface Consequences {
	pods: PodCounts;
	replicas: ReplicaDelta[];
	/** Pods each change touches, for the sentence: change index → counts. */
	perChange: Map<Change, PodCounts>;
	/** Evicted pods' namespaces with their counts (drain, NoExecute). */
	evictedFrom: Map<string, number>;
	/** A drain's pods the PodDisruptionBudgets hold now (retried), and how it treats budgets. */
	drain?: DrainHold;
}

export interface DrainHold {
	/** Pods the eviction API refuses now; the drain retries them until `--timeout`. */
	held: number;
	/** The PodDisruptionBudgets that cover the drained pods. */
	budgets: string[];
	/** `--disable-eviction` deletes pods past every budget; `--grace-period=0` kills at once. */
	bypass?: 'disable-eviction' | 'no-grace';
}

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet']);
const WORKLOADS = new Set([...SCALABLE, 'DaemonSet', 'Job']);

function live(p: Pod): boolean {
	const phase = p.status?.phase;
	return !p.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed';
}

function controlledBy(obj: KubeObject, owner: KubeObject): boolean {
	return (obj.metadata.ownerReferences ?? []).some(
		(r) => r.controller && r.kind === owner.kind && r.uid === owner.metadata.uid
	);
}

/** Running (not finishing) pods a workload owns, through its ReplicaSets for a Deployment. */
export function workloadPods(tx: ClusterTx, obj: KubeObject): Pod[] {
	const ns = obj.metadata.namespace ?? '';
	const owners =
		obj.kind === 'Deployment'
			? tx.list('replicasets.apps', ns).filter((rs) => controlledBy(rs, obj))
			: [obj];
	return tx.list<Pod>('pods', ns).filter((p) => live(p) && owners.some((o) => controlledBy(p, o)));
}

export function replicasOf(obj: KubeObject | undefined): number {
	return obj?.spec?.replicas ?? 1;
}

export function objectRef(obj: KubeObject): string {
	return `${obj.kind.toLowerCase()}/${obj.metadata.name}`;
}

function txFor(world: World, c: Change): ClusterTx {
	return new ClusterTx(world.clusters[c.cluster]);
}

function noExecuteEvictions(tx: ClusterTx, node: Node, added: Taint[]): Pod[] {
	const taints = added.filter((t) => t.effect === 'NoExecute');
	if (!taints.length) return [];
	return tx
		.list<Pod>('pods')
		.filter(
			(p) =>
				p.spec.nodeName === node.metadata.name &&
				live(p) &&
				taints.some((t) => !(p.spec.tolerations ?? []).some((tol) => tolerates(tol, t)))
		);
}

function drainPods(step: SimStep, tx: ClusterTx, node: string): Pod[] {
	const f = step.inv.flags;
	const list = podsForDeletion(tx, node, {
		ignoreDaemonSets: f.get('ignore-daemonsets') === true,
		deleteEmptyDirData: f.get('delete-emptydir-data') === true,
		force: f.get('force') === true,
		podSelector: String(f.get('pod-selector') ?? '')
	});
	return 'error' in list ? [] : list.pods;
}

/** Whether the drain's first pass took the pod (gone, replaced or terminating in `after`). */
function taken(after: ClusterTx, p: Pod): boolean {
	const now = after.get('pods', p.metadata.namespace ?? 'default', p.metadata.name);
	return !now || now.metadata.uid !== p.metadata.uid || !!now.metadata.deletionTimestamp;
}

/** The drained pods split into those evicted now and those a PodDisruptionBudget holds. */
function drainSplit(step: SimStep, tx: ClusterTx, c: Change, out: Consequences): Pod[] {
	const pods = drainPods(step, tx, c.name);
	const after = new ClusterTx(step.after.clusters[c.cluster]);
	const gone = pods.filter((p) => taken(after, p));
	const budgets = new Set<string>();
	for (const p of pods)
		for (const pdb of tx.list('poddisruptionbudgets.policy', p.metadata.namespace ?? 'default'))
			if (matchesSelector(pdb.spec?.selector, p.metadata.labels)) budgets.add(pdb.metadata.name);
	const f = step.inv.flags;
	const bypass =
		f.get('disable-eviction') === true
			? 'disable-eviction'
			: Number(f.get('grace-period') ?? -1) === 0
				? 'no-grace'
				: undefined;
	out.drain = {
		held: pods.length - gone.length,
		budgets: [...budgets].sort(),
		...(bypass && { bypass })
	};
	return gone;
}

function workloadUpdate(tx: ClusterTx, c: Change, out: Consequences): PodCounts {
	const before = c.before!;
	const after = c.after!;
	const counts = { create: 0, evict: 0, kill: 0 };
	const from = replicasOf(before);
	const to = replicasOf(after);
	if (SCALABLE.has(c.kind) && from !== to)
		out.replicas.push({ object: objectRef(after), from, to });
	const replaced =
		!deepEqual(before.spec?.template, after.spec?.template) && after.spec?.paused !== true;
	if (replaced) {
		const running = workloadPods(tx, before).length;
		counts.kill = running;
		counts.create = c.kind === 'DaemonSet' ? running : to;
	} else if (SCALABLE.has(c.kind)) {
		counts.create = Math.max(0, to - from);
		counts.kill = Math.max(0, from - to);
	}
	return counts;
}

function nodeUpdate(step: SimStep, tx: ClusterTx, c: Change, out: Consequences): PodCounts {
	const before = c.before as Node;
	const after = c.after as Node;
	let evicted: Pod[] = [];
	if (step.command.verb === 'drain') evicted = drainSplit(step, tx, c, out);
	else {
		const had = before.spec.taints ?? [];
		const added = (after.spec.taints ?? []).filter((t) => !had.some((h) => deepEqual(h, t)));
		evicted = noExecuteEvictions(tx, before, added);
	}
	for (const p of evicted) {
		const ns = p.metadata.namespace ?? '';
		out.evictedFrom.set(ns, (out.evictedFrom.get(ns) ?? 0) + 1);
	}
	// Deleted past the eviction API, or with no grace period, the pods are killed, not evicted.
	if (out.drain?.bypass) return { create: 0, evict: 0, kill: evicted.length };
	return { create: 0, evict: evicted.length, kill: 0 };
}

function deleted(tx: ClusterTx, c: Change, drain: boolean): PodCounts {
	const obj = c.before!;
	if (c.kind === 'Pod')
		return drain ? { create: 0, evict: 0, kill: 0 } : { create: 0, evict: 0, kill: 1 };
	let pods: Pod[] = [];
	if (WORKLOADS.has(c.kind)) pods = workloadPods(tx, obj);
	else if (c.kind === 'Namespace') pods = tx.list<Pod>('pods', c.name).filter(live);
	else if (c.kind === 'Node')
		pods = tx.list<Pod>('pods').filter((p) => live(p) && p.spec.nodeName === c.name);
	return { create: 0, evict: 0, kill: pods.length };
}

function created(c: Change): PodCounts {
	const obj = c.after!;
	let create = 0;
	if (c.kind === 'Pod') create = 1;
	else if (SCALABLE.has(c.kind)) create = replicasOf(obj);
	else if (c.kind === 'Job') create = obj.spec?.parallelism ?? 1;
	return { create, evict: 0, kill: 0 };
}

function forChange(step: SimStep, c: Change, out: Consequences): PodCounts {
	const tx = txFor(step.before, c);
	if (c.change === 'create') return created(c);
	if (c.change === 'delete') return deleted(tx, c, step.command.verb === 'drain');
	if (c.kind === 'Node') return nodeUpdate(step, tx, c, out);
	if (WORKLOADS.has(c.kind)) return workloadUpdate(tx, c, out);
	return { create: 0, evict: 0, kill: 0 };
}

export function consequences(steps: SimStep[]): Consequences {
	const out: Consequences = {
		pods: { create: 0, evict: 0, kill: 0 },
		replicas: [],
		perChange: new Map(),
		evictedFrom: new Map()
	};
	for (const step of steps)
		for (const c of step.changes) {
			const counts = forChange(step, c, out);
			out.perChange.set(c, counts);
			out.pods.create += counts.create;
			out.pods.evict += counts.evict;
			out.pods.kill += counts.kill;
		}
	return out;
}
