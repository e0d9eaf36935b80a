import { describe, expect, it } from 'vitest';
import type { RehearsalState, StepPhase, StepState } from '../../../core/rehearsal/gate-state';
import type { Mode } from '../../../core/rehearsal/schema';
import {
	DECISIONS,
	decisionForKey,
	rollbackTargets,
	targetStep,
	type DecisionKind
} from './decisions';
import { STEP_1, STEP_2 } from './fixtures/payments-drafts';

function gate(mode: Mode, steps: StepState[], finished = false): RehearsalState {
	return { mode, total: 4, current: steps.length, steps, finished, ownCommands: 0 };
}

/** Which decisions would act on which step. */
function enabled(state: RehearsalState): Partial<Record<DecisionKind, number>> {
	const out: Partial<Record<DecisionKind, number>> = {};
	for (const d of DECISIONS) {
		const step = targetStep(d.kind, state);
		if (step) out[d.kind] = step.step;
	}
	return out;
}

const step1 = (phase: StepPhase): StepState => ({ step: 1, phase, draft: STEP_1 });
const undoable = {
	...STEP_1,
	rollback: { command: 'kubectl scale deploy/payments-primary -n payments --replicas=4' }
};

describe('targetStep', () => {
	it.each<[StepPhase, Partial<Record<DecisionKind, number>>]>([
		['awaiting-draft', { stop: 1, 'flag-stale': 1 }],
		['drafted', { confirm: 1, stop: 1, 'flag-stale': 1, 'reject-draft': 1 }],
		['preflight-run', { confirm: 1, stop: 1, 'flag-stale': 1, 'reject-draft': 1 }]
	])('approve, the current step (it only reads) %s: %j', (phase, expected) => {
		const step = phase === 'awaiting-draft' ? { step: 1, phase } : step1(phase);
		expect(enabled(gate('approve', [step]))).toEqual(expected);
	});

	it('stages the current step’s rollback when its draft has one', () => {
		expect(enabled(gate('approve', [{ step: 1, phase: 'drafted', draft: undoable }]))).toEqual({
			confirm: 1,
			stop: 1,
			'flag-stale': 1,
			'stage-rollback': 1,
			'reject-draft': 1
		});
	});

	it('after a confirm, stages the rollback of the confirmed step, and decides the next', () => {
		const state = gate('approve', [
			{ step: 1, phase: 'proceed', draft: undoable },
			{ step: 2, phase: 'drafted', draft: STEP_2 }
		]);
		expect(enabled(state)).toEqual({
			confirm: 2,
			stop: 2,
			'flag-stale': 2,
			'stage-rollback': 1,
			'reject-draft': 1
		});
	});

	it('passes over a confirmed step that only reads: the next step’s rollback is staged', () => {
		const state = gate('approve', [step1('proceed'), { step: 2, phase: 'drafted', draft: STEP_2 }]);
		expect(enabled(state)).toEqual({
			confirm: 2,
			stop: 2,
			'flag-stale': 2,
			'stage-rollback': 2,
			'reject-draft': 2
		});
	});

	it('once an action ran, neither stages nor rejects it', () => {
		const state = gate('approve', [step1('action-run'), { step: 2, phase: 'awaiting-draft' }]);
		expect(enabled(state)).toEqual({ stop: 2, 'flag-stale': 2 });
	});

	it('after the last decision, only the open step’s rollback is left', () => {
		const state = gate('approve', [{ step: 1, phase: 'rollback-staged', draft: undoable }], true);
		expect(enabled(state)).toEqual({ 'stage-rollback': 1, 'reject-draft': 1 });
	});

	it('compose mode has no draft to reject; free play has no decisions', () => {
		expect(enabled(gate('compose', [{ step: 1, phase: 'drafted', draft: undoable }]))).toEqual({
			confirm: 1,
			stop: 1,
			'flag-stale': 1,
			'stage-rollback': 1
		});
		expect(enabled({ ...gate('free-play', []), current: 0, total: 0 })).toEqual({});
	});
});

describe('rollbackTargets', () => {
	const staged = (step: number, phase: StepPhase): StepState => ({
		step,
		phase,
		draft: { ...undoable, step }
	});

	it('lists a confirmed step waiting for its action, then the current, then the rest', () => {
		const state = {
			...gate('approve', [
				staged(1, 'rollback-staged'),
				staged(2, 'proceed'),
				{ step: 3, phase: 'drafted', draft: { ...STEP_1, step: 3 } },
				staged(4, 'preflight-run')
			]),
			current: 4
		};
		// Step 3's draft (step 1's fixture) only reads: nothing to stage.
		expect(rollbackTargets(state).map((s) => s.step)).toEqual([2, 4, 1]);
	});

	it('is empty once every action ran or no draft can be undone', () => {
		const readOnly = { step: 2, phase: 'drafted' as const, draft: { ...STEP_1, step: 2 } };
		expect(rollbackTargets(gate('approve', [staged(1, 'action-run'), readOnly]))).toEqual([]);
	});
});

describe('decisionForKey', () => {
	const key = (code: string, mods: Partial<KeyboardEvent> = {}) =>
		decisionForKey({ altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, code, ...mods })
			?.kind;

	it('reads Alt+Shift+C/S/F/R/X by physical key', () => {
		expect(['KeyC', 'KeyS', 'KeyF', 'KeyR', 'KeyX', 'KeyQ'].map((c) => key(c))).toEqual([
			'confirm',
			'stop',
			'flag-stale',
			'stage-rollback',
			'reject-draft',
			undefined
		]);
	});

	it('leaves the shell’s keys alone: Alt+C, Ctrl+Shift+C, Alt+Shift+Cmd+C', () => {
		expect(key('KeyC', { shiftKey: false })).toBeUndefined();
		expect(key('KeyC', { altKey: false, ctrlKey: true })).toBeUndefined();
		expect(key('KeyC', { metaKey: true })).toBeUndefined();
	});
});
