/**
 * The scenario library (`scenarios/*.yaml`) as tests use it: the files, one scenario loaded, or
 * loaded and prepared with the files it names read from beside it. A scenario that does not load
 * or prepare throws with its problems: the library is expected to be valid, and the lint tests
 * say where it is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../src/core/scenario/load';
import { prepareScenario, type Prepared } from '../../src/core/scenario/prepare';
import type { Scenario } from '../../src/core/scenario/schema';

const LIBRARY = new URL('../../scenarios/', import.meta.url);

/** `payments-pool-drain.yaml`, … in name order. */
export function libraryFiles(): string[] {
	return readdirSync(fileURLToPath(LIBRARY))
		.filter((f) => f.endsWith('.yaml'))
		.sort();
}

/** The YAML of `scenarios/<id>.yaml`. */
export function libraryText(id: string): string {
	return readFileSync(new URL(`${id}.yaml`, LIBRARY), 'utf8');
}

/** A file a scenario names (manifests, a dump), relative to the library; undefined if missing. */
export function readBeside(path: string): string | undefined {
	try {
		return readFileSync(new URL(path, LIBRARY), 'utf8');
	} catch {
		return undefined;
	}
}

export function libraryScenario(id: string): Scenario {
	const loaded = loadScenario(libraryText(id), `${id}.yaml`);
	if (!loaded.ok) throw new Error(`${id} does not load: ${JSON.stringify(loaded.problems)}`);
	return loaded.scenario;
}

/** Prepared worlds are immutable and slow to build, so each is made once per test file. */
const prepared = new Map<string, Prepared>();

export function preparedScenario(id: string): Prepared {
	const hit = prepared.get(id);
	if (hit) return hit;
	const prep = prepareScenario(libraryScenario(id), readBeside);
	if (!prep.ok) throw new Error(`${id} does not prepare: ${JSON.stringify(prep.problems)}`);
	prepared.set(id, prep.prepared);
	return prep.prepared;
}
