/**
 * The disruption controller (PodDisruptionBudget status) and the eviction check drain uses. Both
 * count from the live pods, so evictions in one command see each other.
 */
import { matchesSelector } from '../labels';
import type { ClusterTx } from '../store';
import type { KubeObject, Pod } from '../types';
import { KEYS, type Ctx } from './context';
import {
	controllerOf,
	intOrPercent,
	isPodReady,
	isTerminating,
	putIfChanged,
	setCondition
} from './pods';

export const PDB_VIOLATION = "Cannot evict pod as it would violate the pod's disruption budget.";

interface Budget {
	expectedPods: number;
	currentHealthy: number;
	desiredHealthy: number;
	disruptionsAllowed: number;
}

function selected(tx: ClusterTx, pdb: KubeObject): Pod[] {
	return tx
		.list<Pod>(KEYS.pods, pdb.metadata.namespace ?? 'default')
		.filter(
			(p) => !isTerminating(p) && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed'
		)
		.filter((p) => matchesSelector(pdb.spec?.selector, p.metadata.labels));
}

/** The scale of the controllers owning the pods (what percentages and maxUnavailable count from). */
function expectedCount(tx: ClusterTx, pods: Pod[]): number {
	const seen = new Map<string, number>();
	for (const pod of pods) {
		const ref = controllerOf(pod);
		if (!ref) {
			seen.set(`pod/${pod.metadata.uid}`, 1);
			continue;
		}
		let scale = 1;
		if (ref.kind === 'ReplicaSet') {
			const rs = tx.get('replicasets.apps', pod.metadata.namespace ?? '', ref.name);
			const deployRef = rs ? controllerOf(rs) : undefined;
			const d =
				deployRef?.kind === 'Deployment'
					? tx.get('deployments.apps', pod.metadata.namespace ?? '', deployRef.name)
					: undefined;
			scale = d ? (d.spec?.replicas ?? 1) : (rs?.spec?.replicas ?? 1);
			seen.set(d ? `deploy/${d.metadata.uid}` : `rs/${ref.uid}`, scale);
		} else if (ref.kind === 'StatefulSet') {
			const sts = tx.get('statefulsets.apps', pod.metadata.namespace ?? '', ref.name);
			seen.set(`sts/${ref.uid}`, sts?.spec?.replicas ?? 1);
		} else
			seen.set(
				`${ref.kind}/${ref.uid}`,
				pods.filter((p) => controllerOf(p)?.uid === ref.uid).length
			);
	}
	return [...seen.values()].reduce((a, b) => a + b, 0);
}

export function budgetOf(tx: ClusterTx, pdb: KubeObject): Budget {
	const pods = selected(tx, pdb);
	const currentHealthy = pods.filter(isPodReady).length;
	const min = pdb.spec?.minAvailable as number | string | undefined;
	const max = pdb.spec?.maxUnavailable as number | string | undefined;
	let expectedPods = pods.length;
	let desiredHealthy = 0;
	if (max !== undefined) {
		expectedPods = expectedCount(tx, pods);
		desiredHealthy = Math.max(0, expectedPods - intOrPercent(max, '0', expectedPods, true));
	} else if (typeof min === 'string' && min.endsWith('%')) {
		expectedPods = expectedCount(tx, pods);
		desiredHealthy = intOrPercent(min, '0', expectedPods, true);
	} else desiredHealthy = Number(min ?? 1);
	return {
		expectedPods,
		currentHealthy,
		desiredHealthy,
		disruptionsAllowed: Math.max(0, currentHealthy - desiredHealthy)
	};
}

export function runPdbs(ctx: Ctx): void {
	for (const pdb of ctx.tx.list(KEYS.pdbs)) {
		const b = budgetOf(ctx.tx, pdb);
		const cond =
			b.disruptionsAllowed > 0
				? {
						type: 'DisruptionAllowed',
						status: 'True' as const,
						reason: 'SufficientPods',
						message: ''
					}
				: {
						type: 'DisruptionAllowed',
						status: 'False' as const,
						reason: 'InsufficientPods',
						message: ''
					};
		const status = {
			...(pdb.status ?? {}),
			observedGeneration: pdb.metadata.generation ?? 1,
			disruptionsAllowed: b.disruptionsAllowed,
			currentHealthy: b.currentHealthy,
			desiredHealthy: b.desiredHealthy,
			expectedPods: b.expectedPods,
			conditions: setCondition(
				pdb.status?.conditions,
				{ ...cond, observedGeneration: pdb.metadata.generation ?? 1 } as never,
				ctx.now
			)
		};
		putIfChanged(ctx.tx, pdb, { ...pdb, status });
	}
}

/** Whether the eviction API would let `pod` go now; drain renders the message as kubectl does. */
export function evictionAllowed(
	tx: ClusterTx,
	pod: Pod
): { ok: true } | { ok: false; message: string } {
	const pdbs = tx
		.list(KEYS.pdbs, pod.metadata.namespace ?? 'default')
		.filter((pdb) => matchesSelector(pdb.spec?.selector, pod.metadata.labels));
	if (pdbs.length === 0 || isTerminating(pod)) return { ok: true };
	if (pdbs.length > 1)
		return {
			ok: false,
			message:
				'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.'
		};
	const b = budgetOf(tx, pdbs[0]);
	// An unready pod may go while the budget is met (IfHealthyBudget, the default policy).
	if (!isPodReady(pod) && b.currentHealthy >= b.desiredHealthy) return { ok: true };
	return b.disruptionsAllowed > 0 ? { ok: true } : { ok: false, message: PDB_VIOLATION };
}
