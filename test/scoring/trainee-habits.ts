/**
 * Trainees with one bad habit, made from a careful trainee's acts by one transformation each: the
 * pre-flight looks left out, the rollbacks never staged, the stale step confirmed, the planted
 * draft used as shown, a trap's STOP confirmed. Everything else the careful one did stays as it was,
 * so the score differs only where the habit is.
 */
import type { GuardedStep } from '../../src/core/drafting/schema';
import { classify } from '../../src/core/guard/classify';
import type { Act, RunEvent } from '../../src/core/rehearsal/schema';
import type { Scenario } from '../../src/core/scenario/schema';
import { sameCommand } from '../../src/core/scoring/command-key';

export type Habit =
	'skips-preflights' | 'no-rollbacks' | 'misses-stale' | 'runs-flawed-draft' | 'confirms-trap';

const readOnly = (line: string) =>
	classify(line).commands.every((c) => c.class === 'read-only' && c.verb !== '');

/** Every read-only look dropped (the time spent reading kept). */
export function skipsPreflights(acts: readonly Act[]): Act[] {
	return acts.filter((a) => a.act !== 'run' || !readOnly(a.command));
}

export function noRollbacks(acts: readonly Act[]): Act[] {
	return acts.filter((a) => a.act !== 'stage-rollback');
}

/** Each stale step confirmed instead of flagged, and its action run as the runbook has it. */
export function missesStale(acts: readonly Act[], scenario: Scenario): Act[] {
	return acts.flatMap((a): Act[] => {
		if (a.act !== 'flag-stale') return [a];
		const step = scenario.runbook.steps[a.step - 1];
		const [action] = step.truth.actions;
		const [rollback] = step.truth.rollbacks;
		return [
			...(rollback ? [{ act: 'stage-rollback' as const, step: a.step, command: rollback }] : []),
			{ act: 'confirm', step: a.step },
			...(action ? [{ act: 'run' as const, command: action }] : [])
		];
	});
}

/** A trap's STOP confirmed (where the careful one stopped or flagged it). */
export function confirmsTrap(acts: readonly Act[], scenario: Scenario): Act[] {
	return acts.map((a) =>
		(a.act === 'stop' || a.act === 'flag-stale') && scenario.runbook.steps[a.step - 1].trap
			? { act: 'confirm', step: a.step }
			: a
	);
}

/** The draft shown for step `n` in a run's log. */
export function shownDraft(events: readonly RunEvent[], n: number): GuardedStep {
	const shown = events.find((e) => e.kind === 'draft-shown' && e.step === n);
	if (shown?.kind !== 'draft-shown') throw new Error(`no draft was shown for step ${n}`);
	return shown.draft;
}

const ACTION_FLAWS = ['wrong-namespace', 'wrong-target', 'chained-action'];
const ROLLBACK_FLAWS = ['rollback-not-inverse', 'rollback-missing'];

/**
 * The planted step's draft used as shown: not rejected, and its flawed part used — the drafted
 * action run in place of the right one, the drafted rollback staged, the stale step confirmed.
 */
export function runsFlawedDraft(
	acts: readonly Act[],
	scenario: Scenario,
	draft: GuardedStep
): Act[] {
	const n = draft.step;
	const step = scenario.runbook.steps[n - 1];
	const flaw = step.plant?.flaw ?? '';
	const isAction = (line: string) =>
		step.truth.actions.some((t) => sameCommand(line, t, { context: '', namespace: '' }));
	let replaced = false;
	const out = acts.flatMap((a): Act[] => {
		if (a.act === 'reject-draft' && a.step === n) return [];
		if (a.act === 'stage-rollback' && a.step === n && ROLLBACK_FLAWS.includes(flaw))
			return draft.rollback.command ? [{ ...a, command: draft.rollback.command }] : [];
		if (a.act === 'run' && ACTION_FLAWS.includes(flaw) && !replaced && isAction(a.command)) {
			replaced = true;
			return [{ act: 'run', command: draft.action.command }];
		}
		return [a];
	});
	return flaw === 'unflagged-stale' ? missesStale(out, scenario) : out;
}
