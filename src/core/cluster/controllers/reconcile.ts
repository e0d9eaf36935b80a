/**
 * One level-triggered pass of every controller at a virtual time, and the earliest time after it at
 * which something would change by itself. A pass repeats its controllers until nothing changes (at
 * most a few rounds), because in a real cluster the chain deployment → replicaset → scheduler →
 * kubelet takes milliseconds.
 */
import { expireEvents, nextEventExpiry } from '../events';
import { ClusterTx } from '../store';
import type { Cluster } from '../types';
import type { Ctx } from './context';
import { runCronJobs } from './cronjob';
import { runDaemonSets } from './daemonset';
import { runDeployments } from './deployment';
import { runEndpoints } from './endpoints';
import { runGarbageCollector } from './gc';
import { runHpas } from './hpa';
import { runIngresses } from './ingress';
import { runJobs } from './job';
import { runKubelet } from './kubelet';
import { runNamespaces } from './namespace';
import { runNodeLifecycle } from './node-lifecycle';
import { runPdbs } from './pdb';
import { runReplicaSets } from './replicaset';
import { runScheduler } from './scheduler';
import { runStatefulSets } from './statefulset';
import { runVolumes } from './volumes';

const CONTROLLERS: ((ctx: Ctx) => void)[] = [
	runNamespaces,
	runNodeLifecycle,
	runGarbageCollector,
	runCronJobs,
	runJobs,
	runHpas,
	runDeployments,
	runReplicaSets,
	runStatefulSets,
	runDaemonSets,
	runScheduler,
	runKubelet,
	runEndpoints,
	runIngresses,
	runPdbs,
	runVolumes
];

const MAX_ROUNDS = 6;

interface PassResult {
	cluster: Cluster;
	wakeup: number | undefined;
}

function pass(cluster: Cluster, now: number): PassResult {
	const tx = new ClusterTx(cluster);
	let wakeup: number | undefined;
	const wake = (at: number) => {
		if (at > now && (wakeup === undefined || at < wakeup)) wakeup = at;
	};
	let last = cluster.lastReconciled ?? -Infinity;
	if (last > now) last = now;
	expireEvents(tx, now);
	for (let round = 0; round < MAX_ROUNDS; round++) {
		const before = fingerprint(tx);
		const ctx: Ctx = { tx, now, last, wake };
		for (const controller of CONTROLLERS) controller(ctx);
		// Later rounds see this pass's time as already handled: timed transitions fire once.
		last = now;
		if (fingerprint(tx) === before) break;
	}
	let expiry = nextEventExpiry(tx);
	// Controllers may record what happened a while ago (a Job that finished between passes).
	if (expiry !== undefined && expiry <= now) {
		expireEvents(tx, now);
		expiry = nextEventExpiry(tx);
	}
	if (expiry !== undefined) wake(expiry);
	return { cluster: { ...tx.commit(), lastReconciled: now }, wakeup };
}

/** Changes to the store: writes bump resourceVersion, deletes shrink the object count. */
function fingerprint(tx: ClusterTx): string {
	const cluster = tx.commit();
	let count = 0;
	for (const byNs of cluster.objects.values())
		for (const names of byNs.values()) count += names.size;
	return `${cluster.resourceVersion}/${count}`;
}

/** One pass of all controllers at `now`; returns the next cluster (the input stays valid). */
export function reconcileCluster(cluster: Cluster, now: number): Cluster {
	return pass(cluster, now).cluster;
}

/**
 * The earliest virtual time after `now` at which the cluster would change by itself (a pod turning
 * Running, a back-off restart, a rollout step, an HPA sync, a fault taking hold), or undefined.
 * Computed by a throwaway pass, so it is exact for a cluster reconciled at `now`.
 */
export function nextWakeup(cluster: Cluster, now: number): number | undefined {
	return pass(cluster, now).wakeup;
}

/** Both at once, for loops that need the next cluster and its next wakeup. */
export function reconcileWithWakeup(cluster: Cluster, now: number): PassResult {
	return pass(cluster, now);
}
