/**
 * Building clusters and worlds from parsed manifests. The API server's part is done here (uid,
 * creationTimestamp, resourceVersion, generation, defaults, missing namespaces); the controllers'
 * part is left to the controllers: each workload is added at the time it was rolled out
 * (`preflight.dev/rolled-out-at`, else its creationTimestamp) and the cluster is reconciled from
 * there, so ReplicaSets, Pods, ages and events look lived-in rather than born at `now`.
 */
import { nextRun, parseCron } from './controllers/cron';
import { reconcileWithWakeup } from './controllers/reconcile';
import { hasGeneration, withApiDefaults } from './build-defaults';
import { withReferencedObjects } from './build-accounts';
import { applyPastRestarts, claimsForStatefulSets } from './build-history';
import { registryOf } from './registry';
import { resourceForKind } from './resources';
import { ClusterTx, emptyCluster } from './store';
import type { Cluster, KubeContext, KubeObject, Pod, World } from './types';
import { parseTimestamp, timestamp } from './world';

export const ROLLED_OUT_AT = 'preflight.dev/rolled-out-at';
/** Objects with no creationTimestamp are taken as applied this long before `now`. */
export const UNDATED_AGE_MS = 3_600_000;
/** How long after each rollout the controllers are followed closely (pods start, turn Ready). */
const SETTLE_WINDOW_MS = 10 * 60_000;
const MAX_PASSES_PER_ROLLOUT = 60;
const CRON_LOOKBACK_MS = 24 * 3_600_000;

/**
 * Kinds added at their rollout (or creation) time rather than up front, so controllers meet them
 * in history's order: pods land on the nodes that existed then, DaemonSets follow new nodes.
 */
const ROLLED_OUT = new Set([
	'Node',
	'Deployment',
	'StatefulSet',
	'DaemonSet',
	'CronJob',
	'Job',
	'Pod'
]);

export interface BuildClusterInput {
	name: string;
	server: string;
	/** Server version, default `v1.32.4`. */
	version?: string;
	seed: number;
	objects: KubeObject[];
	/** Virtual ms the cluster is seen at. */
	now: number;
	/**
	 * Add what every cluster has (namespaces default, kube-system, kube-public, kube-node-lease
	 * and the `kubernetes` Service). Off unless asked: what you declare is what you get.
	 */
	basics?: boolean;
}

export interface BuildWorldInput {
	contexts: { name: string; cluster: BuildClusterInput; namespace?: string; user?: string }[];
	current: string;
	/** kubeconfig user for contexts that name none; default the cluster's name (as EKS does). */
	user?: string;
}

export function buildCluster(input: BuildClusterInput): Cluster {
	const { now } = input;
	const tx = new ClusterTx(emptyCluster(input.name, input.server, input.seed, input.version));
	const objects = input.objects.map((o) => withApiDefaults(o, tx.random));
	const ownStart = (o: KubeObject): number =>
		rolloutTime(o) ?? createdAt(o) ?? now - UNDATED_AGE_MS;
	const born = Math.min(now - UNDATED_AGE_MS, ...objects.map(ownStart));
	const declared = [...objects, ...(input.basics ? basics(objects, tx, born) : [])];
	const { startOf, inWave } = withOwnersFirst(declared, ownStart);
	const statics = declared.filter((o) => !inWave(o));
	for (const o of [...statics, ...missingNamespaces(declared, startOf)])
		stamp(tx, o, createdAt(o) ?? (o.kind === 'Namespace' ? born : startOf(o)));
	let cluster: Cluster = { ...tx.commit(), registry: registryOf(declared) };
	const waves = groupByTime(declared.filter(inWave), startOf);
	for (const at of recentCronRuns(declared, now))
		if (!waves.some(([t]) => t === at)) waves.push([at, []]);
	waves.sort((a, b) => a[0] - b[0]);
	waves.forEach(([at, wave], i) => {
		const t = Math.min(at, now);
		const wtx = new ClusterTx(cluster);
		for (const o of wave) stamp(wtx, o, createdAt(o) ?? t);
		const until = Math.min(t + SETTLE_WINDOW_MS, waves[i + 1]?.[0] ?? now, now);
		cluster = settle(wtx.commit(), t, until);
	});
	cluster = settle(cluster, now, now);
	return withReferencedObjects(claimsForStatefulSets(applyPastRestarts(cluster, now)));
}

export function buildWorld(input: BuildWorldInput): World {
	const clusters: Record<string, Cluster> = {};
	const contexts: KubeContext[] = input.contexts.map((c) => {
		clusters[c.cluster.name] = buildCluster(c.cluster);
		const ctx: KubeContext = {
			name: c.name,
			cluster: c.cluster.name,
			user: c.user ?? input.user ?? c.cluster.name
		};
		return c.namespace ? { ...ctx, namespace: c.namespace } : ctx;
	});
	return { contexts, currentContext: input.current, clusters };
}

/** Reconciles at `from` and at each wakeup up to `until`, a bounded number of times. */
function settle(cluster: Cluster, from: number, until: number): Cluster {
	let t = from;
	for (let pass = 0; pass < MAX_PASSES_PER_ROLLOUT; pass++) {
		const result = reconcileWithWakeup(cluster, t);
		cluster = result.cluster;
		if (result.wakeup === undefined || result.wakeup > until || isQuiet(cluster)) break;
		t = result.wakeup;
	}
	return cluster;
}

/**
 * Every pod has reached where it stays (Ready, or finished): later wakeups are only periodic
 * syncs, which the next pass catches up on at once, level-triggered.
 */
