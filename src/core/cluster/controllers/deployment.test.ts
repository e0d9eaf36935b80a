import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { ClusterTx } from '../store';
import type { Cluster, Deployment, ReplicaSet } from '../types';
import { nextWakeup, reconcileCluster } from './reconcile';
import {
	clusterWith,
	deployment,
	events,
	node,
	podSummary,
	pods,
	T0,
	update
} from './fixtures.test-util';
import { templateHash } from './template-hash';

const SEC = 1000;

function get<T>(c: Cluster, key: string, name: string): T {
	return new ClusterTx(c).get(key, 'payments', name) as T;
}

function scale(c: Cluster, name: string, replicas: number): Cluster {
	return update(c, (tx) => {
		const d = tx.get<Deployment>('deployments.apps', 'payments', name)!;
		tx.put({
			...d,
			metadata: { ...d.metadata, generation: (d.metadata.generation ?? 1) + 1 },
			spec: { ...d.spec, replicas }
		});
	});
}

function setImage(c: Cluster, name: string, image: string): Cluster {
	return update(c, (tx) => {
		const d = tx.get<Deployment>('deployments.apps', 'payments', name)!;
		const t = d.spec.template;
		tx.put({
			...d,
			metadata: { ...d.metadata, generation: (d.metadata.generation ?? 1) + 1 },
			spec: {
				...d.spec,
				template: { ...t, spec: { ...t.spec, containers: [{ ...t.spec.containers[0], image }] } }
			}
		});
	});
}

