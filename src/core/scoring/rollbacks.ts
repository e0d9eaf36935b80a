/**
 * A rollback staged before every action: a `stage-rollback` act for the step (in free play, since
 * the previous change) before the change runs — and, where the ground truth lists the commands
 * that undo the step, one of them (or the draft's, when it is among them).
 */
import type { World } from '../cluster/types';
import { deriveRollback } from '../guard/rollback';
import { oneOf } from './command-key';
import { draftFlaws } from './drafts';
import { WorldMemo } from './memo';
import { defaultsOf, type CommandAt, type RunModel } from './run';
import {
	costly,
	findingAt,
	maxOf,
	plural,
	pointsLeft,
	type CategoryResult,
	type ScoreContext
} from './rubric-kit';
import type { Finding } from './types';

const COST = 5;

/** Rollbacks staged for the change: the step's, else any since the previous change. */
function stagedFor(model: RunModel, c: CommandAt): string[] {
	const step = c.step ?? c.current;
	if (step !== undefined) {
		const s = model.steps[step - 1];
		return s.staged.filter((a) => a.seq < c.seq).map((a) => a.act.command);
	}
	const previous = model.commands.filter((p) => p.seq < c.seq && p.record.mutating).pop();
	return model.events
		.filter((e) => e.kind === 'act' && e.act.act === 'stage-rollback')
		.filter((e) => e.seq < c.seq && e.seq > (previous?.seq ?? -1))
		.map((e) => (e.kind === 'act' && e.act.act === 'stage-rollback' ? e.act.command : ''));
}

const derived = new WorldMemo<string | undefined>();

/**
 * The rollback the guard derives for a change at a moment of the run (memoised on the moment's
 * world: the tracer derives it as the change is logged, analyse.ts).
 */
export function derivedRollback(world: World, now: number, command: string): string | undefined {
	return derived.get(world, `${now}|${command}`, () => {
		const r = deriveRollback(world, now, command);
		return r.ok && r.rollback.command ? r.rollback.command : undefined;
	});
}

/** Beyond the truth's list: the draft's rollback when the linter finds no fault in it, and the derived one. */
function goodRollbacks(ctx: ScoreContext, c: CommandAt): string[] {
	const s = c.step !== undefined ? ctx.model.steps[c.step - 1] : undefined;
	const out: string[] = [];
	const drafted = s?.draft?.rollback.command;
	if (s && drafted && !draftFlaws(ctx, s).some((f) => f.part === 'rollback')) out.push(drafted);
	const moment = ctx.trace.moments.get(c.seq);
	const undo = moment && derivedRollback(moment.world, moment.now, c.record.command);
	if (undo) out.push(undo);
	return out;
}

export function missingRollbacks(ctx: ScoreContext): CategoryResult {
	const { model } = ctx;
	const findings: Finding[] = [];
	let tip: string | undefined;
	for (const c of model.commands) {
		if (!c.record.mutating || c.role === 'rollback') continue;
		const staged = stagedFor(model, c);
		const truth = c.step !== undefined ? model.steps[c.step - 1].step.truth.rollbacks : [];
		const cmd = c.record.command;
		if (staged.length === 0) {
			findings.push(findingAt(c, `\`${cmd}\` ran with no rollback staged.`, cmd));
			const undo = truth[0];
			tip ??= `Stage the rollback before \`${cmd}\`${undo ? ` (here \`${undo}\`)` : ''}, so the undo is one paste away if the action goes wrong.`;
			continue;
		}
		const d = defaultsOf(c.record);
		const undoes = [...truth, ...goodRollbacks(ctx, c)];
		if (truth.length === 0 || staged.some((s) => oneOf(s, undoes, d))) continue;
		const last = staged[staged.length - 1];
		findings.push(
			findingAt(
				c,
				`\`${cmd}\` ran with \`${last}\` staged, which does not undo it (\`${truth[0]}\` does).`,
				cmd
			)
		);
		tip ??= `Check that the staged rollback undoes the action: \`${last}\` would not undo \`${cmd}\`; \`${truth[0]}\` would.`;
	}
	const n = costly(findings);
	return {
		findings,
		points: pointsLeft(maxOf('missing-rollback'), COST, n),
		summary:
			n === 0
				? 'Every action had a rollback that undoes it staged first.'
				: `${plural(n, 'action')} ran without a working rollback staged.`,
		...(tip && { tip })
	};
}
