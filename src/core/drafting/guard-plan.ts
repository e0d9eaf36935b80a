/**
 * A plan (pre-flight + action) → the guarded step: the blast radius, rollback and verify derived
 * by the guard from the action and the state before it. When kubectl would refuse the action (the
 * object is gone), the step says so instead of inventing a radius, and stages no undo.
 */
import type { World } from '../cluster/types';
import { blastRadius } from '../guard/blast-radius';
import { deriveRollback } from '../guard/rollback';
import { deriveVerify } from '../guard/verify';
import type { Plan } from './from-intent';
import { CONFIRM_LINE, type GuardedStep, type StopCondition } from './schema';
import { withStopReads } from './stop-reads';

/** The blast radius of a step that only reads (the guard's own words for a read-only line). */
export const READS_ONLY = 'reads only; changes nothing';
export const NOTHING_TO_ROLL_BACK = 'nothing to roll back: this step only reads';

export interface StepFrame {
	step: number;
	title: string;
	/** Replaces the plan's own STOP condition (a scenario's ground truth). */
	stopIf?: StopCondition;
	staleFlags: GuardedStep['staleFlags'];
}

/** kubectl's one line that says why (the API server's error, when there is one). */
function firstLine(text: string): string {
	const lines = text.trim().split('\n');
	return lines.find((l) => l.startsWith('Error from server')) ?? lines[0] ?? text;
}

function actionParts(plan: Plan, preflight: string, world: World, now: number) {
	if (plan.readOnly)
		return {
			blast: READS_ONLY,
			rollback: { command: '', note: NOTHING_TO_ROLL_BACK },
			verify: {
				command: preflight,
				expect: 'the same picture as the pre-flight: this step changes nothing'
			}
		};
	if (plan.unfilled !== undefined) {
		const why = `${plan.unfilled} is not filled in: the state does not say what it should be`;
		return {
			blast: `unknown until ${why.replace(' is not filled in:', ' is filled in;')}`,
			rollback: { command: '', note: `nothing staged yet: ${why}` },
			verify: { command: preflight, expect: plan.preflight.expect }
		};
	}
	const radius = blastRadius(world, now, plan.action);
	const rollback = deriveRollback(world, now, plan.action);
	const verify = deriveVerify(world, now, plan.action);
	const refused = radius.ok ? undefined : firstLine(radius.message);
	return {
		blast: radius.ok ? radius.radius.sentence : `none: kubectl refuses it now (${refused})`,
		rollback: rollback.ok
			? rollback.rollback
			: { command: '', note: `nothing to roll back: ${firstLine(rollback.message)}` },
		verify: verify.ok
			? { command: verify.command, expect: verify.expect }
			: { command: preflight, expect: plan.preflight.expect }
	};
}

export function guardPlan(plan: Plan, world: World, now: number, frame: StepFrame): GuardedStep {
	const stopIf = frame.stopIf ?? plan.preflight.stop;
	const preflight = withStopReads(
		plan.preflight.command,
		plan.preflight.reads ?? {},
		stopIf.when,
		world
	);
	const { blast, rollback, verify } = actionParts(plan, preflight, world, now);
	return {
		step: frame.step,
		title: frame.title,
		preflight: {
			command: preflight,
			expect: plan.preflight.expect,
			stopIf
		},
		action: { command: plan.action, blastRadius: blast },
		verify,
		rollback: rollback.note !== undefined ? rollback : { command: rollback.command },
		staleFlags: frame.staleFlags,
		confirm: CONFIRM_LINE
	};
}
