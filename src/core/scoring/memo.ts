/**
 * Memos for the analyses scoring repeats: a command line's classification is a pure function of
 * its text, a draft's lint or a change's derived rollback of the moment's world (worlds are never
 * changed in place). A run repeats the same lines, and a host that keeps a `Tracer` computes them
 * as each event is logged (`analyse.ts`), so the score at the end finds them done. Keys are values,
 * not event objects: a log that crossed a worker boundary is a copy and still hits.
 */
import type { World } from '../cluster/types';

/** Entries a text memo keeps; past that the oldest go first (a run has a few hundred lines). */
export const TEXT_MEMO_SIZE = 4096;

let bypass = false;

/**
 * `fn` with every memo computing afresh (and keeping nothing): what a score would be with none,
 * to check that memoised and computed agree.
 */
export function withoutMemos<T>(fn: () => T): T {
	const was = bypass;
	bypass = true;
	try {
		return fn();
	} finally {
		bypass = was;
	}
}

/** A memo on a string key that forgets its oldest entries past `size`. */
export class TextMemo<V> {
	readonly #size: number;
	readonly #map = new Map<string, V>();

	constructor(size = TEXT_MEMO_SIZE) {
		this.#size = size;
	}

	get(key: string, compute: () => V): V {
		if (bypass) return compute();
		if (this.#map.has(key)) return this.#map.get(key) as V;
		const value = compute();
		if (this.#map.size >= this.#size) this.#map.delete(this.#map.keys().next().value as string);
		this.#map.set(key, value);
		return value;
	}

	get size(): number {
		return this.#map.size;
	}
}

/** A memo per world (dropped with it), then on a string key. */
export class WorldMemo<V> {
	readonly #worlds = new WeakMap<World, Map<string, V>>();

	get(world: World, key: string, compute: () => V): V {
		if (bypass) return compute();
		let map = this.#worlds.get(world);
		if (!map) this.#worlds.set(world, (map = new Map()));
		if (map.has(key)) return map.get(key) as V;
		const value = compute();
		map.set(key, value);
		return value;
	}
}
