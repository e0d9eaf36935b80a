import { describe, expect, it } from 'vitest';
import { formatSelector, matchesMap, matchesSelector } from './labels';

describe('label selectors', () => {
	const labels = { app: 'payments', pool: 'primary', tier: 'web' };

	it('ANDs matchLabels and matchExpressions', () => {
		expect(matchesSelector({ matchLabels: { app: 'payments' } }, labels)).toBe(true);
		expect(matchesSelector({ matchLabels: { app: 'payments', pool: 'secondary' } }, labels)).toBe(
			false
		);
		expect(
			matchesSelector(
				{ matchExpressions: [{ key: 'pool', operator: 'In', values: ['primary', 'canary'] }] },
				labels
			)
		).toBe(true);
		expect(
			matchesSelector(
				{ matchExpressions: [{ key: 'pool', operator: 'NotIn', values: ['primary'] }] },
				labels
			)
		).toBe(false);
		expect(
			matchesSelector(
				{ matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] },
				labels
			)
		).toBe(true);
		expect(
			matchesSelector({ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, labels)
		).toBe(true);
		expect(
			matchesSelector({ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, labels)
		).toBe(false);
	});

	it('treats an empty selector as everything and a missing one as nothing', () => {
		expect(matchesSelector({}, labels)).toBe(true);
		expect(matchesSelector(undefined, labels)).toBe(false);
		expect(matchesMap({}, labels)).toBe(false);
		expect(matchesMap({ app: 'payments' }, labels)).toBe(true);
	});

	it('prints selectors sorted by key, as kubectl describe does', () => {
		expect(
			formatSelector({
				matchLabels: { tier: 'web', app: 'payments' },
				matchExpressions: [
					{ key: 'pool', operator: 'In', values: ['secondary', 'primary'] },
					{ key: 'canary', operator: 'DoesNotExist' }
				]
			})
		).toBe('app=payments,!canary,pool in (primary,secondary),tier=web');
		expect(formatSelector({})).toBe('<none>');
	});
});
