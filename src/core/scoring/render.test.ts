import { describe, expect, it } from 'vitest';
import { renderReport } from './render';
import type { ScoreReport } from './types';

describe('renderReport', () => {
	it('prints the total, each category with its findings, mitigation, budget and tips', () => {
		const report: ScoreReport = {
			total: 94,
			grade: 'A',
			categories: [
				{
					id: 'missing-rollback',
					title: 'Missing rollbacks',
					count: 1,
					points: 5,
					max: 10,
					explanation: 'An action run with no rollback staged first.',
					findings: [
						{
							at: 1_773_483_090_000,
							t: 90_000,
							seq: 12,
							command: 'kubectl scale deploy/payments-primary -n payments --replicas=0',
							message:
								'`kubectl scale deploy/payments-primary -n payments --replicas=0` ran with no rollback staged.'
						}
					]
				},
				{
					id: 'stale-assumption',
					title: 'Stale assumptions',
					count: 0,
					points: 10,
					max: 10,
					explanation: 'Steps whose assumption no longer held.',
					findings: [{ at: 0, t: 5000, seq: 3, message: 'Caught step 2.', good: true }]
				}
			],
			tips: ['One.', 'Two.', 'Three.'],
			mitigatedAt: 150_000,
			budgetBurned: 0.0123
		};
		expect(renderReport(report)).toBe(
			[
				'Score: 94/100 (grade A)',
				'',
				'Missing rollbacks ................  5/10',
				'  An action run with no rollback staged first.',
				'  ✗ +1m30s  `kubectl scale deploy/payments-primary -n payments --replicas=0` ran with no rollback staged.',
				'',
				'Stale assumptions ................ 10/10',
				'  Steps whose assumption no longer held.',
				'  ✓ +5s     Caught step 2.',
				'',
				'Mitigated: +2m30s',
				'Error budget burned: 1.2 % of 30 days',
				'',
				'Tips:',
				'1. One.',
				'2. Two.',
				'3. Three.',
				''
			].join('\n')
		);
	});
});
