/** Built-in clusters by name, for the CLI's `--cluster NAME` and the app's default. */
import type { World } from '../types';
import { paymentsWorld } from './payments';

type Builder = (seed?: number) => { world: World; now: number };

/**
 * Building a world settles weeks of controller history, so each (name, seed) is built once per
 * process. Worlds are immutable (every change returns a new one), which makes sharing safe.
 */
function memoized(build: Builder): Builder {
	const built = new Map<number | undefined, { world: World; now: number }>();
	return (seed) => {
		let world = built.get(seed);
		if (!world) built.set(seed, (world = build(seed)));
		return world;
	};
}

export const BUILTIN_CLUSTERS: Record<string, Builder> = {
	payments: memoized(paymentsWorld)
};
