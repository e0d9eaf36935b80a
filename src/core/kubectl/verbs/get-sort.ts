/** `--sort-by`: orders fetched objects by a JSONPath field, numbers numerically, as kubectl does. */
import { collect, parseJsonPath, relaxedJsonPath } from '../printers/jsonpath';
import type { Fetched } from '../resolve';

export type SortResult = { ok: true; items: Fetched[] } | { ok: false; error: string };

function compareValues(a: unknown, b: unknown): number {
	if (a === undefined) return b === undefined ? 0 : -1;
	if (b === undefined) return 1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const x = String(a);
	const y = String(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

export function sortItems(items: readonly Fetched[], sortBy: string): SortResult {
	if (sortBy === '') return { ok: true, items: [...items] };
	const path = relaxedJsonPath(sortBy);
	if (!path.ok) return { ok: false, error: path.error };
	const parsed = parseJsonPath(path.value);
	if (!parsed.ok)
		return { ok: false, error: `error parsing jsonpath ${path.value}, ${parsed.error}` };
	const keyed = items.map((it) => ({ it, key: collect(parsed.value, it.obj)[0] }));
	if (items.length > 1 && keyed.every((k) => k.key === undefined)) {
		return {
			ok: false,
			error: `couldn't find any field with path "${path.value}" in the list of objects`
		};
	}
	// Array.prototype.sort is stable, as kubectl's sort.Stable.
	return { ok: true, items: keyed.sort((a, b) => compareValues(a.key, b.key)).map((k) => k.it) };
}
