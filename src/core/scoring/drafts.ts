/**
 * Flawed drafts: the ones the scenario says it planted, and any the draft linter finds unsafe at
 * the moment it was shown — a wrong target or namespace, a rollback that does not undo the action,
 * a stale assumption not flagged. A flaw is caught when the trainee rejects the draft, stops or
 * flags the step, or does the step with another command; missed when the flawed part is used
 * (the action run as drafted, the rollback staged as drafted, a stale step confirmed).
 */
import { lintDraft } from '../guard/lint-draft';
import type { RuleId } from '../guard/lint-types';
import { sameCommand } from './command-key';
import type { StepRun } from './run';
import { findingAt, maxOf, type CategoryResult, type ScoreContext } from './rubric-kit';
import type { Finding } from './types';

type Flaw = { part: 'action' | 'rollback' | 'stale' | 'planted'; text: string };

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
	'preflight-not-read-only': 'planted'
};

const flawCache = new WeakMap<StepRun, Flaw[]>();

/**
 * What is wrong with the draft shown for step `s`: what the scenario says it planted, and the
 * draft linter's errors on it at the moment it was shown (the step's intent and truth in hand).
 */
export function draftFlaws(ctx: ScoreContext, s: StepRun): Flaw[] {
	const hit = flawCache.get(s);
	if (hit) return hit;
	const draft = s.draft;
	const moment = s.draftAt && ctx.trace.moments.get(s.draftAt.seq);
	const flaws: Flaw[] = [];
	if (draft && moment) {
		if (s.planted) flaws.push({ part: 'planted', text: s.planted });
		const { world, now, t } = moment;
		const lint = lintDraft(draft, { world, now, t, step: s.step, scenario: ctx.prepared.scenario });
		for (const f of lint.findings) {
			const part = FLAW_RULES[f.rule];
			if (part && f.severity === 'error' && !flaws.some((x) => x.part === part))
				flaws.push({ part, text: f.message.replace(/\.$/, '') });
		}
	}
	flawCache.set(s, flaws);
	return flaws;
}

/** Was the flawed part used? */
function used(s: StepRun, flaw: Flaw): boolean {
	const draft = s.draft!;
	const ranDraft = s.actions.some((c) =>
		sameCommand(c.record.command, draft.action.command, {
			context: c.record.context,
			namespace: c.record.namespace
		})
	);
	if (flaw.part === 'action' || flaw.part === 'planted') return ranDraft;
	if (flaw.part === 'rollback')
		return s.staged.some((a) => a.act.command.trim() === draft.rollback.command.trim());
	return (s.confirm !== undefined || s.actions.length > 0) && !s.flagStale && !s.stop;
}

export function flawedDrafts(ctx: ScoreContext): CategoryResult {
	const findings: Finding[] = [];
	let tip: string | undefined;
	let caught = 0;
	let missed = 0;
	for (const s of ctx.model.steps) {
		for (const flaw of draftFlaws(ctx, s)) {
			const refused = s.reject ?? s.stop ?? s.flagStale;
			if (used(s, flaw)) {
				missed++;
				const cmd = s.actions[0]?.record.command;
				const where = s.actions[0] ?? s.confirm ?? s.staged[0] ?? s.draftAt!;
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
