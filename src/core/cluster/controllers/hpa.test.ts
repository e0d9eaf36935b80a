import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { ClusterTx } from '../store';
import { reconcileWithWakeup } from './reconcile';
import type { Deployment, KubeObject } from '../types';
import { clusterWith, deployment, events, node, pods, T0 } from './fixtures.test-util';

const hpa: KubeObject = {
	apiVersion: 'autoscaling/v2',
	kind: 'HorizontalPodAutoscaler',
	metadata: {
		name: 'web',
		namespace: 'payments',
		uid: 'hpa-1',
		resourceVersion: '1',
		creationTimestamp: '2025-01-15T12:00:00Z'
	},
	spec: {
		scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
		minReplicas: 2,
		maxReplicas: 6,
		metrics: [
			{
				type: 'Resource',
				resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 60 } }
			}
		]
	}
};

describe('horizontal pod autoscaler', () => {
	it('scales up from the utilisation annotation, capped at maxReplicas', () => {
		const d = deployment('web', {
			replicas: 3,
			annotations: { 'preflight.dev/cpu-utilization': '180' }
		});
		const c = advanceCluster(clusterWith([node('node-a', { cpu: '16' }), d, hpa]), T0, T0 + 60_000);
		const tx = new ClusterTx(c);
		expect(tx.get<Deployment>('deployments.apps', 'payments', 'web')!.spec.replicas).toBe(6);
		expect(pods(c)).toHaveLength(6);
		const status = tx.get('horizontalpodautoscalers.autoscaling', 'payments', 'web')!.status;
		expect(status).toMatchObject({
			currentReplicas: 6,
			desiredReplicas: 6,
			lastScaleTime: '2025-01-15T12:00:00Z',
			currentMetrics: [
				{
					type: 'Resource',
					// 180% pinned, moved by the six pods' own readings (metrics.ts cpuFactor).
					resource: { name: 'cpu', current: { averageUtilization: 181, averageValue: '453m' } }
				}
			]
		});
		expect(
			events(c)
				.filter((e) => e.reason === 'SuccessfulRescale')
				.map((e) => e.message)
		).toEqual([
			'New size: 6; reason: cpu resource utilization (percentage of request) above target'
		]);
	});

	it('derives utilisation from preflight.dev/cpu-load over ready pods and waits 5 minutes to scale down', () => {
		const d = deployment('web', { replicas: 4, annotations: { 'preflight.dev/cpu-load': '300m' } });
		let c = advanceCluster(clusterWith([node('node-a', { cpu: '16' }), d, hpa]), T0, T0 + 60_000);
		const replicas = () =>
			new ClusterTx(c).get<Deployment>('deployments.apps', 'payments', 'web')!.spec.replicas;
		// 300m over 4 × 250m = 30% → wants 2, but 5 minutes must pass after the last rescale.
		expect(replicas()).toBe(2);
		c = advanceCluster(c, T0 + 60_000, T0 + 120_000);
		expect(replicas()).toBe(2);
	});

	it('answers a manual scale at its next sync, even when nothing else wakes it', () => {
		const d = deployment('web', { replicas: 4, annotations: { 'preflight.dev/cpu-load': '600m' } });
		let c = advanceCluster(clusterWith([node('node-a', { cpu: '16' }), d, hpa]), T0, T0 + 60_000);
		const replicas = () =>
			new ClusterTx(c).get<Deployment>('deployments.apps', 'payments', 'web')!.spec.replicas;
		// 600m over 4 × 250m = 60%: on target, the autoscaler leaves 4 alone.
		expect(replicas()).toBe(4);
		const tx = new ClusterTx(c);
		const web = tx.get<Deployment>('deployments.apps', 'payments', 'web')!;
		tx.put({ ...web, spec: { ...web.spec, replicas: 2 } });
		c = advanceCluster(
			reconcileWithWakeup(tx.commit(), T0 + 61_000).cluster,
			T0 + 61_000,
			T0 + 90_000
		);
		// At the next sync 600m over 2 × 250m = 120% takes it back up to 4.
		expect(replicas()).toBe(4);
	});

	it('answers a change to its own bounds at the next sync, not when the clock happens to stop', () => {
		const d = deployment('web', { replicas: 2, annotations: { 'preflight.dev/cpu-load': '300m' } });
		let c = advanceCluster(clusterWith([node('node-a', { cpu: '16' }), d, hpa]), T0, T0 + 60_000);
		const tx = new ClusterTx(c);
		const own = tx.get('horizontalpodautoscalers.autoscaling', 'payments', 'web')!;
		tx.put({ ...own, spec: { ...own.spec, minReplicas: 5 } });
		const patched = reconcileWithWakeup(tx.commit(), T0 + 61_000).cluster;
		c = advanceCluster(patched, T0 + 61_000, T0 + 180_000);
		const created = pods(c)
			.map((p) => p.metadata.creationTimestamp)
			.sort();
		// The three new pods come from the sync at 12:01:15, not from the pass at 12:03:00.
		expect(created).toEqual([
			'2025-01-15T12:00:00Z',
			'2025-01-15T12:00:00Z',
			'2025-01-15T12:01:15Z',
			'2025-01-15T12:01:15Z',
			'2025-01-15T12:01:15Z'
		]);
	});
});
