import { describe, expect, it } from 'vitest';
import {
	initialState,
	startEffects,
	transition,
	visibleDraft,
	type Effect,
	type RehearsalState
} from './gate';
import { act, DRAFT_1, DRAFT_2, DRAFT_3, ran, SCENARIO, shown } from './gate.test-util';
import type { Mode, RunEvent } from './schema';

/** Every event through the gate in order: the last state and each event's effects. */
function fold(mode: Mode, events: RunEvent[]): { state: RehearsalState; effects: Effect[][] } {
	let state = initialState(SCENARIO, mode);
	const effects: Effect[][] = [];
	for (const event of events) {
		const [next, out] = transition(state, event);
		state = next;
		effects.push(out);
	}
	return { state, effects };
}

/** Approve mode with step 1 drafted. */
const APPROVED_1 = fold('approve', [shown(0, DRAFT_1)]).state;

const PRE_1 = 'kubectl get deploy/payments-secondary -n payments -o wide';
const ACTION_1 = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';
const VERIFY_1 = 'kubectl rollout status deployment/payments-secondary -n payments --timeout=2m';
const ROLLBACK_1 = 'kubectl scale deployment/payments-secondary -n payments --replicas=2';

describe('initialState and startEffects', () => {
	it('approve reveals step 1, which waits for its draft', () => {
		const state = initialState(SCENARIO, 'approve');
		expect(state).toEqual({
			mode: 'approve',
			total: 3,
			current: 1,
			steps: [{ step: 1, phase: 'awaiting-draft' }],
			finished: false,
			ownCommands: 0
		});
		expect(startEffects(state)).toEqual([{ kind: 'reveal', step: 1 }]);
		expect(visibleDraft(state)).toBeUndefined();
	});

	it('compose reveals step 1 for the trainee to write', () => {
		const state = initialState(SCENARIO, 'compose');
		expect(state.steps).toEqual([{ step: 1, phase: 'awaiting-draft' }]);
		expect(startEffects(state)).toEqual([{ kind: 'reveal', step: 1 }]);
	});

	it('free play has no steps and nothing to reveal', () => {
		const state = initialState(SCENARIO, 'free-play');
		expect(state).toEqual({
			mode: 'free-play',
			total: 0,
			current: 0,
			steps: [],
			finished: false,
			ownCommands: 0
		});
		expect(startEffects(state)).toEqual([]);
	});

	it('an empty runbook is finished at once outside free play', () => {
		const empty = { ...SCENARIO, runbook: { ...SCENARIO.runbook, steps: [] } };
		const state = initialState(empty, 'approve');
		expect(state.finished).toBe(true);
		expect(startEffects(state)).toEqual([{ kind: 'finished' }]);
	});
});

