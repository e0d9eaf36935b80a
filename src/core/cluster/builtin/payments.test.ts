import { describe, expect, it } from 'vitest';
import { ClusterTx } from '../store';
import type { Pod } from '../types';
import { BUILDERS } from './builders';
import { PAYMENTS_EPOCH, paymentsWorld } from './payments';

const built = paymentsWorld();
const us = new ClusterTx(
	built.world.clusters['arn:aws:eks:us-east-1:123456789012:cluster/prod-us-east-1']
);
const eu = new ClusterTx(
	built.world.clusters['arn:aws:eks:eu-west-1:123456789012:cluster/prod-eu-west-1']
);
const names = (tx: ClusterTx, key: string, ns?: string) =>
	tx.list(key, ns).map((o) => o.metadata.name);

describe('paymentsWorld', () => {
	it('is deterministic and registered as the `payments` built-in', { timeout: 120_000 }, () => {
		expect(paymentsWorld()).toEqual(built);
		expect(BUILDERS.payments).toBe(paymentsWorld);
		expect(built.now).toBe(PAYMENTS_EPOCH);
	});

	it('has two contexts, us-east-1 current', () => {
		expect(built.world.contexts.map((c) => [c.name, c.cluster])).toEqual([
			['prod-us-east-1', 'arn:aws:eks:us-east-1:123456789012:cluster/prod-us-east-1'],
			['prod-eu-west-1', 'arn:aws:eks:eu-west-1:123456789012:cluster/prod-eu-west-1']
		]);
		expect(built.world.currentContext).toBe('prod-us-east-1');
	});

	it('holds the payments objects the seed article names', () => {
		expect(names(us, 'namespaces')).toEqual([
			'checkout',
			'default',
			'ingress-nginx',
			'kube-node-lease',
			'kube-public',
			'kube-system',
			'monitoring',
			'payments'
		]);
		expect(names(us, 'deployments.apps', 'payments')).toEqual([
			'payments-api',
			'payments-primary',
			'payments-secondary'
		]);
		const primary = us.get('deployments.apps', 'payments', 'payments-primary')!;
		expect(primary.metadata.labels).toEqual({ app: 'payments', pool: 'primary', team: 'payments' });
		expect(primary.spec.replicas).toBe(4);
		expect(primary.status.readyReplicas).toBe(4);
		expect(us.get('deployments.apps', 'payments', 'payments-secondary')!.metadata.labels).toEqual({
			app: 'payments',
			pool: 'secondary',
			team: 'payments'
		});
		expect(names(us, 'horizontalpodautoscalers.autoscaling', 'payments')).toEqual(['payments-api']);
		expect(names(us, 'poddisruptionbudgets.policy', 'payments')).toEqual(['payments-pools']);
		expect(names(us, 'services', 'payments')).toEqual([
			'payments',
			'payments-api',
			'payments-ledger'
		]);
		expect(names(us, 'configmaps', 'payments')).toEqual([
			'kube-root-ca.crt',
			'payments-api-config',
			'payments-config'
		]);
		expect(names(us, 'serviceaccounts', 'payments')).toEqual(['default', 'payments']);
		expect(names(us, 'storageclasses.storage.k8s.io', '')).toEqual(['gp2', 'gp3']);
		const claims = us.list('persistentvolumeclaims');
		expect(names(us, 'persistentvolumes', '')).toEqual(
			claims.map((c) => `pvc-${c.metadata.uid}`).sort()
		);
		expect(names(us, 'secrets', 'payments')).toEqual(['payments-db']);
		expect(names(us, 'ingresses.networking.k8s.io', 'payments')).toEqual(['payments-api']);
		expect(names(us, 'cronjobs.batch', 'payments')).toEqual(['payments-reconcile']);
		expect(names(us, 'statefulsets.apps', 'payments')).toEqual(['payments-ledger']);
		expect(names(us, 'persistentvolumeclaims', 'payments')).toEqual([
			'data-payments-ledger-0',
			'data-payments-ledger-1',
			'data-payments-ledger-2'
		]);
		expect(names(us, 'nodes')).toHaveLength(6);
		expect(names(eu, 'nodes')).toHaveLength(3);
		expect(names(eu, 'deployments.apps', 'payments')).toEqual([
			'payments-api',
			'payments-primary',
			'payments-secondary'
		]);
	});

	it('has finished reconcile Jobs and every other pod Running and Ready', () => {
		const jobs = us.list('jobs.batch', 'payments');
		expect(jobs.map((j) => j.status?.succeeded)).toEqual([1, 1, 1]);
		for (const tx of [us, eu]) {
			for (const pod of tx.list<Pod>('pods')) {
				if (pod.metadata.name.startsWith('payments-reconcile-')) {
					expect(pod.status.phase).toBe('Succeeded');
					continue;
				}
				expect([pod.metadata.name, pod.status.phase]).toEqual([pod.metadata.name, 'Running']);
				expect(pod.status.containerStatuses!.every((c) => c.ready)).toBe(true);
			}
		}
		const primaryPods = us
			.list<Pod>('pods', 'payments')
			.filter((p) => p.metadata.labels?.pool === 'primary');
		expect(primaryPods).toHaveLength(4);
		expect(primaryPods.every((p) => p.metadata.creationTimestamp === '2026-03-11T16:20:41Z')).toBe(
			true
		);
		expect(primaryPods.some((p) => p.status.containerStatuses![0].restartCount > 0)).toBe(true);
	});
});
