/**
 * One level-triggered pass of every controller at a virtual time, and the earliest time after it at
 * which something would change by itself. A pass repeats its controllers until nothing changes (at
 * most a few rounds), because in a real cluster the chain deployment → replicaset → scheduler →
 * kubelet takes milliseconds.
 *
 * A pass on a cluster a previous pass left settled skips what cannot have changed (settled.ts).
 */
import { expireEvents, nextEventExpiry } from '../events';
import { ClusterTx } from '../store';
import type { Cluster } from '../types';
import type { Ctx } from './context';
import { assertSame, dueBy, earliest, merged, settled, settledCheck, type Calm } from './settled';
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
const ALL = CONTROLLERS.map((_, i) => i);

interface PassResult {
	cluster: Cluster;
	wakeup: number | undefined;
}

function pass(cluster: Cluster, now: number): PassResult {
	const calm = settled.get(cluster);
	const from = cluster.lastReconciled;
	if (!calm || from === undefined || now < from) return fullPass(cluster, now);
	if (now >= Math.min(earliest(calm.wake), calm.expiry ?? Infinity)) return fullPass(cluster, now);
	const result = shortcut(cluster, calm, from, now);
	if (settledCheck.on && result) assertSame(cluster, now, result, fullPass(cluster, now));
	return result ?? fullPass(cluster, now);
}

/**
 * A pass on a settled cluster before its next wakeup: only the controllers that fall due run (none,
 * mostly). Undefined when one of them changes something: then the full pass decides.
 */
function shortcut(cluster: Cluster, calm: Calm, from: number, now: number): PassResult | undefined {
	const due = dueBy(calm, now);
	const next = { ...cluster, lastReconciled: now };
	if (due.length === 0) {
		settled.set(next, calm);
		return {
			cluster: next,
			wakeup: finite(Math.min(earliest(calm.wake), calm.expiry ?? Infinity))
		};
	}
	const round = runRound(new ClusterTx(cluster), now, from, due);
	if (round.outcome !== 'quiet') return undefined;
	const after = merged(calm, due, round);
	// What the next pass would see of the controllers that just ran: this time as handled.
	const again = runRound(new ClusterTx(next), now, now, due);
	if (again.outcome === 'quiet') settled.set(next, merged(calm, due, again));
	return {
		cluster: next,
		wakeup: finite(Math.min(earliest(after.wake), after.expiry ?? Infinity))
	};
}

function finite(at: number): number | undefined {
	return at === Infinity ? undefined : at;
}

function fullPass(cluster: Cluster, now: number): PassResult {
	const tx = new ClusterTx(cluster);
	let wakeup = Infinity;
	let last = cluster.lastReconciled ?? -Infinity;
	if (last > now) last = now;
	expireEvents(tx, now);
	// The last round, when it changed nothing and saw this pass's time as handled: what the next
	// pass would do, as long as nothing is due.
	let calm: Round | undefined;
	for (let r = 0; r < MAX_ROUNDS; r++) {
		const round = runRound(tx, now, last, ALL);
		wakeup = Math.min(wakeup, earliest(round.wake));
		if (round.outcome === 'changed') {
			// Later rounds see this pass's time as already handled: timed transitions fire once.
			last = now;
			continue;
		}
		if (round.outcome === 'quiet' && last === now) calm = round;
		break;
	}
	let expiry = nextEventExpiry(tx);
	// Controllers may record what happened a while ago (a Job that finished between passes).
	if (expiry !== undefined && expiry <= now) {
		expireEvents(tx, now);
		expiry = nextEventExpiry(tx);
		calm = undefined;
	}
	if (expiry !== undefined && expiry > now) wakeup = Math.min(wakeup, expiry);
	const result = { cluster: { ...tx.commit(), lastReconciled: now }, wakeup: finite(wakeup) };
	calm ??= runRound(new ClusterTx(result.cluster), now, now, ALL);
	if (calm.outcome === 'quiet')
		settled.set(result.cluster, { wake: calm.wake, due: calm.due, expiry });
	return result;
}

interface Round {
	/** 'changed': something was written or deleted; 'drew': only the random source moved. */
	outcome: 'changed' | 'drew' | 'quiet';
	wake: (number | undefined)[];
	due: (number | undefined)[];
}

/** One round of the controllers `which` (indexes, in pass order), noting what each asked for. */
function runRound(tx: ClusterTx, now: number, last: number, which: readonly number[]): Round {
	const before = fingerprint(tx);
	const rng = tx.random.state;
	const wake: (number | undefined)[] = [];
	const due: (number | undefined)[] = [];
	const note = (times: (number | undefined)[], i: number, at: number) => {
		if (at > now && !(at >= (times[i] ?? Infinity))) times[i] = at;
	};
	for (const i of which) {
		CONTROLLERS[i]({
			tx,
			now,
			last,
			wake: (at) => note(wake, i, at),
			due: (at) => note(due, i, at)
		});
	}
	const outcome =
		fingerprint(tx) !== before ? 'changed' : tx.random.state === rng ? 'quiet' : 'drew';
	return { outcome, wake, due };
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