describe('transition: the careful path through one step', () => {
	it('drafted → preflight-run → proceed (step 2 revealed) → rollback-staged → action-run → done', () => {
		const { state, effects } = fold('approve', [
			shown(0, DRAFT_1),
			act(1, { act: 'run', command: PRE_1 }),
			ran(2, PRE_1),
			act(3, { act: 'confirm', step: 1 }),
			shown(4, DRAFT_2),
			act(5, { act: 'stage-rollback', step: 1, command: ROLLBACK_1 }),
			ran(6, ACTION_1),
			ran(7, VERIFY_1)
		]);
		expect(effects).toEqual([[], [], [], [{ kind: 'reveal', step: 2 }], [], [], [], []]);
		expect(state).toEqual({
			mode: 'approve',
			total: 3,
			current: 2,
			steps: [
				{
					step: 1,
					phase: 'done',
					draft: DRAFT_1,
					preflightRun: 2,
					rollback: ROLLBACK_1,
					actionRun: 6,
					verifyRun: 7
				},
				{ step: 2, phase: 'drafted', draft: DRAFT_2 }
			],
			finished: false,
			ownCommands: 0
		});
	});

	it('each phase in turn, one event at a time', () => {
		const phases: string[] = [];
		let state = initialState(SCENARIO, 'approve');
		for (const event of [
			shown(0, DRAFT_1),
			ran(1, PRE_1),
			act(2, { act: 'confirm', step: 1 }),
			act(3, { act: 'stage-rollback', step: 1, command: ROLLBACK_1 }),
			ran(4, ACTION_1),
			ran(5, VERIFY_1, 1),
			ran(6, VERIFY_1),
			ran(7, ROLLBACK_1)
		]) {
			state = transition(state, event)[0];
			phases.push(state.steps[0].phase);
		}
		expect(phases).toEqual([
			'drafted',
			'preflight-run',
			'proceed',
			'rollback-staged',
			'action-run',
			'verify-run',
			'done',
			'rolled-back'
		]);
	});

	it('matches the draft however it is spelled: k, flag order, deployment for deploy, -n', () => {
		const { state } = fold('approve', [
			shown(0, DRAFT_1),
			ran(1, 'k -n payments get deployment payments-secondary -o wide'),
			act(2, { act: 'confirm', step: 1 }),
			ran(3, 'kubectl --namespace=payments scale --replicas=6 deployments.apps/payments-secondary')
		]);
		expect(state.steps[0]).toEqual({
			step: 1,
			phase: 'action-run',
			draft: DRAFT_1,
			preflightRun: 1,
			actionRun: 3
		});
		expect(state.ownCommands).toBe(0);
	});

	it('counts a command that is no drafted command as the trainee’s own', () => {
		const [state] = transition(
			APPROVED_1,
			ran(1, 'kubectl scale deploy/payments-secondary -n payments --replicas=8')
		);
		expect(state).toEqual({ ...APPROVED_1, ownCommands: 1 });
	});

	it('an action run before the confirm is the trainee’s own: no step approved it', () => {
		const [state] = transition(APPROVED_1, ran(1, ACTION_1));
		expect(state).toEqual({ ...APPROVED_1, ownCommands: 1 });
	});

	it('a rollback staged before the confirm makes the confirm go straight to rollback-staged', () => {
		const { state } = fold('approve', [
			shown(0, DRAFT_1),
			act(1, { act: 'stage-rollback', step: 1, command: ROLLBACK_1 }),
			act(2, { act: 'confirm', step: 1 })
		]);
		expect(state.steps[0]).toEqual({
			step: 1,
			phase: 'rollback-staged',
			draft: DRAFT_1,
			rollback: ROLLBACK_1
		});
	});

	it('an action with no rollback staged still runs (the score counts it)', () => {
		const { state } = fold('approve', [
			shown(0, DRAFT_1),
			act(1, { act: 'confirm', step: 1 }),
			ran(2, ACTION_1)
		]);
		expect(state.steps[0]).toEqual({ step: 1, phase: 'action-run', draft: DRAFT_1, actionRun: 2 });
	});

	it('the staged rollback rolls back, even when it is not the draft’s', () => {
		const staged = 'kubectl rollout undo deployment/payments-secondary -n payments';
		const { state } = fold('approve', [
			shown(0, DRAFT_1),
			act(1, { act: 'confirm', step: 1 }),
			act(2, { act: 'stage-rollback', step: 1, command: staged }),
			ran(3, ACTION_1),
			ran(4, staged)
		]);
		expect(state.steps[0]).toEqual({
			step: 1,
			phase: 'rolled-back',
			draft: DRAFT_1,
			rollback: staged,
			actionRun: 3,
			rollbackRun: 4
		});
	});

	it('an earlier step’s action and verify still count after the next step is revealed', () => {
		const { state } = fold('approve', [
			shown(0, DRAFT_1),
			act(1, { act: 'confirm', step: 1 }),
			shown(2, DRAFT_2),
			ran(3, 'kubectl get deploy/payments-primary -n payments -o wide'),
			ran(4, ACTION_1),
			ran(5, VERIFY_1)
		]);
		expect(state.steps.map((s) => [s.step, s.phase])).toEqual([
			[1, 'done'],
			[2, 'preflight-run']
		]);
	});
});

