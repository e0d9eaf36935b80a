/**
 * Scenarios for the CLI: one from the package's library by id (`scenarios/<id>.yaml`) or from a
 * path, loaded, with the manifest files it names read from beside it, and prepared. Every failure
 * is a message in the CLI's `file:line:col: path: message` form, never a throw.
 */
import { readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../core/scenario/load';
import { formatProblem, lintScenario } from '../core/scenario/lint';
import { prepareScenario, type Prepared, type ReadFile } from '../core/scenario/prepare';
import type { Scenario } from '../core/scenario/schema';
import type { CliIO } from './io';

/** The built-in library: `scenarios/` at the package root. */
export const LIBRARY_DIR = fileURLToPath(new URL('../../scenarios/', import.meta.url));

export type ScenarioLoad = { ok: true; prepared: Prepared } | { ok: false; message: string };

export interface ScenarioSource {
	io: CliIO;
	/** Where library ids are looked up; default the package's `scenarios/`. */
	library?: string;
	/** Replaces the scenario's `world.seed`. */
	seed?: number;
}

/** Looks like a path rather than a library id. */
function isPath(spec: string): boolean {
	return /[/\\]/.test(spec) || /\.ya?ml$/i.test(spec);
}

/** Ids of the library's scenarios (its `*.yaml` files), sorted; none when it cannot be read. */
export async function libraryIds(library = LIBRARY_DIR): Promise<string[]> {
	const names = await readdir(library).catch(() => [] as string[]);
	return names
		.filter((n) => n.endsWith('.yaml'))
		.map((n) => n.slice(0, -'.yaml'.length))
		.sort();
}

/** Finds, loads and prepares the scenario `spec` names (a library id or a file). */
export async function loadScenarioFile(
	spec: string,
	source: ScenarioSource
): Promise<ScenarioLoad> {
	const library = source.library ?? LIBRARY_DIR;
	const file = isPath(spec) ? spec : join(library, `${spec}.yaml`);
	let text: string;
	try {
		text = await source.io.readFile(file);
	} catch (e) {
		if (isPath(spec))
			return { ok: false, message: `preflight: cannot read ${spec}: ${errorCode(e)}\n` };
		const ids = await libraryIds(library);
		return {
			ok: false,
			message: `preflight: no scenario "${spec}" in the library (scenarios: ${ids.join(', ') || 'none'}); give a scenario file to use your own\n`
		};
	}
	const loaded = loadScenario(text, file);
	if (!loaded.ok)
		return {
			ok: false,
			message: loaded.problems.map((p) => `${formatProblem(p)}\n`).join('')
		};
	const scenario = withSeed(loaded.scenario, source.seed);
	const readFile = await filesBeside(file, scenario, source.io);
	const prepared = prepareScenario(scenario, readFile);
	if (prepared.ok) return prepared;
	// The linter places problems inside manifests and timeline entries exactly; ask it first.
	const linted = lintScenario(text, file, readFile).filter((p) => p.severity === 'error');
	if (linted.length)
		return { ok: false, message: linted.map((p) => `${formatProblem(p)}\n`).join('') };
	const lines = prepared.problems.map((p) => {
		const at = loaded.locate(p.path);
		return `${file}:${at.line}:${at.column}: ${p.path.join('.')}: ${p.message}\n`;
	});
	return { ok: false, message: lines.join('') };
}

function withSeed(scenario: Scenario, seed: number | undefined): Scenario {
	return seed === undefined ? scenario : { ...scenario, world: { ...scenario.world, seed } };
}

/** The manifest files the scenario names, read from beside it (relative paths) up front. */
export async function filesBeside(file: string, scenario: Scenario, io: CliIO): Promise<ReadFile> {
	const texts = new Map<string, string>();
	const names = new Set(scenario.world.contexts.flatMap((c) => c.files));
	for (const name of names) {
		const path = isAbsolute(name) ? name : join(dirname(file), name);
		const text = await io.readFile(path).catch(() => undefined);
		if (text !== undefined) texts.set(name, text);
	}
	return (name) => texts.get(name);
}

function errorCode(e: unknown): string {
	return (e as NodeJS.ErrnoException).code ?? String(e);
}
