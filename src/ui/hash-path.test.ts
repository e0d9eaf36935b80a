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
		['#/scenarios/payments-pool-drain?tab=x', { path: 'scenarios', param: 'payments-pool-drain' }],
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

	it('round-trips through locationFromHash', () => {
		expect(locationFromHash(hashFor('editor', 'a b/c'), routes)).toEqual({
			path: 'editor',
			param: 'a b/c'
		});
	});
});