describe('transition: decisions', () => {
	it('stop and flag stale decide the step with the reason and reveal the next', () => {
		const { state, effects } = fold('approve', [
			shown(0, DRAFT_1),
			act(1, { act: 'stop', step: 1, reason: 'payments-secondary is 0/2 Ready' }),
			shown(2, DRAFT_2),
			act(3, { act: 'flag-stale', step: 2, reason: 'payments-primary is already at 0' })
		]);
		expect(effects).toEqual([[], [{ kind: 'reveal', step: 2 }], [], [{ kind: 'reveal', step: 3 }]]);
		expect(state.steps).toEqual([
			{ step: 1, phase: 'stopped', draft: DRAFT_1, reason: 'payments-secondary is 0/2 Ready' },
			{
				step: 2,
				phase: 'flagged-stale',
				draft: DRAFT_2,
				reason: 'payments-primary is already at 0'
			},
			{ step: 3, phase: 'awaiting-draft' }
		]);
		expect(state.current).toBe(3);
	});

	it('deciding the last step finishes the rehearsal', () => {
		const { state, effects } = fold('approve', [
			shown(0, DRAFT_1),
			act(1, { act: 'confirm', step: 1 }),
			shown(2, DRAFT_2),
			act(3, { act: 'confirm', step: 2 }),
			shown(4, DRAFT_3),
			act(5, { act: 'confirm', step: 3 })
		]);
		expect(effects[5]).toEqual([{ kind: 'finished' }]);
		expect(state.finished).toBe(true);
		expect(state.current).toBe(3);
		expect(visibleDraft(state)).toEqual(DRAFT_3);
	});

	it('reject-draft keeps the step where it was, with the reason', () => {
		const [state, effects] = transition(
			APPROVED_1,
			act(1, { act: 'reject-draft', step: 1, reason: 'the rollback does not undo the scale' })
		);
		expect(effects).toEqual([]);
		expect(state.steps).toEqual([
			{
				step: 1,
				phase: 'drafted',
				draft: DRAFT_1,
				rejected: 'the rollback does not undo the scale'
			}
		]);
	});
});

describe('the gate cannot be read around', () => {
	it('step 2’s draft is nowhere in the state before confirm 1, and visible after', () => {
		const before = fold('approve', [shown(0, DRAFT_1), ran(1, PRE_1)]).state;
		expect(JSON.stringify(before)).not.toContain('payments-primary');
		expect(before.steps).toHaveLength(1);
		expect(visibleDraft(before)).toEqual(DRAFT_1);
		const after = fold('approve', [
			shown(0, DRAFT_1),
			act(1, { act: 'confirm', step: 1 }),
			shown(2, DRAFT_2)
		]).state;
		expect(visibleDraft(after)).toEqual(DRAFT_2);
	});

	it('a draft for a step not yet revealed is refused', () => {
		const [state, effects] = transition(APPROVED_1, shown(1, DRAFT_2));
		expect(state).toBe(APPROVED_1);
		expect(effects).toEqual([
			{ kind: 'rejected-act', reason: 'step 2 has not been revealed (the current step is 1)' }
		]);
	});
});

describe('illegal acts leave the state as it was', () => {
	const confirmed = fold('approve', [
		shown(0, DRAFT_1),
		act(1, { act: 'confirm', step: 1 }),
		shown(2, DRAFT_2)
	]).state;
	const acted = fold('approve', [
		shown(0, DRAFT_1),
		act(1, { act: 'confirm', step: 1 }),
		ran(2, ACTION_1)
	]).state;
	const finished = fold('approve', [
		shown(0, DRAFT_1),
		act(1, { act: 'confirm', step: 1 }),
		shown(2, DRAFT_2),
		act(3, { act: 'stop', step: 2, reason: 'no' }),
		shown(4, DRAFT_3),
		act(5, { act: 'confirm', step: 3 })
	]).state;
	const cases: [string, RehearsalState, RunEvent, string][] = [
		[
			'confirm a step not revealed',
			APPROVED_1,
			act(1, { act: 'confirm', step: 2 }),
			'step 2 has not been revealed (the current step is 1)'
		],
		[
			'confirm before the draft arrives',
			initialState(SCENARIO, 'approve'),
			act(0, { act: 'confirm', step: 1 }),
			'step 1 has no draft to confirm yet'
		],
		[
			'confirm a step twice',
			confirmed,
			act(3, { act: 'confirm', step: 1 }),
			'step 1 is already decided (proceed)'
		],
		[
			'stop a confirmed step',
			confirmed,
			act(3, { act: 'stop', step: 1, reason: 'late' }),
			'step 1 is already decided (proceed)'
		],
		[
			'decide after the last step',
			finished,
			act(6, { act: 'flag-stale', step: 3, reason: 'late' }),
			'step 3 is already decided (proceed)'
		],
		[
			'stage a rollback after the action',
			acted,
			act(3, { act: 'stage-rollback', step: 1, command: ROLLBACK_1 }),
			'step 1 is action-run: a rollback is staged before the action'
		],
		[
			'reject a draft after its action ran',
			acted,
			act(3, { act: 'reject-draft', step: 1, reason: 'wrong' }),
			'step 1 is action-run: no draft to reject before its action'
		],
		[
			'compose in approve mode',
			APPROVED_1,
			act(1, { act: 'compose', step: 1, draft: DRAFT_1 }),
			'compose acts belong to compose mode'
		],
		[
			'a step act in free play',
			initialState(SCENARIO, 'free-play'),
			act(0, { act: 'stage-rollback', step: 1, command: ROLLBACK_1 }),
			'free play has no steps'
		],
		[
			'a draft shown in free play',
			initialState(SCENARIO, 'free-play'),
			shown(0, DRAFT_1),
			'drafts are shown in approve mode only'
		],
		[
			'a draft shown twice after the decision',
			confirmed,
			shown(3, DRAFT_1),
			'step 1 is already decided (proceed)'
		],
		[
			'reject a draft in compose mode',
			fold('compose', [act(0, { act: 'compose', step: 1, draft: DRAFT_1 })]).state,
			act(1, { act: 'reject-draft', step: 1, reason: 'mine' }),
			'in compose mode the draft is your own'
		],
		[
			'compose a draft numbered for another step',
			initialState(SCENARIO, 'compose'),
			act(0, { act: 'compose', step: 1, draft: DRAFT_2 }),
			'the draft is numbered 2, not 1'
		]
	];
	it.each(cases)('%s', (_name, state, event, reason) => {
		const [next, effects] = transition(state, event);
		expect(next).toBe(state);
		expect(effects).toEqual([{ kind: 'rejected-act', reason }]);
	});
});

