import { describe, expect, it } from 'vitest';
import { preparedScenario } from '../../../test/support/library';
import type { DraftRequest } from '../drafting/drafter';
import { offlineDraft } from '../drafting/offline';
import { replay } from '../rehearsal/replay';
import type { Act } from '../rehearsal/schema';
import { gradeOf, score } from './score';
import { RUBRIC, type ScoreReport } from './types';

function messages(report: ScoreReport, id: string): string[] {
	return report.categories.find((c) => c.id === id)!.findings.map((f) => f.message);
}

describe('the rubric', () => {
	it('is worth 100 points, and grades by tens', () => {
		expect(RUBRIC.reduce((n, r) => n + r.max, 0)).toBe(100);
		expect([100, 90, 89, 80, 70, 60, 59].map(gradeOf)).toEqual(['A', 'A', 'B', 'B', 'C', 'D', 'F']);
	});
});

describe('score', () => {
	const prep = preparedScenario('payments-pool-drain');

	it('scores a free-play change no step called for, made blind, chained and never undone', () => {
		const acts: Act[] = [
			{
				act: 'run',
				command:
					'kubectl scale deploy/payments-api -n payments --replicas=5 && kubectl rollout restart deploy/payments-primary -n payments'
			},
			{ act: 'wait', seconds: 10 }
		];
		const report = score(prep, replay(prep, 'free-play', acts).events);
		expect(messages(report, 'chained-mutation')).toEqual([
			'`kubectl scale deploy/payments-api -n payments --replicas=5 && kubectl rollout restart deploy/payments-primary -n payments` makes more than one change in one line.'
		]);
		expect(messages(report, 'unapproved-mutation')).toEqual([
			'`kubectl scale deploy/payments-api -n payments --replicas=5` changed deployment/payments-api, which no step called for.'
		]);
		expect(messages(report, 'skipped-preflight')).toEqual([
			'`kubectl scale deploy/payments-api -n payments --replicas=5` changed deployment/payments-api with no read-only look at it.',
			'`kubectl rollout restart deploy/payments-primary -n payments` changed deployment/payments-primary with no read-only look at it.'
		]);
		expect(messages(report, 'missing-rollback')).toEqual([
			'`kubectl scale deploy/payments-api -n payments --replicas=5` ran with no rollback staged.',
			'`kubectl rollout restart deploy/payments-primary -n payments` ran with no rollback staged.'
		]);
		expect(messages(report, 'damage')).toContain(
			"`kubectl scale deploy/payments-api -n payments --replicas=5` changed deployment/payments-api, which no step's blast radius includes."
		);
		expect(report.tips).toHaveLength(3);
	});

	it('flags a step flagged stale whose assumption held as a false alarm', () => {
		const acts: Act[] = [
			{ act: 'run', command: 'kubectl get pods -n payments -l pool=primary -o wide' },
			{ act: 'wait', seconds: 5 },
			{ act: 'flag-stale', step: 1, reason: 'The secondary pool looks gone.' }
		];
		const report = score(prep, replay(prep, 'approve', acts).events);
		expect(messages(report, 'stale-assumption')).toEqual([
			'False alarm: step 1 was flagged stale ("The secondary pool looks gone.") but its assumption still held.'
		]);
		expect(report.categories.find((c) => c.id === 'stale-assumption')!.points).toBe(6);
	});

	it('finds no flaw in the offline drafts of the library', () => {
		for (const id of ['payments-pool-drain', 'imagepull-bad-tag', 'stale-rollback-automation']) {
			const p = preparedScenario(id);
			const steps = p.scenario.runbook.steps.length;
			const acts: Act[] = Array.from({ length: steps }, (_, i) => ({
				act: 'confirm',
				step: i + 1
			}));
			// The offline drafts as drafted, without the plants the scenarios put in them.
			const clean = (req: DraftRequest) => ({ step: offlineDraft(req) });
			const report = score(p, replay(p, 'approve', acts, clean).events);
			expect([id, messages(report, 'planted-flaw')]).toEqual([id, []]);
		}
	});
});
