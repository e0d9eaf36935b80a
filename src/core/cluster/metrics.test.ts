import { describe, expect, it } from 'vitest';
import { podMetrics, nodeMetrics } from './metrics';
import { ClusterTx, emptyCluster } from './store';
import { crashingPod, runningPod, T0 } from './logs-metrics.fixture';
import type { Node } from './types';

const CPU_AT_T0 = 446;

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

	it('follows the cpu-utilization annotation per pod and over time, and has none for a pod not Running', () => {
		const pinned = runningPod({ 'preflight.dev/cpu-utilization': '85' });
		// 85% of the 500m request, moved by this pod's offset and the wave at T0.
		expect(podMetrics(pinned, T0)!.cpu).toBe(CPU_AT_T0);
		const minutes = Array.from({ length: 30 }, (_, i) => podMetrics(pinned, T0 + i * 60_000)!.cpu);
		expect(new Set(minutes).size).toBeGreaterThan(5);
		for (let i = 1; i < minutes.length; i++)
			expect(Math.abs(minutes[i] - minutes[i - 1])).toBeLessThanOrEqual(12);
		for (const cpu of minutes) expect(Math.abs(cpu - 425)).toBeLessThanOrEqual(425 * 0.16);
		const other = { ...pinned, metadata: { ...pinned.metadata, name: 'payments-api-zzzzz' } };
		expect(podMetrics(other, T0)!.cpu).not.toBe(CPU_AT_T0);
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