describe('compose and free play', () => {
	it('compose takes the trainee’s draft; composing again before the decision replaces it', () => {
		const { state } = fold('compose', [
			act(0, { act: 'compose', step: 1, draft: DRAFT_1 }),
			ran(1, PRE_1),
			act(2, { act: 'compose', step: 1, draft: { ...DRAFT_1, title: 'Scale it up' } })
		]);
		expect(state.steps).toEqual([
			{ step: 1, phase: 'drafted', draft: { ...DRAFT_1, title: 'Scale it up' } }
		]);
	});

	it('compose mode moves the step with the trainee’s own commands', () => {
		const { state, effects } = fold('compose', [
			act(0, { act: 'compose', step: 1, draft: DRAFT_1 }),
			ran(1, PRE_1),
			act(2, { act: 'confirm', step: 1 }),
			ran(3, ACTION_1)
		]);
		expect(effects[2]).toEqual([{ kind: 'reveal', step: 2 }]);
		expect(state.steps).toEqual([
			{ step: 1, phase: 'action-run', draft: DRAFT_1, preflightRun: 1, actionRun: 3 },
			{ step: 2, phase: 'awaiting-draft' }
		]);
	});

	it('compose mode may stop a step without writing it', () => {
		const [state, effects] = transition(
			initialState(SCENARIO, 'compose'),
			act(0, { act: 'stop', step: 1, reason: 'the secondary pool is gone' })
		);
		expect(effects).toEqual([{ kind: 'reveal', step: 2 }]);
		expect(state.steps[0]).toEqual({
			step: 1,
			phase: 'stopped',
			reason: 'the secondary pool is gone'
		});
	});

	it('free play counts every command as the trainee’s own and never finishes by itself', () => {
		const { state, effects } = fold('free-play', [
			act(0, { act: 'run', command: PRE_1 }),
			ran(1, PRE_1),
			act(2, { act: 'wait', seconds: 30 }),
			ran(3, ACTION_1)
		]);
		expect(effects).toEqual([[], [], [], []]);
		expect(state).toEqual({ ...initialState(SCENARIO, 'free-play'), ownCommands: 2 });
	});

	it('timeline events change nothing', () => {
		const event: RunEvent = {
			seq: 1,
			at: 0,
			t: 0,
			kind: 'timeline',
			index: 0,
			by: 'another engineer',
			note: 'Scaled payments-primary to 0.'
		};
		const [state, effects] = transition(APPROVED_1, event);
		expect(state).toBe(APPROVED_1);
		expect(effects).toEqual([]);
	});
});
