import { describe, expect, it } from 'vitest';
import { pathFromHash } from './hash-path';

const routes = [
	{ path: 'terminal', title: 'Terminal' },
	{ path: 'scenarios', title: 'Scenarios' }
];

describe('pathFromHash', () => {
	it.each([
		['', 'terminal'],
		['#/', 'terminal'],
		['#/scenarios', 'scenarios'],
		['#scenarios', 'scenarios'],
		['#/scenarios/abc?x=1', 'scenarios'],
		['#/nowhere', 'terminal']
	])('%j → %s', (hash, path) => expect(pathFromHash(hash, routes)).toBe(path));
});
