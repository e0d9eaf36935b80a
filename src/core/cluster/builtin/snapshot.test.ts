import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeWorld, encodeWorld } from '../world-codec';
import { BUILDERS } from './builders';
import { BUILTIN_CLUSTERS } from './index';

describe.each(Object.keys(BUILDERS))('the %s snapshot', (name) => {
	it('equals a fresh build (refresh with `npm run snapshot:builtin`)', () => {
		const file = new URL(`./${name}.snapshot.json`, import.meta.url);
		const snapshot = JSON.parse(readFileSync(file, 'utf8'));
		const { world, now } = BUILDERS[name]();
		expect(snapshot).toEqual(JSON.parse(JSON.stringify({ now, world: encodeWorld(world) })));
		// Loaded unchecked at startup, so it must pass the check a saved world would.
		expect(decodeWorld(snapshot.world).ok).toBe(true);
	});

	it('loads into the same world the builder makes', () => {
		const loaded = BUILTIN_CLUSTERS[name]();
		const built = BUILDERS[name]();
		expect(loaded.now).toBe(built.now);
		// Insertion order too: the same Maps in the same order as the builder's.
		expect(JSON.stringify(encodeWorld(loaded.world))).toBe(
			JSON.stringify(encodeWorld(built.world))
		);
	});
});
