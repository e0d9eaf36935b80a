/** A store that keeps scenarios in memory: the fallback when IndexedDB is missing, and for tests. */
import type { ScenarioStore, StoredScenario } from './scenario-store';
import { checkScenario } from './store-failure';

export function memoryScenarioStore(
	options: { now?: () => number; initial?: StoredScenario[] } = {}
): ScenarioStore {
	const now = options.now ?? (() => Date.now());
	const rows = new Map<string, StoredScenario>();
	for (const s of options.initial ?? []) rows.set(s.id, { ...s });

	return {
		async list() {
			return [...rows.values()]
				.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id))
				.map((s) => ({ ...s }));
		},
		async get(id) {
			const s = rows.get(id);
			return s && { ...s };
		},
		async save(scenario) {
			const invalid = checkScenario(scenario);
			if (invalid) return invalid;
			rows.set(scenario.id, { ...scenario, updatedAt: scenario.updatedAt ?? now() });
			return { ok: true };
		},
		async remove(id) {
			rows.delete(id);
			return { ok: true };
		}
	};
}
