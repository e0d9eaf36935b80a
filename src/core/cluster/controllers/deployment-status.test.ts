import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { ClusterTx } from '../store';
import type { Cluster, Deployment, PodCondition, ReplicaSet } from '../types';
import { clusterWith, deployment, node, T0, update } from './fixtures.test-util';

const SEC = 1000;
const MIN = 60 * SEC;

function web(c: Cluster): Deployment {
	return new ClusterTx(c).get<Deployment>('deployments.apps', 'payments', 'web')!;
}

function conditions(c: Cluster): string[] {
	const list = (web(c).status?.conditions ?? []) as (PodCondition & { lastUpdateTime?: string })[];
	return list.map((x) => `${x.type} ${x.status} ${x.reason} ${x.lastUpdateTime} | ${x.message}`);
}

function setImage(c: Cluster, image: string): Cluster {
	return update(c, (tx) => {
		const d = tx.get<Deployment>('deployments.apps', 'payments', 'web')!;
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

describe('deployment status', () => {
	it('keeps NewReplicaSetAvailable when the pods of a finished rollout later turn unready', () => {
		// The node stops posting status a minute in: its pods lose Ready, nothing is rolling out.
		const after = `${86_400 + 60}s`;
		const annotations = {
			'preflight.dev/fault': 'NodeNotReady',
			'preflight.dev/fault-after': after
		};
		let c = clusterWith([node('node-a', { annotations }), deployment('web', { replicas: 2 })]);
		c = advanceCluster(c, T0, T0 + 30 * SEC);
		const rs = new ClusterTx(c).list<ReplicaSet>('replicasets.apps', 'payments')[0].metadata.name;
		const progressing = `Progressing True NewReplicaSetAvailable 2025-01-15T12:00:02Z | ReplicaSet "${rs}" has successfully progressed.`;
		expect(conditions(c)).toEqual([
			'Available True MinimumReplicasAvailable 2025-01-15T12:00:02Z | Deployment has minimum availability.',
			progressing
		]);
		// Well past the 600s progress deadline, and past the 300s eviction of both pods.
		c = advanceCluster(c, T0 + 30 * SEC, T0 + 20 * MIN);
		expect(web(c).status).toMatchObject({
			replicas: 2,
			updatedReplicas: 2,
			unavailableReplicas: 2
		});
		expect(conditions(c)).toEqual([
			'Available False MinimumReplicasUnavailable 2025-01-15T12:01:00Z | Deployment does not have minimum availability.',
			progressing
		]);
	});

	it('reports progress, not a new ReplicaSet, when a rollback reuses the old one', () => {
		let c = clusterWith([node('node-a'), deployment('web', { replicas: 2 })]);
		c = advanceCluster(c, T0, T0 + 30 * SEC);
		c = setImage(c, 'registry.example.com/payments:v2.4.1');
		c = advanceCluster(c, T0 + 30 * SEC, T0 + 2 * MIN);
		const names = () =>
			new ClusterTx(c)
				.list<ReplicaSet>('replicasets.apps', 'payments')
				.sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : 1))
				.map((r) => r.metadata.name);
		const [first, second] = names();
		expect(conditions(c)[1]).toBe(
			`Progressing True NewReplicaSetAvailable 2025-01-15T12:00:32Z | ReplicaSet "${second}" has successfully progressed.`
		);
		// Back to v2.4.0, as `rollout undo` does: the first ReplicaSet scales up again.
		c = setImage(c, 'registry.example.com/payments:v2.4.0');
		const seen: string[] = [];
		for (let t = T0 + 2 * MIN; t < T0 + 4 * MIN; t += SEC) {
			c = advanceCluster(c, t, t + SEC);
			const line = conditions(c)[1];
			if (seen[seen.length - 1] !== line) seen.push(line);
		}
		expect(names()).toEqual([first, second]);
		expect(seen).toEqual([
			`Progressing True ReplicaSetUpdated 2025-01-15T12:02:00Z | ReplicaSet "${first}" is progressing.`,
			`Progressing True ReplicaSetUpdated 2025-01-15T12:02:03Z | ReplicaSet "${first}" is progressing.`,
			`Progressing True NewReplicaSetAvailable 2025-01-15T12:02:04Z | ReplicaSet "${first}" has successfully progressed.`
		]);
	});
});
