/**
 * Flawed drafts: the ones the scenario says it planted (the log's `planted` on `draft-shown`), and
 * any the draft linter finds unsafe at the moment it was shown — a wrong target or namespace, a
 * rollback that does not undo the action, a stale assumption not flagged. A flaw is caught when the
 * trainee rejects the draft, stops or flags the step before using the flawed part, or does the step
 * with other commands; missed when the flawed part is used first (the action run as drafted, the
 * rollback staged or run as drafted, a stale step confirmed, the verify or pre-flight run as drafted).
 */
import type { GuardedStep } from '../drafting/schema';
import { lintDraft } from '../guard/lint-draft';
import type { RuleId } from '../guard/lint-types';
import type { PlantFlaw, Scenario } from '../scenario/schema';
import { sameCommand } from './command-key';
import { WorldMemo } from './memo';
import type { At, StepRun } from './run';
import { findingAt, maxOf, type CategoryResult, type ScoreContext } from './rubric-kit';
import type { Moment } from './trace';
import type { Finding } from './types';

type Part = 'action' | 'rollback' | 'stale' | 'verify' | 'preflight';
export type Flaw = { part: Part; text: string };

/** The part of the draft each planted flaw is in: using that part is missing the flaw. */
const PLANT_PARTS: Record<PlantFlaw, Part> = {
	'wrong-namespace': 'action',
	'wrong-target': 'action',
	'understated-blast-radius': 'action',
	'chained-action': 'action',
	'rollback-not-inverse': 'rollback',
	'rollback-missing': 'rollback',
	'unflagged-stale': 'stale',
	'skipped-verify': 'verify',
	'preflight-mutates': 'preflight'
};

/** Linter rules whose finding makes a draft flawed, and the part of the draft each is about. */
const FLAW_RULES: Partial<Record<RuleId, Flaw['part']>> = {
	'wrong-target': 'action',
	'unknown-context': 'action',
	'unknown-namespace': 'action',
	'unknown-resource': 'action',
	placeholder: 'action',
	'action-chains-mutations': 'action',
	'rollback-missing': 'rollback',
	'rollback-not-inverse': 'rollback',
	'stale-not-flagged': 'stale',
	'preflight-not-read-only': 'preflight'
};

const flawCache = new WeakMap<StepRun, readonly Flaw[]>();
const lints = new WeakMap<Scenario, WorldMemo<readonly Flaw[]>>();

/**
 * The draft linter's errors on a draft for runbook step `index` (0-based) at a moment of the run,
 * one per part of the draft. Memoised on the moment's world: the tracer lints each draft as it is
 * logged (analyse.ts), and the score reads the result.
 */
export function lintFlaws(
	scenario: Scenario,
	index: number,
	draft: GuardedStep,
	moment: Moment
): readonly Flaw[] {
	let memo = lints.get(scenario);
	if (!memo) lints.set(scenario, (memo = new WorldMemo()));
	const { world, now, t } = moment;
	const key = `${index}|${now}|${t}|${JSON.stringify(draft)}`;
	return memo.get(world, key, () => {
		const step = scenario.runbook.steps[index];
		const flaws: Flaw[] = [];
		for (const f of lintDraft(draft, { world, now, t, step, scenario }).findings) {
			const part = FLAW_RULES[f.rule];
			if (part && f.severity === 'error' && !flaws.some((x) => x.part === part))
				flaws.push({ part, text: f.message.replace(/\.$/, '') });
		}
		return flaws;
	});
}

/**
 * What is wrong with the draft shown for step `s`: what the scenario says it planted, and the
 * draft linter's errors on it at the moment it was shown (the step's intent and truth in hand).
 */
export function draftFlaws(ctx: ScoreContext, s: StepRun): readonly Flaw[] {
	const hit = flawCache.get(s);
	if (hit) return hit;
	const draft = s.draft;
	const moment = s.draftAt && ctx.trace.moments.get(s.draftAt.seq);
	let flaws: readonly Flaw[] = [];
	if (draft && moment) {
		// The plant is the flaw the scenario means; what the linter finds besides follows from it.
		if (s.planted) {
			const part = PLANT_PARTS[s.step.plant?.flaw ?? 'wrong-target'];
			flaws = [{ part, text: s.planted.trim().replace(/\.$/, '') }];
		} else flaws = lintFlaws(ctx.prepared.scenario, s.number - 1, draft, moment);
	}
	flawCache.set(s, flaws);
	return flaws;
}

/** When the flawed part was first used (undefined: never). */
function usedAt(ctx: ScoreContext, s: StepRun, flaw: Flaw): At | undefined {
	const draft = s.draft!;
	// A rollback or verify is used once the action has run; the rest once the draft is shown.
	const after = (flaw.part === 'rollback' || flaw.part === 'verify' ? s.actions[0] : s.draftAt)
		?.seq;
	const ran = (line: string) =>
		ctx.model.commands.find(
			(c) =>
				after !== undefined &&
				c.seq > after &&
				sameCommand(c.record.command, line, {
					context: c.record.context,
					namespace: c.record.namespace
				})
		);
	switch (flaw.part) {
		case 'action':
			return ran(draft.action.command);
		case 'rollback': {
			const staged = s.staged.find((a) => a.act.command.trim() === draft.rollback.command.trim());
			const run = draft.rollback.command.trim() ? ran(draft.rollback.command) : undefined;
			// A missing rollback is used by running the action with none of your own staged.
			const bare = draft.rollback.command.trim() === '' && s.staged.length === 0;
			return earliest(staged, run, bare ? s.actions[0] : undefined);
		}
		case 'verify':
			return ran(draft.verify.command);
		case 'preflight':
			return ran(draft.preflight.command);
		case 'stale':
			return s.flagStale || s.stop ? undefined : (s.confirm ?? s.actions[0]);
	}
}

function earliest(...ats: (At | undefined)[]): At | undefined {
	return ats.filter((a) => a !== undefined).sort((a, b) => a.seq - b.seq)[0];
}

export function flawedDrafts(ctx: ScoreContext): CategoryResult {
	const findings: Finding[] = [];
	let tip: string | undefined;
	let caught = 0;
	let missed = 0;
	for (const s of ctx.model.steps) {
		for (const flaw of draftFlaws(ctx, s)) {
			const refused = earliest(s.reject, s.stop, s.flagStale);
			const use = usedAt(ctx, s, flaw);
			if (use && (!refused || use.seq < refused.seq)) {
				missed++;
				const cmd = s.actions[0]?.record.command;
				const where = s.actions[0] ?? use;
				findings.push(
					findingAt(where, `Missed a flaw in step ${s.number}'s draft: ${flaw.text}.`, cmd)
				);
				tip ??= `Check each draft against the live state before you use it: in step ${s.number}, ${flaw.text}. Reject the draft and say why.`;
			} else if (refused || s.actions.length > 0) {
				caught++;
				const where = refused ?? s.actions[0];
				findings.push({
					...findingAt(where, `Caught a flaw in step ${s.number}'s draft: ${flaw.text}.`),
					good: true
				});
			}
		}
	}
	const total = caught + missed;
	const max = maxOf('planted-flaw');
	return {
		findings,
		points: total === 0 ? max : Math.round((max * caught) / total),
		summary:
			total === 0
				? 'No flawed draft was put to the test.'
				: `${caught} of ${total} draft ${total === 1 ? 'flaw' : 'flaws'} caught.`,
		...(tip && { tip })
	};
}
