/**
 * The library's search and filters as the address's query (`#/scenarios?q=…&difficulty=…&tag=…`),
 * so they survive a reload and the Back button, and a filtered library can be linked to.
 */
import type { HashQuery } from '../../hash-path';
import type { LibraryFilter } from './library-cards';

export const NO_FILTER: LibraryFilter = Object.freeze({ query: '' });

/** The filter a query names; a difficulty that is not 1–5 is ignored. */
export function filterFromQuery(query: HashQuery): LibraryFilter {
	const difficulty = /^[1-5]$/.test(query.difficulty ?? '') ? Number(query.difficulty) : undefined;
	return {
		query: query.q ?? '',
		...(difficulty === undefined ? {} : { difficulty }),
		...(query.tag === undefined ? {} : { tag: query.tag })
	};
}

/** The query for a filter, with only what is set. The search is kept as typed (spaces too). */
export function queryOfFilter(filter: LibraryFilter): HashQuery {
	return {
		...(filter.query === '' ? {} : { q: filter.query }),
		...(filter.difficulty === undefined ? {} : { difficulty: String(filter.difficulty) }),
		...(filter.tag === undefined ? {} : { tag: filter.tag })
	};
}

export function sameFilter(a: LibraryFilter, b: LibraryFilter): boolean {
	return a.query === b.query && a.difficulty === b.difficulty && a.tag === b.tag;
}
