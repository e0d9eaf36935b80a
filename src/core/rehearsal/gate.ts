/**
 * The gate: `transition(state, event) → [next, effects]`, pure. Acts move the current step through
 * its phases; a `command` event the terminal ran moves a step when it is that step's drafted
 * pre-flight, action, verify or rollback (`same-command.ts`), else it is the trainee's own. The
 * next step is revealed only when the current one is decided (confirm, stop, flag stale). An act
 * the gate cannot take leaves the state as it was, with a `rejected-act` effect saying why.
 */
import type { GuardedStep } from '../drafting/schema';
import type { Effect, RehearsalState, StepPhase, StepState } from './gate-state';
import { sameCommand } from './same-command';
import type { Act, CommandRecord, RunEvent } from './schema';

export * from './gate-state';

type Result = [RehearsalState, Effect[]];

const BEFORE_DECISION: StepPhase[] = ['drafted', 'preflight-run'];
const BEFORE_ACTION: StepPhase[] = ['drafted', 'preflight-run', 'proceed', 'rollback-staged'];
const AFTER_ACTION: StepPhase[] = ['action-run', 'verify-run', 'done'];

function reject(state: RehearsalState, reason: string): Result {
	return [state, [{ kind: 'rejected-act', reason }]];
}

function withStep(state: RehearsalState, next: StepState): RehearsalState {
	return { ...state, steps: state.steps.map((s) => (s.step === next.step ? next : s)) };
}

/** The step an act names, or why the act cannot name it. */
function stepOf(state: RehearsalState, step: number): StepState | string {
	if (state.mode === 'free-play') return 'free play has no steps';
	const found = state.steps[step - 1];
	if (!found) return `step ${step} has not been revealed (the current step is ${state.current})`;
	return found;
}

/** The current step, decided: the next one is revealed, or the rehearsal is finished. */
function decide(state: RehearsalState, next: StepState): Result {
	const decided = withStep(state, next);
	if (next.step >= state.total) return [{ ...decided, finished: true }, [{ kind: 'finished' }]];
	const step = next.step + 1;
	return [
		{ ...decided, current: step, steps: [...decided.steps, { step, phase: 'awaiting-draft' }] },
		[{ kind: 'reveal', step }]
	];
}

type Decision = Extract<Act, { act: 'confirm' | 'stop' | 'flag-stale' }>;

function decision(state: RehearsalState, act: Decision): Result {
	const step = stepOf(state, act.step);
	if (typeof step === 'string') return reject(state, step);
	if (step.step !== state.current || state.finished)
		return reject(state, `step ${step.step} is already decided (${step.phase})`);
	if (act.act === 'confirm') {
		if (!BEFORE_DECISION.includes(step.phase))
			return reject(state, `step ${step.step} has no draft to confirm yet`);
		return decide(state, { ...step, phase: step.rollback ? 'rollback-staged' : 'proceed' });
	}
	if (step.phase !== 'awaiting-draft' && !BEFORE_DECISION.includes(step.phase))
		return reject(state, `step ${step.step} is already decided (${step.phase})`);
	const phase = act.act === 'stop' ? 'stopped' : 'flagged-stale';
	return decide(state, { ...step, phase, reason: act.reason });
}

function stageRollback(
	state: RehearsalState,
	act: Extract<Act, { act: 'stage-rollback' }>
): Result {
	const step = stepOf(state, act.step);
	if (typeof step === 'string') return reject(state, step);
	if (!BEFORE_ACTION.includes(step.phase))
		return reject(
			state,
			`step ${step.step} is ${step.phase}: a rollback is staged before the action`
		);
	const phase = step.phase === 'proceed' ? 'rollback-staged' : step.phase;
	return [withStep(state, { ...step, rollback: act.command, phase }), []];
}

function rejectDraft(state: RehearsalState, act: Extract<Act, { act: 'reject-draft' }>): Result {
	if (state.mode === 'compose') return reject(state, 'in compose mode the draft is your own');
	const step = stepOf(state, act.step);
	if (typeof step === 'string') return reject(state, step);
	if (!step.draft || !BEFORE_ACTION.includes(step.phase))
		return reject(
			state,
			`step ${step.step} is ${step.phase}: no draft to reject before its action`
		);
	return [withStep(state, { ...step, rejected: act.reason }), []];
}

/** A new draft for the current step: the drafter's (approve) or the trainee's (compose). */
function newDraft(state: RehearsalState, step: number, draft: GuardedStep): Result {
	const found = stepOf(state, step);
	if (typeof found === 'string') return reject(state, found);
	if (found.step !== state.current || !['awaiting-draft', ...BEFORE_DECISION].includes(found.phase))
		return reject(state, `step ${found.step} is already decided (${found.phase})`);
	if (draft.step !== step) return reject(state, `the draft is numbered ${draft.step}, not ${step}`);
	const { preflightRun: _, ...rest } = found;
	return [withStep(state, { ...rest, draft, phase: 'drafted' }), []];
}

function onAct(state: RehearsalState, act: Act): Result {
	switch (act.act) {
		case 'run':
		case 'wait':
			return [state, []];
		case 'confirm':
		case 'stop':
		case 'flag-stale':
			return decision(state, act);
		case 'stage-rollback':
			return stageRollback(state, act);
		case 'reject-draft':
			return rejectDraft(state, act);
		case 'compose':
			if (state.mode !== 'compose') return reject(state, `compose acts belong to compose mode`);
			return newDraft(state, act.step, act.draft);
	}
}

/** What a command does to one step in its phase, if it is that step's drafted command. */
function advanceStep(step: StepState, record: CommandRecord, seq: number): StepState | undefined {
	const draft = step.draft;
	if (!draft) return undefined;
	const is = (line: string | undefined) => line !== undefined && sameCommand(record, line);
	if (BEFORE_DECISION.includes(step.phase) && is(draft.preflight.command))
		return { ...step, phase: 'preflight-run', preflightRun: seq };
	if ((step.phase === 'proceed' || step.phase === 'rollback-staged') && is(draft.action.command))
		return { ...step, phase: 'action-run', actionRun: seq };
	if (!AFTER_ACTION.includes(step.phase)) return undefined;
	if (is(step.rollback) || is(draft.rollback.command))
		return { ...step, phase: 'rolled-back', rollbackRun: seq };
	if (step.phase !== 'done' && is(draft.verify.command))
		return { ...step, phase: record.exitCode === 0 ? 'done' : 'verify-run', verifyRun: seq };
	return undefined;
}

/** The current step first, then earlier ones still open (their action or verify may follow). */
function onCommand(state: RehearsalState, record: CommandRecord, seq: number): Result {
	for (let i = state.steps.length - 1; i >= 0; i--) {
		const next = advanceStep(state.steps[i], record, seq);
		if (next) return [withStep(state, next), []];
	}
	return [{ ...state, ownCommands: state.ownCommands + 1 }, []];
}

export function transition(state: RehearsalState, event: RunEvent): Result {
	switch (event.kind) {
		case 'act':
			return onAct(state, event.act);
		case 'command':
			return onCommand(state, event.record, event.seq);
		case 'draft-shown':
			if (state.mode !== 'approve') return reject(state, 'drafts are shown in approve mode only');
			return newDraft(state, event.step, event.draft);
		case 'timeline':
			return [state, []];
	}
}
