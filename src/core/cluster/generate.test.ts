import { describe, expect, it } from 'vitest';
import { generateWorld } from './generate';
import { ClusterTx } from './store';
import type { Pod } from './types';

describe('generateWorld', () => {
	it('builds a settled cluster of the asked size, the same for the same seed', () => {
		const a = generateWorld({ pods: 300, namespaces: 5, seed: 3 });
		expect(generateWorld({ pods: 300, namespaces: 5, seed: 3 })).toEqual(a);
		const tx = new ClusterTx(Object.values(a.world.clusters)[0]);
		const pods = tx.list<Pod>('pods');
		expect(pods).toHaveLength(300);
		expect(tx.list('namespaces')).toHaveLength(5);
		expect(tx.list('deployments.apps')).toHaveLength(30);
		expect(tx.list('services')).toHaveLength(30);
		expect(tx.list('nodes')).toHaveLength(3);
		expect(
			pods.every((p) => p.status.phase === 'Running' && p.status.containerStatuses![0].ready)
		).toBe(true);
		const rs = tx.list('replicasets.apps', 'team-00')[0];
		expect(pods.filter((p) => p.metadata.ownerReferences![0].uid === rs.metadata.uid)).toHaveLength(
			10
		);
	});
});
