import { describe, expect, it } from 'vitest';
import type { ContainerStatus, Pod } from '../../cluster/types';
import { podPrinter, podStatus } from './pod';

const NOW = Date.parse('2026-03-14T10:00:00Z');

function pod(status: Partial<Pod['status']>, extra: Partial<Pod['spec']> = {}, meta = {}): Pod {
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name: 'web-1',
			namespace: 'd',
			uid: 'u',
			resourceVersion: '1',
			creationTimestamp: '2026-03-14T09:55:00Z',
			...meta
		},
		spec: { containers: [{ name: 'app', image: 'nginx' }], ...extra },
		status: { phase: 'Running', ...status }
	};
}

function cs(state: ContainerStatus['state'], more: Partial<ContainerStatus> = {}): ContainerStatus {
	return {
		name: 'app',
		image: 'nginx',
		imageID: '',
		ready: false,
		restartCount: 0,
		state,
		lastState: {},
		...more
	};
}

describe('pod STATUS, READY and RESTARTS', () => {
	it.each([
		[
			'running and ready',
			pod({ containerStatuses: [cs({ running: { startedAt: '' } }, { ready: true })] }),
			['1/1', 'Running', '0']
		],
		[
			'running, not ready',
			pod({ containerStatuses: [cs({ running: { startedAt: '' } })] }),
			['0/1', 'Running', '0']
		],
		[
			'crash looping with the last restart 5m ago',
			pod({
				containerStatuses: [
					cs(
						{ waiting: { reason: 'CrashLoopBackOff' } },
						{
							restartCount: 5,
							lastState: {
								terminated: { exitCode: 1, reason: 'Error', finishedAt: '2026-03-14T09:55:00Z' }
							}
						}
					)
				]
			}),
			['0/1', 'CrashLoopBackOff', '5 (5m ago)']
		],
		[
			'pulling failed',
			pod({
				phase: 'Pending',
				containerStatuses: [cs({ waiting: { reason: 'ImagePullBackOff' } })]
			}),
			['0/1', 'ImagePullBackOff', '0']
		],
		[
			'creating',
			pod({
				phase: 'Pending',
				containerStatuses: [cs({ waiting: { reason: 'ContainerCreating' } })]
			}),
			['0/1', 'ContainerCreating', '0']
		],
		[
			'OOM killed',
			pod({ containerStatuses: [cs({ terminated: { exitCode: 137, reason: 'OOMKilled' } })] }),
			['0/1', 'OOMKilled', '0']
		],
		[
			'completed',
			pod({
				phase: 'Succeeded',
				containerStatuses: [cs({ terminated: { exitCode: 0, reason: 'Completed' } })]
			}),
			['0/1', 'Completed', '0']
		],
		[
			'exit code without reason',
			pod({ phase: 'Failed', containerStatuses: [cs({ terminated: { exitCode: 2 } })] }),
			['0/1', 'ExitCode:2', '0']
		],
		['pending, no statuses', pod({ phase: 'Pending' }), ['0/1', 'Pending', '0']],
		['node lost', pod({ reason: 'NodeLost', phase: 'Running' }), ['0/1', 'NodeLost', '0']],
		[
			'terminating',
			pod(
				{ containerStatuses: [cs({ running: { startedAt: '' } }, { ready: true })] },
				{},
				{ deletionTimestamp: '2026-03-14T09:59:00Z' }
			),
			['1/1', 'Terminating', '0']
		],
		[
			'second of two init containers running',
			pod(
				{
					phase: 'Pending',
					initContainerStatuses: [
						{ ...cs({ terminated: { exitCode: 0, reason: 'Completed' } }), name: 'i1' },
						{ ...cs({ running: { startedAt: '' } }), name: 'i2' }
					]
				},
				{
					initContainers: [
						{ name: 'i1', image: 'x' },
						{ name: 'i2', image: 'x' }
					]
				}
			),
			['0/1', 'Init:1/2', '0']
		],
		[
			'init container crash looping',
			pod(
				{
					phase: 'Pending',
					initContainerStatuses: [
						{ ...cs({ waiting: { reason: 'CrashLoopBackOff' } }, { restartCount: 3 }), name: 'i1' }
					]
				},
				{ initContainers: [{ name: 'i1', image: 'x' }] }
			),
			['0/1', 'Init:CrashLoopBackOff', '3']
		]
	])('%s', (_, p, [ready, status, restarts]) => {
		expect(podStatus(p, NOW)).toEqual({ ready, status, restarts });
	});

	it('makes the wide row', () => {
		const p = pod(
			{
				podIPs: [{ ip: '10.0.0.7' }],
				containerStatuses: [cs({ running: { startedAt: '' } }, { ready: true })]
			},
			{ nodeName: 'node-a' }
		);
		expect(podPrinter.toRow(p, { now: NOW })).toEqual([
			'web-1',
			'1/1',
			'Running',
			'0',
			'5m',
			'10.0.0.7',
			'node-a',
			'<none>',
			'<none>'
		]);
	});
});
