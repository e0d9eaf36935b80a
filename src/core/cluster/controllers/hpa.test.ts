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

	it('gives each rescale the reason horizontal.go gives it', () => {
		const rescales = (c: ReturnType<typeof clusterWith>) =>
			events(c)
				.filter((e) => e.reason === 'SuccessfulRescale')
				.map((e) => e.message);
		const hpaOf = (c: ReturnType<typeof clusterWith>) =>
			new ClusterTx(c).get('horizontalpodautoscalers.autoscaling', 'payments', 'web')!;
		// 30% against a 60% target: every metric below target, down to 2.
		const d = deployment('web', {
			replicas: 4,
			annotations: { 'preflight.dev/cpu-utilization': '30' }
		});
		let c = advanceCluster(clusterWith([node('node-a', { cpu: '16' }), d, hpa]), T0, T0 + 60_000);
		expect(rescales(c)).toEqual(['New size: 2; reason: All metrics below target']);
		// minReplicas raised to 5: the next sync scales to the bound without reading the metric.
		let tx = new ClusterTx(c);
		tx.put({ ...hpaOf(c), spec: { ...hpaOf(c).spec, minReplicas: 5 } });
		c = advanceCluster(
			reconcileWithWakeup(tx.commit(), T0 + 61_000).cluster,
			T0 + 61_000,
			T0 + 75_000
		);
		expect(rescales(c)).toEqual([
			'New size: 2; reason: All metrics below target',
			'New size: 5; reason: Current number of replicas below Spec.MinReplicas'
		]);
		expect(hpaOf(c).status).toEqual({
			lastScaleTime: '2025-01-15T12:01:15Z',
			currentReplicas: 2,
			desiredReplicas: 5,
			conditions: [
				{
					type: 'AbleToScale',
					status: 'True',
					reason: 'SucceededRescale',
					message: 'the HPA controller was able to update the target scale to 5',
					lastTransitionTime: '2025-01-15T12:00:00Z'
				},
				// As the last metric sync left them: this one computed no metric.
				{
					type: 'ScalingActive',
					status: 'True',
					reason: 'ValidMetricFound',
					message:
						'the HPA was able to successfully calculate a replica count from cpu resource utilization (percentage of request)',
					lastTransitionTime: '2025-01-15T12:00:00Z'
				},
				{
					type: 'ScalingLimited',
					status: 'False',
					reason: 'DesiredWithinRange',
					message: 'the desired count is within the acceptable range',
					lastTransitionTime: '2025-01-15T12:00:00Z'
				}
			]
		});
		// The sync after that reads the metric again.
		c = advanceCluster(c, T0 + 75_000, T0 + 90_000);
		expect(hpaOf(c).status.currentMetrics).toEqual([
			{
				type: 'Resource',
				resource: { name: 'cpu', current: { averageUtilization: 31, averageValue: '78m' } }
			}
		]);
		// Scaled by hand above maxReplicas: back to the maximum at the next sync.
		tx = new ClusterTx(c);
		const web = tx.get<Deployment>('deployments.apps', 'payments', 'web')!;
		tx.put({ ...web, spec: { ...web.spec, replicas: 9 } });
		c = advanceCluster(
			reconcileWithWakeup(tx.commit(), T0 + 91_000).cluster,
			T0 + 91_000,
			T0 + 106_000
		);
		expect(rescales(c).slice(2)).toEqual([
			'New size: 6; reason: Current number of replicas above Spec.MaxReplicas'
		]);
	});

	it('leaves a target scaled to zero alone, with scaling disabled and nothing to wake for', () => {
		const d = deployment('web', { replicas: 0, annotations: { 'preflight.dev/cpu-load': '300m' } });
		const c = advanceCluster(clusterWith([node('node-a', { cpu: '16' }), d, hpa]), T0, T0 + 60_000);
		const own = new ClusterTx(c).get('horizontalpodautoscalers.autoscaling', 'payments', 'web')!;
		expect(own.status).toEqual({
			currentReplicas: 0,
			desiredReplicas: 0,
			conditions: [
				{
					type: 'AbleToScale',
					status: 'True',
					reason: 'SucceededGetScale',
					message: "the HPA controller was able to get the target's current scale",
					lastTransitionTime: '2025-01-15T12:00:00Z'
				},
				{
					type: 'ScalingActive',
					status: 'False',
					reason: 'ScalingDisabled',
					message: 'scaling is disabled since the replica count of the target is zero',
					lastTransitionTime: '2025-01-15T12:00:00Z'
				}
			]
		});
		expect(pods(c)).toEqual([]);
		expect(events(c).filter((e) => e.reason === 'SuccessfulRescale')).toEqual([]);
		expect(reconcileWithWakeup(c, T0 + 60_000).wakeup).toBeUndefined();
	});
});
