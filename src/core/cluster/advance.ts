/**
 * Moving a world through virtual time: every cluster is reconciled at `from`, then at each of its
 * wakeups up to `to`, then at `to`. Passes are at least a virtual second apart (wakeups closer than
 * that are merged), so a long advance of a busy cluster stays fast.
 */
import { reconcileWithWakeup } from './controllers/reconcile';

export { reconcileCluster, nextWakeup } from './controllers/reconcile';
import type { Cluster, World } from './types';

const MIN_STEP_MS = 1000;

export function advanceCluster(cluster: Cluster, from: number, to: number): Cluster {
	let { cluster: current, wakeup } = reconcileWithWakeup(cluster, from);
	let at = from;
	while (wakeup !== undefined && wakeup <= to) {
		at = Math.max(wakeup, at + MIN_STEP_MS);
		if (at > to) break;
		({ cluster: current, wakeup } = reconcileWithWakeup(current, at));
	}
	if (at < to) current = reconcileWithWakeup(current, to).cluster;
	return current;
}

export function advanceWorld(world: World, from: number, to: number): World {
	const clusters: Record<string, Cluster> = {};
	for (const [name, cluster] of Object.entries(world.clusters))
		clusters[name] = advanceCluster(cluster, from, to);
	return { ...world, clusters };
}
