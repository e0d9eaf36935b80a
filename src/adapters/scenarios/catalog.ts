/**
 * The scenario catalog: the built-in library plus the user's own scenarios from the store, each
 * loaded (or, when it does not load, kept as an entry with its first problem so the library can
 * still show it). Built-ins are parsed once; custom ones whenever their text changes. The
 * briefing's dashboards are computed only when a scenario is opened (see `briefing-charts.ts`).
 */
import { loadScenario } from '../../core/scenario/load';
import type { Scenario, ScenarioProblem } from '../../core/scenario/schema';
import type { ScenarioStore, StoredScenario } from '../store/scenario-store';
import { dirOf, resolveBeside } from './resolve-beside';

/** Where built-in scenarios and the files beside them come from (Vite globs in the app). */
export interface ScenarioSources {
	/** Scenario texts by path, `/scenarios/payments-pool-drain.yaml`. */
	scenarios: Record<string, string>;
	/** Files beside them by path, `/scenarios/clusters/…`, fetched on demand. */
	files: Record<string, () => Promise<string>>;
}

interface EntryBase {
	id: string;
	source: 'builtin' | 'custom';
	/** The scenario's file name, for problems (`payments-pool-drain.yaml`). */
	file: string;
	/** The text as written: the editor copies it. */
	yaml: string;
}

export type LoadedEntry = EntryBase & { ok: true; scenario: Scenario };
export type BrokenEntry = EntryBase & { ok: false; title: string; problem: string };
export type CatalogEntry = LoadedEntry | BrokenEntry;

export interface Catalog {
	/** Built-ins first (file order), then the user's own, newest first. */
	list(): Promise<CatalogEntry[]>;
	get(id: string): Promise<CatalogEntry | undefined>;
	/** Reads every file a scenario names beside it, for `prepareScenario`'s synchronous reads. */
	filesFor(entry: LoadedEntry): Promise<Record<string, string>>;
}

/** The folder built-in scenarios live in; custom ones resolve their files against it too. */
const SCENARIO_DIR = '/scenarios/';

export function createCatalog(store: ScenarioStore, sources: ScenarioSources): Catalog {
	let builtins: CatalogEntry[] | undefined;
	const customCache = new Map<string, CatalogEntry>();

	const loadBuiltins = () =>
		(builtins ??= Object.entries(sources.scenarios)
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([path, text]) => toEntry(text, path.slice(dirOf(path).length), 'builtin')));

	async function loadCustom(): Promise<CatalogEntry[]> {
		const stored = await store.list();
		return stored.map((row) => {
			const key = `${row.id}\u0000${row.yaml}`;
			let entry = customCache.get(key);
			if (!entry) customCache.set(key, (entry = customEntry(row)));
			return entry;
		});
	}

	return {
		async list() {
			return [...loadBuiltins(), ...(await loadCustom())];
		},
		async get(id) {
			return (
				loadBuiltins().find((e) => e.id === id) ?? (await loadCustom()).find((e) => e.id === id)
			);
		},
		async filesFor(entry) {
			const paths = entry.scenario.world.contexts.flatMap((c) => c.files);
			const texts: Record<string, string> = {};
			for (const path of paths) {
				const read = sources.files[resolveBeside(SCENARIO_DIR, path)];
				if (read) texts[path] = await read();
			}
			return texts;
		}
	};
}

function customEntry(row: StoredScenario): CatalogEntry {
	const entry = toEntry(row.yaml, `${row.id}.yaml`, 'custom');
	// The stored id is the one links use, even when the text's own id says otherwise.
	return entry.ok ? { ...entry, id: row.id } : { ...entry, id: row.id, title: row.title || row.id };
}

function toEntry(yaml: string, file: string, source: CatalogEntry['source']): CatalogEntry {
	const loaded = loadScenario(yaml, file);
	if (loaded.ok)
		return { ok: true, id: loaded.scenario.id, source, file, yaml, scenario: loaded.scenario };
	const id = file.replace(/\.ya?ml$/, '');
	return { ok: false, id, source, file, yaml, title: id, problem: firstProblem(loaded.problems) };
}

/** `line 4, column 3: briefing.alert.severity: …` — the first error, or the first problem. */
export function firstProblem(problems: readonly ScenarioProblem[]): string {
	const p = problems.find((q) => q.severity === 'error') ?? problems[0];
	if (!p) return 'the scenario did not load';
	return `line ${p.line}, column ${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}
