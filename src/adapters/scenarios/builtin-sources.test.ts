import { describe, expect, it } from 'vitest';
import { memoryScenarioStore } from '../store/scenario-store';
import { BUILTIN_SOURCES } from './builtin-sources';
import { createCatalog } from './catalog';

describe('the built-in library in the catalog', () => {
	it('loads every scenario file, and finds every file beside them', async () => {
		const catalog = createCatalog(memoryScenarioStore(), BUILTIN_SOURCES);
		const entries = await catalog.list();
		expect(entries.length).toBeGreaterThan(0);
		expect(entries.filter((e) => !e.ok).map((e) => [e.file, !e.ok && e.problem])).toEqual([]);
		for (const entry of entries) {
			if (!entry.ok) continue;
			const named = entry.scenario.world.contexts.flatMap((c) => c.files);
			expect(Object.keys(await catalog.filesFor(entry)).sort()).toEqual([...named].sort());
		}
	});

	it('holds payments-pool-drain as a built-in', async () => {
		const catalog = createCatalog(memoryScenarioStore(), BUILTIN_SOURCES);
		const entry = await catalog.get('payments-pool-drain');
		expect(entry?.source).toBe('builtin');
		expect(entry?.ok).toBe(true);
	});
});
