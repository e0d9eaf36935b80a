import { describe, expect, it } from 'vitest';
import { preparedScenario } from '../../../test/support/library';
import { replay } from '../rehearsal/replay';
import type { Act, RunEvent } from '../rehearsal/schema';
import { readingGap } from './approvals';
import { score } from './score';

const drain = preparedScenario('payments-pool-drain');
const PREFLIGHT = 'kubectl get deployment/payments-secondary -n payments -o wide';
/** 2026-03-09 15:04:32 UTC: when the app logged the first event. */
const W0 = 1_773_068_672_000;

/** Events as the app logs them: `wall` from `wallOf`, when it gives one. */
function inApp(acts: Act[], wallOf: (e: RunEvent) => number | undefined): RunEvent[] {
	return replay(drain, 'approve', acts).events.map((e) => {
		const wall = wallOf(e);
		return wall === undefined ? e : { ...e, wall };
	});
}

function isConfirm(e: RunEvent): boolean {
	return e.kind === 'act' && e.act.act === 'confirm';
}

function rushed(events: RunEvent[]) {
	const report = score(drain, events);
	return {
		category: report.categories.find((c) => c.id === 'rushed-approval'),
		tips: report.tips.filter((t) => t.startsWith('Read the output'))
	};
}

const NOT_RUSHED = {
	category: {
		id: 'rushed-approval',
		title: 'Rushed approvals',
		count: 0,
		points: 5,
		max: 5,
		explanation:
			'A step confirmed faster than its pre-flight output could be read. Every confirm came after time to read the pre-flight.',
		findings: []
	},
	tips: []
};

function rushedBy(took: string, at: number, t: number, seq: number) {
	return {
		category: {
			id: 'rushed-approval',
			title: 'Rushed approvals',
			count: 1,
			points: 3,
			max: 5,
			explanation:
				'A step confirmed faster than its pre-flight output could be read. 1 confirm came faster than the output could be read.',
			findings: [
				{
					at,
					t,
					seq,
					command: PREFLIGHT,
					message: `Step 1 was confirmed ${took} after \`${PREFLIGHT}\` printed its output (reading it takes at least 3 s).`
				}
			]
		},
		tips: [
			`Read the output of \`${PREFLIGHT}\` against the STOP condition before you confirm step 1: ${took} is too fast to have read it.`
		]
	};
}

describe('rushed approvals: paused clock', () => {
	/** Pause, run the pre-flight, read it, confirm: no virtual time passes. */
	const PAUSED: Act[] = [
		{ act: 'run', command: PREFLIGHT },
		{ act: 'confirm', step: 1 }
	];
	const headless = replay(drain, 'approve', PAUSED).events;
	const confirm = headless.find(isConfirm)!;

	it('is not rushed when the read took 8 s by the wall clock', () => {
		const events = inApp(PAUSED, (e) => W0 + e.seq * 100 + (e.seq >= confirm.seq ? 8000 : 0));
		expect(rushed(events)).toEqual(NOT_RUSHED);
	});

	it('is rushed when replayed headlessly: 0 s of virtual time passed', () => {
		expect(rushed(headless)).toEqual(
			rushedBy('0 s of virtual time', confirm.at, confirm.t, confirm.seq)
		);
	});

	it('falls back to virtual time when only the confirm carries wall', () => {
		const events = inApp(PAUSED, (e) => (isConfirm(e) ? W0 + 8000 : undefined));
		expect(rushed(events)).toEqual(
			rushedBy('0 s of virtual time', confirm.at, confirm.t, confirm.seq)
		);
	});
});

describe('rushed approvals: clock at 60×', () => {
	/** One wall second reading the pre-flight is a virtual minute. */
	const FAST: Act[] = [
		{ act: 'run', command: PREFLIGHT },
		{ act: 'wait', seconds: 60 },
		{ act: 'confirm', step: 1 }
	];
	const headless = replay(drain, 'approve', FAST).events;
	const confirm = headless.find(isConfirm)!;

	it('is rushed when the confirm came 1 s of wall-clock time after the output', () => {
		// Command, wait, confirm: half a second apart.
		const events = inApp(FAST, (e) => W0 + e.seq * 500);
		expect(rushed(events)).toEqual(
			rushedBy('1 s of wall-clock time', confirm.at, confirm.t, confirm.seq)
		);
	});

	it('says the wall-clock gap floored to a tenth of a second', () => {
		const events = inApp(FAST, (e) => W0 + e.seq * 1496);
		expect(rushed(events)).toEqual(
			rushedBy('2.9 s of wall-clock time', confirm.at, confirm.t, confirm.seq)
		);
	});

	it('is not rushed when replayed headlessly: a virtual minute passed', () => {
		expect(rushed(headless)).toEqual(NOT_RUSHED);
	});
});

describe('readingGap', () => {
	const read = { seq: 4, at: 1_773_483_060_000, t: 0 };
	const confirm = { seq: 6, at: 1_773_483_075_000, t: 15_000 };

	it('takes the wall-clock gap when both events carry wall', () => {
		const wall = new Map([
			[4, W0],
			[6, W0 + 2400]
		]);
		expect(readingGap(read, confirm, wall)).toEqual({ ms: 2400, clock: 'wall' });
	});

	it('takes the virtual gap when either lacks wall, or the wall clock stepped back', () => {
		const virtual = { ms: 15_000, clock: 'virtual' };
		expect(readingGap(read, confirm, new Map())).toEqual(virtual);
		expect(readingGap(read, confirm, new Map([[4, W0]]))).toEqual(virtual);
		expect(readingGap(read, confirm, new Map([[6, W0]]))).toEqual(virtual);
		const back = new Map([
			[4, W0],
			[6, W0 - 1000]
		]);
		expect(readingGap(read, confirm, back)).toEqual(virtual);
	});
});
