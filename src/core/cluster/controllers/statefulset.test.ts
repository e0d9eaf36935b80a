import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { ClusterTx } from '../store';
import type { KubeObject } from '../types';
import { clusterWith, events, node, podSummary, pods, T0, update } from './fixtures.test-util';

const SEC = 1000;

function ledger(replicas: number, policy?: 'Parallel'): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'StatefulSet',
		metadata: {
			name: 'ledger',
			namespace: 'payments',
			uid: 'sts-ledger',
			resourceVersion: '1',
			generation: 1,
			creationTimestamp: '2025-01-15T12:00:00Z'
		},
		spec: {
			replicas,
			serviceName: 'ledger',
			...(policy ? { podManagementPolicy: policy } : {}),
			selector: { matchLabels: { app: 'ledger' } },
			template: {
				metadata: { labels: { app: 'ledger' } },
				spec: { containers: [{ name: 'ledger', image: 'registry.example.com/ledger:1' }] }
			},
			volumeClaimTemplates: [
				{
					metadata: { name: 'data' },
					spec: {
						accessModes: ['ReadWriteOnce'],
						resources: { requests: { storage: '50Gi' } }
					}
				}
			]
		}
	};
}

const summary = (c: ReturnType<typeof clusterWith>) =>
	pods(c).map((p) => `${p.metadata.name} ${podSummary(p)}`);

function scaleTo(c: ReturnType<typeof clusterWith>, replicas: number) {
	return update(c, (tx) => {
		const sts = tx.get('statefulsets.apps', 'payments', 'ledger')!;
		tx.put({ ...sts, spec: { ...sts.spec, replicas } });
	});
}

describe('statefulset controller', () => {
	it('Parallel creates every pod at once, and scales down all surplus pods at once', () => {
		const c = advanceCluster(clusterWith([node('node-a'), ledger(3, 'Parallel')]), T0, T0 + 500);
		expect(summary(c)).toEqual([
			'ledger-0 0/1 ContainerCreating 0',
			'ledger-1 0/1 ContainerCreating 0',
			'ledger-2 0/1 ContainerCreating 0'
		]);
		const settled = advanceCluster(c, T0 + 500, T0 + 60 * SEC);
		const down = advanceCluster(scaleTo(settled, 1), T0 + 60 * SEC, T0 + 61 * SEC);
		expect(summary(down)).toEqual([
			'ledger-0 1/1 Running 0',
			'ledger-1 1/1 Terminating 0',
			'ledger-2 1/1 Terminating 0'
		]);
	});

	it('OrderedReady still creates one pod at a time', () => {
		const c = advanceCluster(clusterWith([node('node-a'), ledger(3)]), T0, T0 + 500);
		expect(summary(c)).toEqual(['ledger-0 0/1 ContainerCreating 0']);
	});

	it('gives a pod created by a later scale-up its bound claim, with the controller event', () => {
		const settled = advanceCluster(clusterWith([node('node-a'), ledger(1)]), T0, T0 + 60 * SEC);
		const up = advanceCluster(scaleTo(settled, 2), T0 + 60 * SEC, T0 + 61 * SEC);
		const claim = new ClusterTx(up).get('persistentvolumeclaims', 'payments', 'data-ledger-1')!;
		expect(claim.metadata).toMatchObject({
			creationTimestamp: '2025-01-15T12:01:00Z',
			labels: { app: 'ledger' },
			finalizers: ['kubernetes.io/pvc-protection']
		});
		expect(claim.spec).toEqual({
			accessModes: ['ReadWriteOnce'],
			resources: { requests: { storage: '50Gi' } },
			storageClassName: 'gp3',
			volumeMode: 'Filesystem',
			volumeName: `pvc-${claim.metadata.uid}`
		});
		expect(claim.status).toEqual({
			phase: 'Bound',
			accessModes: ['ReadWriteOnce'],
			capacity: { storage: '50Gi' }
		});
		expect(
			new ClusterTx(up).get('persistentvolumes', '', `pvc-${claim.metadata.uid}`)
		).toBeDefined();
		const pod = pods(up).find((p) => p.metadata.name === 'ledger-1')!;
		expect(pod.spec.volumes).toContainEqual({
			name: 'data',
			persistentVolumeClaim: { claimName: 'data-ledger-1' }
		});
		expect(
			events(up)
				.filter((e) => e.object === 'StatefulSet/ledger')
				.map((e) => e.message)
		).toEqual([
			'create Claim data-ledger-0 Pod ledger-0 in StatefulSet ledger success',
			'create Pod ledger-0 in StatefulSet ledger successful',
			'create Claim data-ledger-1 Pod ledger-1 in StatefulSet ledger success',
			'create Pod ledger-1 in StatefulSet ledger successful'
		]);
	});

	it('keeps the claim of a pod deleted and recreated', () => {
		const settled = advanceCluster(clusterWith([node('node-a'), ledger(1)]), T0, T0 + 60 * SEC);
		const uid = new ClusterTx(settled).get('persistentvolumeclaims', 'payments', 'data-ledger-0')!
			.metadata.uid;
		const gone = update(settled, (tx) => tx.delete('pods', 'payments', 'ledger-0'));
		const back = advanceCluster(gone, T0 + 60 * SEC, T0 + 90 * SEC);
		expect(summary(back)).toEqual(['ledger-0 1/1 Running 0']);
		expect(
			new ClusterTx(back).get('persistentvolumeclaims', 'payments', 'data-ledger-0')!.metadata.uid
		).toBe(uid);
	});
});
