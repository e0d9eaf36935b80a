import { describe, expect, it } from 'vitest';
import { hashFor, locationFromHash, pathFromHash } from './hash-path';

const routes = [
	{ path: 'scenarios', title: 'Scenarios' },
	{ path: 'terminal', title: 'Terminal' },
	{ path: 'editor', title: 'Editor', nav: false }
];

describe('pathFromHash', () => {
	it.each([
		['', 'scenarios'],
		['#/', 'scenarios'],
		['#/terminal', 'terminal'],
		['#terminal', 'terminal'],
		['#/scenarios/abc?x=1', 'scenarios'],
		['#/nowhere', 'scenarios']
	])('%j → %s', (hash, path) => expect(pathFromHash(hash, routes)).toBe(path));
});

describe('locationFromHash', () => {
	it.each([
		['#/scenarios', { path: 'scenarios' }],
		['#/scenarios/', { path: 'scenarios' }],
		['#/scenarios/payments-pool-drain', { path: 'scenarios', param: 'payments-pool-drain' }],
		[
			'#/scenarios/payments-pool-drain?tab=x',
			{ path: 'scenarios', param: 'payments-pool-drain', query: { tab: 'x' } }
		],
		[
			'#/scenarios?q=stale+rollback&difficulty=3&tag=hpa',
			{ path: 'scenarios', query: { q: 'stale rollback', difficulty: '3', tag: 'hpa' } }
		],
		['#/scenarios?q=a%26b%3Dc&q=second', { path: 'scenarios', query: { q: 'a&b=c' } }],
		['#/scenarios?q=&tag=', { path: 'scenarios' }],
		['#/scenarios?', { path: 'scenarios' }],
		['#/scenarios?q=%E0%A4%A', { path: 'scenarios', query: { q: '\uFFFD%A' } }],
		['#/nowhere?q=x', { path: 'scenarios' }],
		['#/editor', { path: 'editor' }],
		['#/editor/my%20copy', { path: 'editor', param: 'my copy' }],
		['#/editor/%E0%A4%A', { path: 'editor' }],
		['#/nowhere/abc', { path: 'scenarios' }]
	])('%j → %j', (hash, location) => expect(locationFromHash(hash, routes)).toEqual(location));
});

describe('hashFor', () => {
	it('builds a hash with and without a parameter', () => {
		expect(hashFor('scenarios')).toBe('#/scenarios');
		expect(hashFor('editor', 'a b/c')).toBe('#/editor/a%20b%2Fc');
	});

	it('adds a query, leaving out empty values', () => {
		expect(hashFor('scenarios', undefined, { q: 'drain pool', difficulty: '', tag: 'c++' })).toBe(
			'#/scenarios?q=drain+pool&tag=c%2B%2B'
		);
		expect(hashFor('scenarios', undefined, { q: '' })).toBe('#/scenarios');
		expect(hashFor('scenarios', 'x', { tab: 'runbook' })).toBe('#/scenarios/x?tab=runbook');
	});

	it('round-trips through locationFromHash', () => {
		expect(locationFromHash(hashFor('editor', 'a b/c'), routes)).toEqual({
			path: 'editor',
			param: 'a b/c'
		});
		const query = { q: ' #?&=/ über ', __proto__: 'x', tag: 'a+b' };
		const parsed = locationFromHash(hashFor('scenarios', undefined, query), routes);
		expect(parsed).toEqual({ path: 'scenarios', query });
		expect(Object.getPrototypeOf(parsed.query)).toBe(Object.prototype);
	});
});
