/**
 * The per-event work of the rubric, done as the event is logged: a `Tracer` calls `analyseEvent`
 * for each event it takes, with the world just before it when it kept that. What it computes goes
 * into the memos the categories read (memo.ts), so a score at the end of the run finds it done —
 * the same values either way, since each is a pure function of its key.
 *
 * - a typed line: whether the guard reads more than one change in it (chained-mutation);
 * - a command: the objects it looked at or changed (pre-flights, verifies, radius, damage);
 * - a timeline change: the objects it changed (pre-flights);
 * - a draft shown or composed: the draft linter's errors on it at that moment (flawed drafts,
 *   rollbacks);
 * - a change: the rollback the guard derives for it at that moment (missing rollbacks).
 */
import type { RunEvent } from '../rehearsal/schema';
import type { Prepared } from '../scenario/prepare';
import { chainsMutations } from './actions';
import { lintFlaws } from './drafts';
import { changedObjects } from './objects';
import { timelineObjects } from './preflights';
import { derivedRollback } from './rollbacks';
import type { Moment } from './trace';

export function analyseEvent(prepared: Prepared, event: RunEvent, moment?: Moment): void {
	const steps = prepared.scenario.runbook.steps.length;
	const lintable = (step: number) => moment && step >= 1 && step <= steps;
	switch (event.kind) {
		case 'act': {
			const act = event.act;
			if (act.act === 'run') chainsMutations(act.command);
			else if (act.act === 'compose' && lintable(act.step))
				lintFlaws(prepared.scenario, act.step - 1, act.draft, moment!);
			return;
		}
		case 'command':
			changedObjects(event.record);
			if (event.record.mutating && moment)
				derivedRollback(moment.world, moment.now, event.record.command);
			return;
		case 'timeline':
			timelineObjects(prepared, event.index);
			return;
		case 'draft-shown':
			// A planted draft's flaw is the plant: nothing to lint.
			if (!event.planted && lintable(event.step))
				lintFlaws(prepared.scenario, event.step - 1, event.draft, moment!);
			return;
	}
}
