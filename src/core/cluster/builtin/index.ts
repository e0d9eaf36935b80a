/**
 * Built-in worlds by name, for the CLI's `--cluster NAME` and the app's default. With its default
 * seed a world loads from its snapshot (`npm run snapshot:builtin`, written with `encodeWorld`; a
 * test keeps it equal to a fresh build); another seed builds it, once per process. Worlds are
 * immutable, so sharing is safe.
 */
import type { World } from '../types';
import { worldFromEncoded, type EncodedWorld } from '../world-codec';
import { BUILDERS, type Builder } from './builders';
import paymentsSnapshot from './payments.snapshot.json';

interface Snapshot {
	now: number;
	world: EncodedWorld;
}

const SNAPSHOTS: Record<string, Snapshot> = {
	payments: paymentsSnapshot as unknown as Snapshot
};

function fromSnapshotOrBuild(name: string, build: Builder): Builder {
	const built = new Map<number | undefined, { world: World; now: number }>();
	return (seed) => {
		let loaded = built.get(seed);
		if (!loaded) {
			const snapshot = seed === undefined ? SNAPSHOTS[name] : undefined;
			loaded = snapshot
				? { now: snapshot.now, world: worldFromEncoded(snapshot.world) }
				: build(seed);
			built.set(seed, loaded);
		}
		return loaded;
	};
}

export const BUILTIN_CLUSTERS: Record<string, Builder> = Object.fromEntries(
	Object.entries(BUILDERS).map(([name, build]) => [name, fromSnapshotOrBuild(name, build)])
);
