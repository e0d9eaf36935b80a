import { describe, expect, it } from 'vitest';
import { ClusterTx, emptyCluster } from './store';
import { uuidV4 } from './uuid';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('uuidV4', () => {
	it('sets the version and variant nibbles', () => {
		expect(uuidV4('0123456789abcdef0123456789abcdef')).toBe('01234567-89ab-4def-8123-456789abcdef');
		expect(uuidV4('ffffffffffffffffffffffffffffffff')).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
	});

	it('shapes every uid the store hands out', () => {
		const tx = new ClusterTx(emptyCluster('c', 'https://x', 7));
		for (let i = 0; i < 200; i++) expect(tx.uid()).toMatch(V4);
	});
});
