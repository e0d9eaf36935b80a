import { describe, expect, it } from 'vitest';
import { latestTimestamp } from './timestamps';
import type { KubeObject } from './types';

const obj = (meta: Record<string, unknown>, status: unknown = {}): KubeObject =>
	({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', ...meta }, status }) as KubeObject;

describe('latestTimestamp', () => {
	it('finds the newest time anywhere in the objects', () => {
		const objects = [
			obj({ creationTimestamp: '2026-03-10T08:00:00Z' }),
			obj(
				{ creationTimestamp: '2026-03-11T08:00:00Z' },
				{ conditions: [{ lastTransitionTime: '2026-03-12T10:30:00Z' }] }
			)
		];
		expect(latestTimestamp(objects)).toBe(Date.parse('2026-03-12T10:30:00Z'));
	});

	it('ignores strings that only look like dates and says so when there are none', () => {
		expect(latestTimestamp([obj({ name: '2026-03-12' })])).toBeUndefined();
	});
});
