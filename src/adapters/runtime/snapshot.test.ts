import { describe, expect, it } from 'vitest';
import { takeSnapshot } from './snapshot';
import { T0, testWorld } from './test-world';

describe('takeSnapshot', () => {
	it('summarises the current cluster: deployments, pods by status, nodes', () => {
		expect(takeSnapshot(testWorld(), T0 + 90_000, T0)).toEqual({
			context: 'prod-us-east-1',
			namespace: 'payments',
			now: T0 + 90_000,
			startedAt: T0,
			deployments: [
				{
					namespace: 'kube-system',
					name: 'coredns',
					ready: 2,
					desired: 2,
					updated: 2,
					health: 'ok'
				},
				{ namespace: 'payments', name: 'ledger', ready: 0, desired: 1, updated: 0, health: 'down' },
				{
					namespace: 'payments',
					name: 'payments-primary',
					ready: 3,
					desired: 3,
					updated: 3,
					health: 'ok'
				},
				{
					namespace: 'payments',
					name: 'payments-secondary',
					ready: 1,
					desired: 2,
					updated: 1,
					health: 'progressing'
				}
			],
			pods: {
				total: 5,
				byStatus: [
					{ status: 'Running', count: 2 },
					{ status: 'ContainerCreating', count: 1 },
					{ status: 'CrashLoopBackOff', count: 1 },
					{ status: 'Terminating', count: 1 }
				]
			},
			nodes: [
				{ name: 'node-a', status: 'Ready', health: 'ok' },
				{ name: 'node-b', status: 'Ready,SchedulingDisabled', health: 'progressing' },
				{ name: 'node-c', status: 'NotReady', health: 'down' }
			]
		});
	});

	it('is empty for a context whose cluster is missing', () => {
		const world = { ...testWorld(), currentContext: 'nowhere' };
		expect(takeSnapshot(world, T0, T0)).toEqual({
			context: 'nowhere',
			namespace: 'default',
			now: T0,
			startedAt: T0,
			deployments: [],
			pods: { total: 0, byStatus: [] },
			nodes: []
		});
	});
});
