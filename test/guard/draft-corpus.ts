/** Loads the draft corpus's scenarios and lints one corpus entry at its step and moment. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDuration } from '../../src/core/clock/duration';
import { lintDraft, type RuleId } from '../../src/core/guard/lint-draft';
import { loadScenario } from '../../src/core/scenario/load';
import { prepareScenario, type Prepared } from '../../src/core/scenario/prepare';
import { scenarioAt } from '../../src/core/scenario/timeline';

const LIBRARY = fileURLToPath(new URL('../../scenarios/', import.meta.url));
export const DRAFTS = fileURLToPath(new URL('./drafts/', import.meta.url));

export interface CorpusEntry {
	scenario: string;
	step: number;
	at: string;
	expect: { rule: RuleId; field: string }[];
	draft: unknown;
}

const prepared = new Map<string, Prepared>();
function scenarioById(id: string): Prepared {
	const hit = prepared.get(id);
	if (hit) return hit;
	const loaded = loadScenario(readFileSync(join(LIBRARY, `${id}.yaml`), 'utf8'), `${id}.yaml`);
	if (!loaded.ok) throw new Error(`${id} does not load`);
	const result = prepareScenario(loaded.scenario, (path) => {
		try {
			return readFileSync(join(LIBRARY, path), 'utf8');
		} catch {
			return undefined;
		}
	});
	if (!result.ok) throw new Error(`${id} does not prepare`);
	prepared.set(id, result.prepared);
	return result.prepared;
}

export function lintEntry(entry: CorpusEntry) {
	const p = scenarioById(entry.scenario);
	const at = entry.at.startsWith('-')
		? -parseDuration(entry.at.slice(1))!
		: parseDuration(entry.at)!;
	const { world, now } = scenarioAt(p, at);
	const step = p.scenario.runbook.steps[entry.step - 1];
	return lintDraft(entry.draft, { world, now, step, scenario: p.scenario });
}
