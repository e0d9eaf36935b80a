import { describe, expect, it } from 'vitest';
import { commandPaths } from './command-registry';
import { VERB_CLASSES } from './verb-classes';

describe('command registry', () => {
	it('gives every kubectl command the guard can parse a class, and no class to a missing one', () => {
		const paths = commandPaths();
		expect(paths.filter((p) => !VERB_CLASSES[p])).toEqual([]);
		expect(Object.keys(VERB_CLASSES).filter((p) => !paths.includes(p))).toEqual([]);
		expect(paths).toHaveLength(98);
	});
});
