import { describe, expect, it } from 'vitest';
import { hashFor, locationFromHash } from '../../hash-path';
import { filterFromQuery, queryOfFilter, sameFilter } from './filter-query';

describe('filterFromQuery', () => {
	it.each([
		[{}, { query: '' }],
		[
			{ q: 'stale rollback', difficulty: '3', tag: 'hpa' },
			{ query: 'stale rollback', difficulty: 3, tag: 'hpa' }
		],
		[{ difficulty: '0' }, { query: '' }],
		[{ difficulty: '6' }, { query: '' }],
		[{ difficulty: '2.5' }, { query: '' }],
		[{ difficulty: ' 2' }, { query: '' }],
		[
			{ difficulty: '5', other: 'x' },
			{ query: '', difficulty: 5 }
		]
	])('%j → %j', (query, filter) => expect(filterFromQuery(query)).toEqual(filter));
});

describe('queryOfFilter', () => {
	it('writes only what is set, the search as typed', () => {
		expect(queryOfFilter({ query: '' })).toEqual({});
		expect(queryOfFilter({ query: 'drain ', difficulty: 4, tag: 'pdb' })).toEqual({
			q: 'drain ',
			difficulty: '4',
			tag: 'pdb'
		});
	});

	it('round-trips through the address', () => {
		const filter = { query: 'pool & drain? #1', difficulty: 2, tag: 'connection-pool' };
		const hash = hashFor('scenarios', undefined, queryOfFilter(filter));
		expect(hash).toBe('#/scenarios?q=pool+%26+drain%3F+%231&difficulty=2&tag=connection-pool');
		const { query } = locationFromHash(hash, [{ path: 'scenarios', title: 'Scenarios' }]);
		expect(filterFromQuery(query ?? {})).toEqual(filter);
	});
});

describe('sameFilter', () => {
	it('compares the search and both filters', () => {
		expect(sameFilter({ query: 'a', difficulty: 1 }, { query: 'a', difficulty: 1 })).toBe(true);
		expect(sameFilter({ query: 'a' }, { query: 'a ', difficulty: undefined })).toBe(false);
		expect(sameFilter({ query: '', tag: 'hpa' }, { query: '' })).toBe(false);
		expect(sameFilter({ query: '', difficulty: 2 }, { query: '', difficulty: 3 })).toBe(false);
	});
});