describe('deployment controller', () => {
	const base = () =>
		clusterWith([node('node-a'), node('node-b'), deployment('web', { replicas: 2 })]);

	it('creates a ReplicaSet named by the pod-template hash, with revision annotations', () => {
		const c = advanceCluster(base(), T0, T0 + 30 * SEC);
		const d = get<Deployment>(c, 'deployments.apps', 'web');
		const hash = templateHash(d.spec.template);
		const rs = get<ReplicaSet>(c, 'replicasets.apps', `web-${hash}`);
		expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/);
		expect(rs.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
		expect(rs.metadata.annotations).toEqual({
			'deployment.kubernetes.io/desired-replicas': '2',
			'deployment.kubernetes.io/max-replicas': '3',
			'deployment.kubernetes.io/revision': '1'
		});
		expect(rs.status).toEqual({
			replicas: 2,
			fullyLabeledReplicas: 2,
			readyReplicas: 2,
			availableReplicas: 2,
			observedGeneration: 1
		});
		expect(d.status).toMatchObject({
			observedGeneration: 1,
			replicas: 2,
			updatedReplicas: 2,
			readyReplicas: 2,
			availableReplicas: 2
		});
		expect(d.status!.conditions!.map((x) => [x.type, x.status, x.reason, x.message])).toEqual([
			['Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.'],
			[
				'Progressing',
				'True',
				'NewReplicaSetAvailable',
				`ReplicaSet "web-${hash}" has successfully progressed.`
			]
		]);
		for (const p of pods(c))
			expect(p.metadata.name).toMatch(new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
	});

	it("copies the Deployment's annotations to the new ReplicaSet on every sync, as deployment_util does", () => {
		let c = advanceCluster(base(), T0, T0 + 30 * SEC);
		c = setImage(c, 'web', 'registry.example.com/payments:v2.4.1');
		c = advanceCluster(c, T0 + 30 * SEC, T0 + 90 * SEC);
		// Annotated after the rollout started, as `kubectl annotate … kubernetes.io/change-cause=…`.
		c = update(c, (tx) => {
			const d = tx.get<Deployment>('deployments.apps', 'payments', 'web')!;
			const annotations = {
				...d.metadata.annotations,
				'kubernetes.io/change-cause': 'bump to v2.4.1 (INC-4821)',
				'kubectl.kubernetes.io/last-applied-configuration': '{"kind":"Deployment"}',
				'preflight.dev/rolled-out-at': '2025-01-15T12:00:00Z'
			};
			tx.put({ ...d, metadata: { ...d.metadata, annotations } });
		});
		c = reconcileCluster(c, T0 + 91 * SEC);
		const d = get<Deployment>(c, 'deployments.apps', 'web');
		const rsOf = (image: string) =>
			new ClusterTx(c)
				.list<ReplicaSet>('replicasets.apps', 'payments')
				.find((rs) => rs.spec.template.spec.containers[0].image === image)!.metadata.annotations;
		expect(rsOf('registry.example.com/payments:v2.4.1')).toEqual({
			'deployment.kubernetes.io/desired-replicas': '2',
			'deployment.kubernetes.io/max-replicas': '3',
			'deployment.kubernetes.io/revision': '2',
			'kubernetes.io/change-cause': 'bump to v2.4.1 (INC-4821)'
		});
		// The old ReplicaSet is not the Deployment's current template: it keeps what it had.
		expect(rsOf('registry.example.com/payments:v2.4.0')).toEqual({
			'deployment.kubernetes.io/desired-replicas': '2',
			'deployment.kubernetes.io/max-replicas': '3',
			'deployment.kubernetes.io/revision': '1'
		});
		expect(d.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('2');
	});

	it('scaled 2→4 creates two pods that become Running and Ready', () => {
		let c = advanceCluster(base(), T0, T0 + 30 * SEC);
		const before = pods(c).map((p) => p.metadata.name);
		c = scale(c, 'web', 4);
		c = reconcileCluster(c, T0 + 60 * SEC);
		const added = pods(c).filter((p) => !before.includes(p.metadata.name));
		expect(added.map(podSummary)).toEqual(['0/1 ContainerCreating 0', '0/1 ContainerCreating 0']);
		c = advanceCluster(c, T0 + 60 * SEC, T0 + 70 * SEC);
		expect(pods(c).map(podSummary)).toEqual(Array(4).fill('1/1 Running 0'));
		const hash = templateHash(get<Deployment>(c, 'deployments.apps', 'web').spec.template);
		const scaling = events(c)
			.filter((e) => e.reason === 'ScalingReplicaSet')
			.map((e) => e.message);
		expect(scaling).toEqual([
			`Scaled up replica set web-${hash} from 0 to 2`,
			`Scaled up replica set web-${hash} from 2 to 4`
		]);
		expect(get<Deployment>(c, 'deployments.apps', 'web').status).toMatchObject({
			observedGeneration: 2,
			replicas: 4,
			availableReplicas: 4
		});
		const kinds = events(c)
			.filter((e) => e.object === `Pod/${added[0].metadata.name}`)
			.map((e) => e.reason);
		expect(kinds).toEqual(['Scheduled', 'Pulled', 'Created', 'Started']);
	});

	it('a rolling update never exceeds maxSurge or maxUnavailable at any wakeup', () => {
		let c = clusterWith([
			node('node-a'),
			node('node-b'),
			node('node-c'),
			deployment('web', { replicas: 8, readinessDelay: 5 })
		]);
		c = advanceCluster(c, T0, T0 + 60 * SEC);
		c = setImage(c, 'web', 'registry.example.com/payments:v2.4.1');
		// maxSurge 25% of 8 = 2 → at most 10 pods; maxUnavailable 25% = 2 → at least 6 available.
		const seen = new Set<string>();
		let t = T0 + 60 * SEC;
		for (let i = 0; i < 200; i++) {
			c = reconcileCluster(c, t);
			const active = pods(c).filter((p) => !p.metadata.deletionTimestamp);
			const ready = active.filter((p) =>
				p.status.conditions?.some((x) => x.type === 'Ready' && x.status === 'True')
			);
			expect(active.length).toBeLessThanOrEqual(10);
			expect(ready.length).toBeGreaterThanOrEqual(6);
			seen.add(`${active.length}/${ready.length}`);
			const next = nextWakeup(c, t);
			if (next === undefined) break;
			t = next;
		}
		const d = get<Deployment>(c, 'deployments.apps', 'web');
		expect(d.status).toMatchObject({ replicas: 8, updatedReplicas: 8, availableReplicas: 8 });
		expect(pods(c).every((p) => p.spec.containers[0].image.endsWith('v2.4.1'))).toBe(true);
		expect([...seen]).toEqual(['10/6', '8/8']);
		const rsList = new ClusterTx(c).list<ReplicaSet>('replicasets.apps', 'payments');
		expect(
			rsList.map((rs) => [
				rs.metadata.annotations!['deployment.kubernetes.io/revision'],
				rs.spec.replicas
			])
		).toEqual(
			rsList[0].spec.replicas === 0
				? [
						['1', 0],
						['2', 8]
					]
				: [
						['2', 8],
						['1', 0]
					]
		);
	});

	it('Recreate scales the old ReplicaSet to zero before starting the new one', () => {
		let c = clusterWith([
			node('node-a'),
			deployment('web', { replicas: 2, strategy: { type: 'Recreate' } })
		]);
		c = advanceCluster(c, T0, T0 + 30 * SEC);
		c = setImage(c, 'web', 'registry.example.com/payments:v2.4.1');
		c = reconcileCluster(c, T0 + 31 * SEC);
		expect(pods(c).map(podSummary)).toEqual(['1/1 Terminating 0', '1/1 Terminating 0']);
		c = advanceCluster(c, T0 + 31 * SEC, T0 + 60 * SEC);
		expect(pods(c).map((p) => `${p.spec.containers[0].image} ${podSummary(p)}`)).toEqual(
			Array(2).fill('registry.example.com/payments:v2.4.1 1/1 Running 0')
		);
	});

	it('reports ProgressDeadlineExceeded when the new pods never become ready', () => {
		let c = clusterWith([node('node-a'), deployment('web', { replicas: 2 })]);
		c = advanceCluster(c, T0, T0 + 30 * SEC);
		c = update(c, (tx) => {
			const d = tx.get<Deployment>('deployments.apps', 'payments', 'web')!;
			const t = d.spec.template;
			tx.put({
				...d,
				metadata: { ...d.metadata, generation: 2 },
				spec: {
					...d.spec,
					progressDeadlineSeconds: 60,
					template: {
						metadata: { ...t.metadata, annotations: { 'preflight.dev/fault': 'ImagePullBackOff' } },
						spec: {
							...t.spec,
							containers: [{ ...t.spec.containers[0], image: 'registry.example.com/payments:v9' }]
						}
					}
				}
			});
		});
		c = advanceCluster(c, T0 + 30 * SEC, T0 + 200 * SEC);
		const d = get<Deployment>(c, 'deployments.apps', 'web');
		const progressing = d.status!.conditions!.find((x) => x.type === 'Progressing')!;
		expect([progressing.status, progressing.reason]).toEqual(['False', 'ProgressDeadlineExceeded']);
		expect(progressing.message).toMatch(/^ReplicaSet "web-[a-z0-9]+" has timed out progressing\.$/);
		// The old pods keep serving: maxUnavailable 25% of 2 rounds down to 0.
		const old = pods(c).filter((p) => p.spec.containers[0].image.endsWith('v2.4.0'));
		expect(old.map(podSummary)).toEqual(['1/1 Running 0', '1/1 Running 0']);
	});
});
