import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { ClusterTx } from '../store';
import type { Node } from '../types';
import { clusterWith, deployment, events, node, podSummary, pods, T0 } from './fixtures.test-util';
import { condition } from './pods';

const SEC = 1000;

describe('node lifecycle', () => {
	it('a NodeNotReady fault taints the node, unreadies its pods and evicts them after 300s', () => {
		const created = (T0 - 86_400_000) / SEC;
		const after = `${T0 / SEC - created + 60}s`;
		const bad = node('node-a', {
			annotations: { 'preflight.dev/fault': 'NodeNotReady', 'preflight.dev/fault-after': after }
		});
		let c = clusterWith([
			bad,
			node('node-b', { cpu: '1' }),
			deployment('web', { replicas: 2, cpu: '100m' })
		]);
		const onA = () => pods(c).filter((p) => p.spec.nodeName === 'node-a');
		c = advanceCluster(c, T0, T0 + 30 * SEC);
		expect(onA().map(podSummary)).toEqual(['1/1 Running 0']);
		c = advanceCluster(c, T0 + 30 * SEC, T0 + 61 * SEC);
		const n = new ClusterTx(c).get<Node>('nodes', '', 'node-a')!;
		expect(condition(n, 'Ready')).toMatchObject({
			status: 'Unknown',
			reason: 'NodeStatusUnknown',
			message: 'Kubelet stopped posting node status.'
		});
		expect(n.spec.taints!.map((t) => `${t.key}:${t.effect}`)).toEqual([
			'node.kubernetes.io/unreachable:NoSchedule',
			'node.kubernetes.io/unreachable:NoExecute'
		]);
		expect(condition(onA()[0], 'Ready')?.status).toBe('False');
		c = advanceCluster(c, T0 + 61 * SEC, T0 + 361 * SEC);
		expect(onA().map(podSummary)).toEqual(['1/1 Terminating 0']);
		const replacement = pods(c).filter((p) => p.spec.nodeName === 'node-b');
		expect(replacement.map(podSummary)).toEqual(['1/1 Running 0', '1/1 Running 0']);
		expect(
			events(c)
				.filter((e) => e.reason === 'TaintManagerEviction')
				.map((e) => e.message)
		).toEqual([`Marking for deletion Pod payments/${onA()[0].metadata.name}`]);
	});
});
