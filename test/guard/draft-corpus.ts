/** Loads the draft corpus's scenarios and lints one corpus entry at its step and moment. */
import { fileURLToPath } from 'node:url';
import { parseDuration } from '../../src/core/clock/duration';
import { lintDraft, type RuleId } from '../../src/core/guard/lint-draft';
import { scenarioAt } from '../../src/core/scenario/timeline';
import { preparedScenario } from '../support/library';

export const DRAFTS = fileURLToPath(new URL('./drafts/', import.meta.url));

export interface CorpusEntry {
	scenario: string;
	step: number;
	at: string;
	expect: { rule: RuleId; field: string }[];
	draft: unknown;
}

export function lintEntry(entry: CorpusEntry) {
	const p = preparedScenario(entry.scenario);
	const at = entry.at.startsWith('-')
		? -parseDuration(entry.at.slice(1))!
		: parseDuration(entry.at)!;
	const { world, now } = scenarioAt(p, at);
	const step = p.scenario.runbook.steps[entry.step - 1];
	return lintDraft(entry.draft, { world, now, step, scenario: p.scenario });
}
