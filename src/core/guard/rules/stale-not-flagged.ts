/**
 * `stale-not-flagged`: the state contradicts the step's assumption — staleness() on the step's
 * intent (or on the action alone when there is no step), or the ground truth's own `stale`
 * predicate — and the draft raises no stale flag.
 */
import { slisAt } from '../../scenario/health';
import { evaluatePredicate, parsePredicate } from '../../scenario/predicate';
import type { Facts, Finding } from '../lint-types';
import { staleness, stalenessOfCommand, type StaleFlag } from '../staleness';
import { error } from './say';

const bare = (text: string) => text.trim().replace(/\.$/, '');

/** `reason (evidence)`: the evidence's last line, where a table's row or kubectl's answer is. */
function said(flag: StaleFlag): string {
	const lines = flag.evidence.split('\n').filter((l) => l.trim() !== '');
	const last = lines
		.at(-1)
		?.trim()
		.replace(/\s{2,}/g, '  ');
	return last ? `${bare(flag.reason)} (\`${last}\`)` : bare(flag.reason);
}

function reasons(facts: Facts): string[] {
	const { world, now, step, scenario, t = 0 } = facts.ctx;
	if (!step) {
		if (facts.blocked.has('action.command')) return [];
		return stalenessOfCommand(world, now, facts.commands['action.command'].line).map(said);
	}
	const found = staleness(world, now, step.intent).map(said);
	const stale = step.truth.stale;
	if (found.length === 0 && stale) {
		const parsed = parsePredicate(stale.when);
		const slis = scenario ? slisAt(scenario.health, world, now, t) : {};
		if (parsed.ok && evaluatePredicate(parsed.expr, { world, now, t, sli: (id) => slis[id] }))
			found.push(bare(stale.reason));
	}
	return found;
}

export function staleRule(facts: Facts): Finding[] {
	if (facts.draft.staleFlags.length > 0) return [];
	const found = reasons(facts);
	if (found.length === 0) return [];
	return [
		error(
			'stale-not-flagged',
			'staleFlags',
			`the step's assumption no longer holds — ${found[0]} — but the draft raises no stale flag: flag it before anyone runs the action`
		)
	];
}
