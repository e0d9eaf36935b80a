import { describe, expect, it } from 'vitest';
import { compose, emptyValues, valuesOf } from './compose-fields';
import { formatT } from './format-t';
import { STEP_2, paymentsScenario } from './fixtures/payments-drafts';
import { pinnedRollback } from './pinned-rollback';
import { errorRateChart } from './sli-chart';

describe('compose', () => {
	it('makes a guarded step of the four parts (stale flags are the drafter’s, not the form’s)', () => {
		expect(compose(2, valuesOf(STEP_2))).toEqual({
			ok: true,
			draft: { ...STEP_2, staleFlags: [] }
		});
	});

	it('names each empty field', () => {
		const values = { ...valuesOf(STEP_2), 'action.command': '  ', 'verify.expect': '' };
		expect(compose(2, values)).toEqual({
			ok: false,
			errors: {
				'action.command': 'Action command: this cannot be empty',
				'verify.expect': 'Verify expects: this cannot be empty'
			}
		});
	});

	it('asks for a note when there is no rollback', () => {
		expect(compose(1, { ...emptyValues('Find the bad pool'), ...onlyRollbackEmpty() })).toEqual({
			ok: false,
			errors: {
				'rollback.command':
					'Rollback command: give the undo, or say in the note why nothing undoes this step'
			}
		});
	});
});

function onlyRollbackEmpty() {
	const { 'rollback.command': _, 'rollback.note': __, ...rest } = valuesOf(STEP_2);
	return { ...rest, title: 'Find the bad pool' };
}

describe('pinnedRollback', () => {
	it('pins the newest staged rollback not yet used', () => {
		const base = {
			mode: 'approve' as const,
			total: 3,
			current: 3,
			finished: false,
			ownCommands: 0
		};
		expect(
			pinnedRollback({
				...base,
				steps: [
					{ step: 1, phase: 'done', rollback: 'kubectl scale deploy/a --replicas=2' },
					{ step: 2, phase: 'rolled-back', rollback: 'kubectl scale deploy/b --replicas=2' },
					{ step: 3, phase: 'drafted' }
				]
			})
		).toEqual({ step: 1, command: 'kubectl scale deploy/a --replicas=2' });
		expect(pinnedRollback({ ...base, steps: [{ step: 1, phase: 'drafted' }] })).toBeUndefined();
	});
});

describe('errorRateChart', () => {
	it('draws each service’s error rate in percent, with the SLO’s budget as the threshold', () => {
		const scenario = paymentsScenario();
		const sli = (errorRate: number) => ({ errorRate, latencyMs: 120, saturation: 0.4, ready: 6 });
		const chart = errorRateChart(scenario, [
			{ t: 0, slis: { payments: sli(0.186) }, holds: false },
			{ t: 15_000, slis: { payments: sli(0.0012) }, holds: true }
		]);
		expect(chart).toEqual({
			title: 'Error rate',
			unit: 'percent',
			threshold: 0.1,
			thresholdLabel: 'SLO',
			series: [
				{
					label: scenario.health.services[0].title,
					points: [
						{ t: 0, value: 18.6 },
						{ t: 15_000, value: 0.12 }
					]
				}
			]
		});
	});
});

describe('formatT', () => {
	it('writes the offset from the page', () => {
		expect([0, 252_000, -30_000, 3_725_000].map(formatT)).toEqual([
			't+0s',
			't+4m12s',
			't-30s',
			't+1h02m05s'
		]);
	});
});
