/** What every controller gets for one pass: the transaction, the time, and a wakeup sink. */
import type { ClusterTx } from '../store';

export interface Ctx {
	tx: ClusterTx;
	/** Virtual ms of this pass. */
	now: number;
	/** Virtual ms of the previous pass (timed transitions in (last, now] are acted on now). */
	last: number;
	/** Asks for another pass at `at` (ignored unless it lies after `now`). */
	wake(at: number): void;
	/**
	 * Says a pass at or after `at` would change something without needing a pass there (a probe
	 * counter, an HPA's next sync period): until then, a cluster this pass left unchanged stays so.
	 */
	due?(at: number): void;
}

export const KEYS = {
	pods: 'pods',
	nodes: 'nodes',
	services: 'services',
	endpoints: 'endpoints',
	deployments: 'deployments.apps',
	replicasets: 'replicasets.apps',
	statefulsets: 'statefulsets.apps',
	daemonsets: 'daemonsets.apps',
	jobs: 'jobs.batch',
	cronjobs: 'cronjobs.batch',
	hpas: 'horizontalpodautoscalers.autoscaling',
	pdbs: 'poddisruptionbudgets.policy'
} as const;
