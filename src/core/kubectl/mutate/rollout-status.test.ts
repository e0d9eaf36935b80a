import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../cluster/types';
import { rolloutStatus } from './rollout-status';

const obj = (kind: string, spec: object, status: object, generation = 2): KubeObject =>
	({
		apiVersion: 'apps/v1',
		kind,
		metadata: { name: 'x', generation },
		spec,
		status
	}) as KubeObject;

describe('rollout status viewers', () => {
	it('reads a daemon set rollout', () => {
		expect(
			rolloutStatus(
				obj(
					'DaemonSet',
					{},
					{ observedGeneration: 2, desiredNumberScheduled: 6, updatedNumberScheduled: 4 }
				),
				0
			)
		).toEqual({
			message:
				'Waiting for daemon set "x" rollout to finish: 4 out of 6 new pods have been updated...\n',
			done: false
		});
		expect(
			rolloutStatus(
				obj(
					'DaemonSet',
					{},
					{
						observedGeneration: 2,
						desiredNumberScheduled: 6,
						updatedNumberScheduled: 6,
						numberAvailable: 6
					}
				),
				0
			)
		).toEqual({
			message: 'daemon set "x" successfully rolled out\n',
			done: true
		});
		expect(
			rolloutStatus(obj('DaemonSet', { updateStrategy: { type: 'OnDelete' } }, {}), 0)
		).toEqual({
			error: 'rollout status is only available for RollingUpdate strategy type'
		});
	});

	it('reads a stateful set rollout', () => {
		expect(
			rolloutStatus(
				obj('StatefulSet', { replicas: 3 }, { observedGeneration: 2, readyReplicas: 1 }),
				0
			)
		).toEqual({
			message: 'Waiting for 2 pods to be ready...\n',
			done: false
		});
		const rolling = {
			observedGeneration: 2,
			readyReplicas: 3,
			updatedReplicas: 1,
			currentRevision: 'x-1',
			updateRevision: 'x-2'
		};
		expect(rolloutStatus(obj('StatefulSet', { replicas: 3 }, rolling), 0)).toEqual({
			message: 'waiting for statefulset rolling update to complete 1 pods at revision x-2...\n',
			done: false
		});
		const done = {
			observedGeneration: 2,
			readyReplicas: 3,
			currentReplicas: 3,
			currentRevision: 'x-2',
			updateRevision: 'x-2'
		};
		expect(rolloutStatus(obj('StatefulSet', { replicas: 3 }, done), 0)).toEqual({
			message: 'statefulset rolling update complete 3 pods at revision x-2...\n',
			done: true
		});
	});

	it('checks --revision and the progress deadline on deployments', () => {
		const d = {
			...obj('Deployment', { replicas: 1 }, { observedGeneration: 2 }),
			metadata: {
				name: 'x',
				generation: 2,
				annotations: { 'deployment.kubernetes.io/revision': '3' }
			}
		} as unknown as KubeObject;
		expect(rolloutStatus(d, 2)).toEqual({
			error: 'desired revision (2) is different from the running revision (3)'
		});
		const stuck = obj(
			'Deployment',
			{ replicas: 1 },
			{
				observedGeneration: 2,
				conditions: [{ type: 'Progressing', reason: 'ProgressDeadlineExceeded' }]
			}
		);
		expect(rolloutStatus(stuck, 0)).toEqual({
			error: 'deployment "x" exceeded its progress deadline'
		});
	});
});
