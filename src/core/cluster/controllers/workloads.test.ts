import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { ClusterTx } from '../store';
import type { KubeObject } from '../types';
import { clusterWith, node, podSummary, pods, T0 } from './fixtures.test-util';

const template = (annotations?: Record<string, string>) => ({
	metadata: { labels: { app: 'x' }, ...(annotations ? { annotations } : {}) },
	spec: { containers: [{ name: 'app', image: 'registry.example.com/x:1' }] }
});

const meta = (name: string, uid: string) => ({
	name,
	namespace: 'payments',
	uid,
	resourceVersion: '1',
	generation: 1,
	creationTimestamp: '2025-01-15T12:00:00Z'
});

describe('statefulset, daemonset, job', () => {
	it('creates StatefulSet pods in order, each after the previous is Ready', () => {
		const sts: KubeObject = {
			apiVersion: 'apps/v1',
			kind: 'StatefulSet',
			metadata: meta('db', 'sts-1'),
			spec: {
				replicas: 3,
				serviceName: 'db',
				selector: { matchLabels: { app: 'x' } },
				template: template()
			}
		};
		const c0 = clusterWith([node('node-a'), sts]);
		const early = advanceCluster(c0, T0, T0 + 500);
		expect(pods(early).map((p) => `${p.metadata.name} ${podSummary(p)}`)).toEqual([
			'db-0 0/1 ContainerCreating 0'
		]);
		const later = advanceCluster(c0, T0, T0 + 60_000);
		expect(pods(later).map((p) => `${p.metadata.name} ${podSummary(p)}`)).toEqual([
			'db-0 1/1 Running 0',
			'db-1 1/1 Running 0',
			'db-2 1/1 Running 0'
		]);
		expect(new ClusterTx(later).get('statefulsets.apps', 'payments', 'db')!.status).toMatchObject({
			replicas: 3,
			readyReplicas: 3,
			availableReplicas: 3,
			updatedReplicas: 3
		});
	});

	it('runs one DaemonSet pod per node, skipping tainted nodes it does not tolerate', () => {
		const ds: KubeObject = {
			apiVersion: 'apps/v1',
			kind: 'DaemonSet',
			metadata: meta('agent', 'ds-1'),
			spec: { selector: { matchLabels: { app: 'x' } }, template: template() }
		};
		const c = advanceCluster(
			clusterWith([
				node('node-a'),
				node('node-b', { unschedulable: true }),
				node('cp', {
					taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]
				}),
				ds
			]),
			T0,
			T0 + 30_000
		);
		expect(
			pods(c)
				.map((p) => `${p.spec.nodeName} ${podSummary(p)}`)
				.sort()
		).toEqual(['node-a 1/1 Running 0', 'node-b 1/1 Running 0']);
		expect(new ClusterTx(c).get('daemonsets.apps', 'payments', 'agent')!.status).toMatchObject({
			desiredNumberScheduled: 2,
			currentNumberScheduled: 2,
			numberReady: 2
		});
	});

	it('completes a Job after its pods run to completion', () => {
		const job: KubeObject = {
			apiVersion: 'batch/v1',
			kind: 'Job',
			metadata: meta('migrate', 'job-1'),
			spec: {
				completions: 2,
				parallelism: 1,
				backoffLimit: 6,
				template: {
					...template({ 'preflight.dev/run-duration': '10s' }),
					spec: { ...template().spec, restartPolicy: 'Never' }
				}
			}
		};
		const c = advanceCluster(clusterWith([node('node-a'), job]), T0, T0 + 60_000);
		expect(pods(c).map(podSummary)).toEqual(['0/1 Completed 0', '0/1 Completed 0']);
		const status = new ClusterTx(c).get('jobs.batch', 'payments', 'migrate')!.status;
		expect(status).toMatchObject({ succeeded: 2, startTime: '2025-01-15T12:00:00Z' });
		expect(
			status.conditions.map((x: { type: string; status: string }) => `${x.type}=${x.status}`)
		).toEqual(['SuccessCriteriaMet=True', 'Complete=True']);
	});
});