function isQuiet(cluster: Cluster): boolean {
	return new ClusterTx(cluster).list<Pod>('pods').every((p) => {
		if (p.metadata.deletionTimestamp) return false;
		const phase = p.status?.phase;
		if (phase === 'Succeeded' || phase === 'Failed') return true;
		return (
			phase === 'Running' &&
			p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')
		);
	});
}

/** The last few runs of each CronJob before `now`, so their Jobs run (and finish) on time. */
function recentCronRuns(objects: KubeObject[], now: number): number[] {
	const runs: number[] = [];
	for (const cj of objects.filter((o) => o.kind === 'CronJob')) {
		const schedule = parseCron(String(cj.spec?.schedule ?? ''));
		if (!schedule) continue;
		const times: number[] = [];
		for (
			let t = nextRun(schedule, now - CRON_LOOKBACK_MS);
			t !== undefined && t <= now;
			t = nextRun(schedule, t)
		)
			times.push(t);
		runs.push(...times.slice(-(cj.spec?.successfulJobsHistoryLimit ?? 3)));
	}
	return runs;
}

function stamp(tx: ClusterTx, obj: KubeObject, created: number): void {
	const generation = obj.metadata.generation ?? (hasGeneration(obj.kind) ? 1 : undefined);
	tx.put({
		...obj,
		metadata: {
			...obj.metadata,
			uid: obj.metadata.uid || tx.uid(),
			creationTimestamp: obj.metadata.creationTimestamp ?? timestamp(created),
			...(generation !== undefined ? { generation } : {})
		}
	});
}

function createdAt(o: KubeObject): number | undefined {
	const t = o.metadata.creationTimestamp;
	return t ? parseTimestamp(t) : undefined;
}

function rolloutTime(o: KubeObject): number | undefined {
	const t = o.metadata.annotations?.[ROLLED_OUT_AT];
	return t ? parseTimestamp(t) : undefined;
}

/**
 * An object joins with its controlling owner among the declared objects, no earlier: a dump's
 * ReplicaSet with its Deployment, its pods with their ReplicaSet. Stamped up front, or in any
 * wave before its owner's, the garbage collector would delete it as an orphan.
 */
function withOwnersFirst(
	objects: KubeObject[],
	ownStart: (o: KubeObject) => number
): { startOf: (o: KubeObject) => number; inWave: (o: KubeObject) => boolean } {
	const byUid = new Map(objects.filter((o) => o.metadata.uid).map((o) => [o.metadata.uid, o]));
	const ownerOf = (o: KubeObject): KubeObject | undefined => {
		const ref = o.metadata.ownerReferences?.find((r) => r.controller);
		return ref && byUid.get(ref.uid);
	};
	// Depth-bounded: owner references in hand-written manifests may loop.
	const startOf = (o: KubeObject, depth = 0): number => {
		const owner = depth < 8 ? ownerOf(o) : undefined;
		return owner ? Math.max(ownStart(o), startOf(owner, depth + 1)) : ownStart(o);
	};
	const inWave = (o: KubeObject, depth = 0): boolean => {
		if (ROLLED_OUT.has(o.kind)) return true;
		const owner = depth < 8 ? ownerOf(o) : undefined;
		return owner ? inWave(owner, depth + 1) : false;
	};
	return { startOf: (o) => startOf(o), inWave: (o) => inWave(o) };
}

function groupByTime(
	objects: KubeObject[],
	startOf: (o: KubeObject) => number
): [number, KubeObject[]][] {
	const byTime = new Map<number, KubeObject[]>();
	for (const o of objects) byTime.set(startOf(o), [...(byTime.get(startOf(o)) ?? []), o]);
	return [...byTime.entries()].sort((a, b) => a[0] - b[0]);
}

/** Namespaces that objects live in but nobody declared, created just before their first object. */
function missingNamespaces(
	objects: KubeObject[],
	startOf: (o: KubeObject) => number
): KubeObject[] {
	const declared = new Set(
		objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name)
	);
	const first = new Map<string, number>();
	for (const o of objects) {
		const ns = o.metadata.namespace;
		if (!ns || declared.has(ns) || !resourceForKind(o.kind)?.namespaced) continue;
		first.set(ns, Math.min(first.get(ns) ?? Infinity, startOf(o)));
	}
	return [...first].map(([name, at]) => namespace(name, at));
}

function namespace(name: string, at: number): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Namespace',
		metadata: {
			name,
			uid: '',
			resourceVersion: '',
			creationTimestamp: timestamp(at),
			labels: { 'kubernetes.io/metadata.name': name }
		},
		spec: { finalizers: ['kubernetes'] },
		status: { phase: 'Active' }
	};
}

/** The objects every cluster starts with, unless the input declares them itself. */
function basics(objects: KubeObject[], tx: ClusterTx, born: number): KubeObject[] {
	const has = (kind: string, name: string, ns?: string) =>
		objects.some((o) => o.kind === kind && o.metadata.name === name && o.metadata.namespace === ns);
	const out = ['default', 'kube-node-lease', 'kube-public', 'kube-system']
		.filter((n) => !has('Namespace', n))
		.map((n) => namespace(n, born));
	if (!has('Service', 'kubernetes', 'default'))
		out.push(
			withApiDefaults(
				{
					apiVersion: 'v1',
					kind: 'Service',
					metadata: {
						name: 'kubernetes',
						namespace: 'default',
						uid: '',
						resourceVersion: '',
						creationTimestamp: timestamp(born),
						labels: { component: 'apiserver', provider: 'kubernetes' }
					},
					spec: {
						clusterIP: '172.20.0.1',
						ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 443 }]
					}
				},
				tx.random
			)
		);
	return out;
}
