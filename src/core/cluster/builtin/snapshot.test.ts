import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worldToJSON } from '../serialize';
import { BUILDERS } from './builders';
import { BUILTIN_CLUSTERS } from './index';

describe.each(Object.keys(BUILDERS))('the %s snapshot', (name) => {
	it('equals a fresh build (refresh with `npm run snapshot:builtin`)', () => {
		const file = new URL(`./${name}.snapshot.json`, import.meta.url);
		const snapshot = JSON.parse(readFileSync(file, 'utf8'));
		const { world, now } = BUILDERS[name]();
		expect(snapshot).toEqual(JSON.parse(JSON.stringify({ now, world: worldToJSON(world) })));
	});

	it('loads into the same world the builder makes', () => {
		const loaded = BUILTIN_CLUSTERS[name]();
		const built = BUILDERS[name]();
		expect(loaded.now).toBe(built.now);
		expect(JSON.stringify(worldToJSON(loaded.world))).toBe(
			JSON.stringify(worldToJSON(built.world))
		);
	});
});
