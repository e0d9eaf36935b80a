/**
 * The gate's state: where each revealed step of the runbook stands, and what the host must do
 * next (effects). A step that has not been revealed has no state at all — its draft cannot be read
 * around the gate because it does not exist yet.
 */
import type { GuardedStep } from '../drafting/schema';
import type { Scenario } from '../scenario/schema';
import type { Mode } from './schema';

/**
 * drafted → preflight-run → proceed | stopped | flagged-stale → rollback-staged → action-run →
 * verify-run (the verify ran and failed) → done, or rolled-back. `awaiting-draft` (an addition to
 * the contract) is a revealed step whose draft has not arrived: the drafter's `draft-shown` in
 * approve mode, the trainee's `compose` act in compose mode.
 */
export type StepPhase =
	| 'awaiting-draft'
	| 'drafted'
	| 'preflight-run'
	| 'proceed'
	| 'stopped'
	| 'flagged-stale'
	| 'rollback-staged'
	| 'action-run'
	| 'verify-run'
	| 'done'
	| 'rolled-back';

export interface StepState {
	/** 1-based, as the runbook numbers its steps. */
	step: number;
	phase: StepPhase;
	draft?: GuardedStep;
	/** The rollback command staged before the action. */
	rollback?: string;
	/** Seq of the last run of the draft's pre-flight before the decision. */
	preflightRun?: number;
	actionRun?: number;
	verifyRun?: number;
	/** Seq of the rollback's run (phase `rolled-back`). */
	rollbackRun?: number;
	/** Why the trainee rejected the draft (approve mode); the step goes on. */
	rejected?: string;
	/** Why the trainee stopped or flagged the step stale. */
	reason?: string;
}

export interface RehearsalState {
	mode: Mode;
	/** Runbook steps in this rehearsal (0 in free play). */
	total: number;
	/** 1-based step shown (0 in free play, and when the runbook is empty). */
	current: number;
	/** The revealed steps, step 1 first; never one past `current`. */
	steps: StepState[];
	/** Every step is decided (confirmed, stopped or flagged stale): nothing more to reveal. */
	finished: boolean;
	/** Commands that matched no drafted command (free play: every command). */
	ownCommands: number;
}

/** Effects the host performs: reveal (draft) the next step, or end; commands come only from acts. */
export type Effect =
	| { kind: 'reveal'; step: number }
	| { kind: 'finished' }
	| { kind: 'rejected-act'; reason: string };

/** Before anything happens. Call `startEffects` for what the host does first. */
export function initialState(scenario: Scenario, mode: Mode): RehearsalState {
	const total = mode === 'free-play' ? 0 : scenario.runbook.steps.length;
	return {
		mode,
		total,
		current: total > 0 ? 1 : 0,
		steps: total > 0 ? [{ step: 1, phase: 'awaiting-draft' }] : [],
		finished: mode !== 'free-play' && total === 0,
		ownCommands: 0
	};
}

/** What the host does at the start: approve and compose reveal step 1 (approve drafts it). */
export function startEffects(state: RehearsalState): Effect[] {
	if (state.mode === 'free-play') return [];
	if (state.total === 0) return [{ kind: 'finished' }];
	return [{ kind: 'reveal', step: 1 }];
}

/** What the page may show: the current step's draft once it is revealed; never a later step's. */
export function visibleDraft(state: RehearsalState): GuardedStep | undefined {
	return state.steps[state.current - 1]?.draft;
}
