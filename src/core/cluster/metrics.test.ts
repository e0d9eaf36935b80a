import { describe, expect, it } from 'vitest';
import { podMetrics, nodeMetrics } from './metrics';
import { ClusterTx, emptyCluster } from './store';
import { crashingPod, runningPod, T0 } from './logs-metrics.fixture';
import type { Node } from './types';

describe('podMetrics', () => {
	it('is deterministic, within the requests, and drifts a little from minute to minute', () => {
		const m = podMetrics(runningPod(), T0)!;
		expect(podMetrics(runningPod(), T0)).toEqual(m);
		expect(m.containers).toHaveLength(1);
		expect(m.cpu).toBeGreaterThan(0);
		expect(m.cpu).toBeLessThan(500);
		expect(m.memory % 1024).toBe(0);
		expect(m.memory).toBeLessThan(512 * 2 ** 20);
		const later = podMetrics(runningPod(), T0 + 120_000)!;
		expect(Math.abs(later.memory - m.memory) / m.memory).toBeLessThan(0.05);
	});

	it('honours the cpu-utilization annotation exactly, and has none for a pod not Running', () => {
		expect(podMetrics(runningPod({ 'preflight.dev/cpu-utilization': '85' }), T0)!.cpu).toBe(425);
		const pending = {
			...runningPod(),
			status: { ...runningPod().status, phase: 'Pending' as const }
		};
		expect(podMetrics(pending, T0)).toBeUndefined();
		expect(podMetrics(crashingPod(), T0)!.containers).toEqual([]);
	});
});

describe('nodeMetrics', () => {
	it('adds the node overhead to its running pods, and has none for a NotReady node', () => {
		const node: Node = {
			apiVersion: 'v1',
			kind: 'Node',
			metadata: {
				name: 'n1',
				uid: 'n',
				resourceVersion: '1',
				creationTimestamp: '2026-03-01T00:00:00Z'
			},
			spec: {},
			status: {
				capacity: { cpu: '8', memory: '32Gi' },
				allocatable: { cpu: '7910m', memory: '31Gi' },
				conditions: [{ type: 'Ready', status: 'True' }],
				addresses: [],
				nodeInfo: {} as Node['status']['nodeInfo']
			}
		};
		const tx = new ClusterTx(emptyCluster('c', 's', 1));
		tx.put(node);
		const empty = nodeMetrics(tx.commit(), node, T0)!;
		tx.put(runningPod());
		const busy = nodeMetrics(tx.commit(), node, T0)!;
		expect(busy.cpu - empty.cpu).toBe(podMetrics(runningPod(), T0)!.cpu);
		expect(nodeMetrics(tx.commit(), node, T0)).toEqual(busy);
		const notReady = {
			...node,
			status: { ...node.status, conditions: [{ type: 'Ready', status: 'Unknown' as const }] }
		};
		expect(nodeMetrics(tx.commit(), notReady, T0)).toBeUndefined();
	});
});
