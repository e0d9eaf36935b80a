import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { ClusterTx } from '../store';
import type { KubeObject } from '../types';
import { clusterWith, deployment, node, pods, T0 } from './fixtures.test-util';
import { evictionAllowed, PDB_VIOLATION } from './pdb';
import { markForDeletion } from './pods';

const pdb = (spec: Record<string, unknown>): KubeObject => ({
	apiVersion: 'policy/v1',
	kind: 'PodDisruptionBudget',
	metadata: {
		name: 'web-pdb',
		namespace: 'payments',
		uid: 'pdb-1',
		resourceVersion: '1',
		generation: 1,
		creationTimestamp: '2025-01-15T12:00:00Z'
	},
	spec: { selector: { matchLabels: { app: 'web' } }, ...spec }
});

describe('pod disruption budgets', () => {
	it('reports status and blocks the eviction that would break minAvailable', () => {
		const c = advanceCluster(
			clusterWith([node('node-a'), deployment('web', { replicas: 3 }), pdb({ minAvailable: 2 })]),
			T0,
			T0 + 30_000
		);
		const tx = new ClusterTx(c);
		expect(tx.get('poddisruptionbudgets.policy', 'payments', 'web-pdb')!.status).toMatchObject({
			currentHealthy: 3,
			desiredHealthy: 2,
			disruptionsAllowed: 1,
			expectedPods: 3,
			observedGeneration: 1
		});
		const [a, b] = pods(c);
		expect(evictionAllowed(tx, a)).toEqual({ ok: true });
		markForDeletion(tx, a, T0 + 30_000);
		expect(evictionAllowed(tx, b)).toEqual({ ok: false, message: PDB_VIOLATION });
		expect(PDB_VIOLATION).toBe("Cannot evict pod as it would violate the pod's disruption budget.");
	});

	it('counts maxUnavailable percentages against the deployment scale', () => {
		const c = advanceCluster(
			clusterWith([
				node('node-a'),
				deployment('web', { replicas: 4 }),
				pdb({ maxUnavailable: '25%' })
			]),
			T0,
			T0 + 30_000
		);
		expect(
			new ClusterTx(c).get('poddisruptionbudgets.policy', 'payments', 'web-pdb')!.status
		).toMatchObject({
			currentHealthy: 4,
			desiredHealthy: 3,
			disruptionsAllowed: 1,
			expectedPods: 4
		});
	});
});
