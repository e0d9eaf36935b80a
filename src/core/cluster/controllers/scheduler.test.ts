import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { clusterWith, deployment, events, node, podSummary, pods, T0 } from './fixtures.test-util';
import { condition } from './pods';

const SEC = 1000;

describe('scheduler', () => {
	it('leaves unschedulable pods Pending with PodScheduled=False and kube-scheduler’s message', () => {
		const c = clusterWith([
			node('node-a', { cpu: '1' }),
			node('node-b', { cpu: '1' }),
			node('cp-1', {
				taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]
			}),
			node('cp-2', {
				taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]
			}),
			node('cp-3', {
				taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]
			}),
			deployment('big', { replicas: 1, cpu: '2' })
		]);
		const later = advanceCluster(c, T0, T0 + 30 * SEC);
		const pod = pods(later)[0];
		const message =
			'0/5 nodes are available: 2 Insufficient cpu, 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/5 nodes are available: 2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling.';
		expect(podSummary(pod)).toBe('0/1 Pending 0');
		expect(condition(pod, 'PodScheduled')).toEqual({
			type: 'PodScheduled',
			status: 'False',
			lastProbeTime: null,
			lastTransitionTime: '2025-01-15T12:00:00Z',
			reason: 'Unschedulable',
			message
		});
		expect(events(later).filter((e) => e.reason === 'FailedScheduling')).toEqual([
			{
				reason: 'FailedScheduling',
				type: 'Warning',
				message,
				count: 1,
				object: `Pod/${pod.metadata.name}`
			}
		]);
	});

	it('never places pods on a cordoned node, and reports it as unschedulable', () => {
		const c = clusterWith([
			node('node-a', { unschedulable: true }),
			node('node-b'),
			deployment('web', { replicas: 4 })
		]);
		const later = advanceCluster(c, T0, T0 + 30 * SEC);
		expect(pods(later).map((p) => `${p.spec.nodeName} ${podSummary(p)}`)).toEqual(
			Array(4).fill('node-b 1/1 Running 0')
		);
		const only = clusterWith([
			node('node-a', { unschedulable: true }),
			deployment('web', { replicas: 1 })
		]);
		const pending = pods(advanceCluster(only, T0, T0 + 10 * SEC))[0];
		expect(condition(pending, 'PodScheduled')?.message).toBe(
			'0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'
		);
	});

	it('honours nodeSelector and spreads replicas across nodes', () => {
		const d = deployment('web', { replicas: 4 });
		d.spec.template.spec.nodeSelector = { pool: 'primary' };
		const c = clusterWith([
			node('node-a', { labels: { pool: 'primary' } }),
			node('node-b', { labels: { pool: 'primary' } }),
			node('node-c'),
			d
		]);
		const later = advanceCluster(c, T0, T0 + 30 * SEC);
		expect(
			pods(later)
				.map((p) => p.spec.nodeName)
				.sort()
		).toEqual(['node-a', 'node-a', 'node-b', 'node-b']);
	});
});
