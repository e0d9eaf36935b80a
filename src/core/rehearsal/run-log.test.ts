import { describe, expect, it } from 'vitest';
import { initialState } from './gate';
import { act, DRAFT_1, DRAFT_2, ran, SCENARIO, shown } from './gate.test-util';
import { RunLog } from './run-log';

const T0 = 1_773_483_060_000;
const PRE_1 = 'kubectl get deploy/payments-secondary -n payments -o wide';

describe('RunLog.add', () => {
	it('numbers and times each event from t0, and moves the gate', () => {
		const log = new RunLog(T0, initialState(SCENARIO, 'approve'));
		const first = log.add(T0, { kind: 'draft-shown', step: 1, draft: DRAFT_1, planted: 'x' });
		expect(first).toEqual({
			event: { seq: 0, at: T0, t: 0, kind: 'draft-shown', step: 1, draft: DRAFT_1, planted: 'x' },
			effects: []
		});
		const confirm = log.add(T0 + 4000, { kind: 'act', act: { act: 'confirm', step: 1 }, wall: 7 });
		expect(confirm).toEqual({
			event: {
				seq: 1,
				at: T0 + 4000,
				t: 4000,
				kind: 'act',
				act: { act: 'confirm', step: 1 },
				wall: 7
			},
			effects: [{ kind: 'reveal', step: 2 }]
		});
		expect(log.size).toBe(2);
		expect(log.events.map((e) => e.seq)).toEqual([0, 1]);
		expect(log.state).toEqual({
			mode: 'approve',
			total: 3,
			current: 2,
			steps: [
				{ step: 1, phase: 'proceed', draft: DRAFT_1 },
				{ step: 2, phase: 'awaiting-draft' }
			],
			finished: false,
			ownCommands: 0
		});
	});

	it('logs an act the gate refuses, with the refusal as its effect and the state unchanged', () => {
		const log = new RunLog(T0, initialState(SCENARIO, 'approve'));
		const before = log.state;
		const added = log.add(T0, { kind: 'act', act: { act: 'confirm', step: 2 } });
		expect(added.effects).toEqual([
			{ kind: 'rejected-act', reason: 'step 2 has not been revealed (the current step is 1)' }
		]);
		expect(log.state).toBe(before);
		expect(log.size).toBe(1);
	});
});

describe('RunLog.fold', () => {
	it('gives the state the events reached one by one', () => {
		const events = [
			shown(0, DRAFT_1),
			act(1, { act: 'run', command: PRE_1 }),
			ran(2, PRE_1),
			act(3, { act: 'confirm', step: 1 }),
			shown(4, DRAFT_2)
		];
		const live = new RunLog(T0, initialState(SCENARIO, 'approve'));
		for (const { seq: _, at, t: __, ...body } of events) live.add(at, body);
		const folded = RunLog.fold(SCENARIO, 'approve', T0, events);
		expect(folded.ok && folded.log.state).toEqual(live.state);
		expect(folded.ok && folded.log.events).toEqual(events);
		expect(live.events).toEqual(events);
	});

	it('refuses a log with a gap', () => {
		expect(RunLog.fold(SCENARIO, 'approve', T0, [shown(0, DRAFT_1), ran(2, PRE_1)])).toEqual({
			ok: false,
			message: 'event 1 is missing (found seq 2)'
		});
	});
});
