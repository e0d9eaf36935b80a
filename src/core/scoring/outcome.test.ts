import { describe, expect, it } from 'vitest';
import { preparedScenario } from '../../../test/support/library';
import { replay } from '../rehearsal/replay';
import type { Act } from '../rehearsal/schema';
import type { Prepared } from '../scenario/prepare';
import { readingMs } from './approvals';
import { mitigatedAt } from './outcome';
import { score } from './score';
import type { Sample } from './trace';

const sli = { errorRate: 0, latencyMs: 80, saturation: 0.5, ready: 6 };
const samples = (holds: boolean[]): Sample[] =>
	holds.map((h, i) => ({ t: i * 15_000, slis: { payments: sli }, holds: h }));

function mitigation(prep: Prepared, acts: Act[]) {
	const report = score(prep, replay(prep, 'approve', acts).events);
	return report.categories.find((c) => c.id === 'time-to-mitigation');
}

const MEASURES = "How long after the page the service's SLIs recovered for good (virtual time). ";

describe('mitigatedAt', () => {
	it('is the start of the last stretch that holds, when it lasts long enough', () => {
		expect(mitigatedAt(samples([false, true, false, true, true, true]), 30_000)).toBe(45_000);
		expect(mitigatedAt(samples([false, true, false, true, true, true]), 45_000)).toBeUndefined();
		expect(mitigatedAt(samples([true, true, true, false]), 0)).toBeUndefined();
		expect(mitigatedAt([], 0)).toBeUndefined();
	});
});

describe('timeToMitigation and a run handed on', () => {
	const hpa = preparedScenario('hpa-fights-scale');
	const T0 = Date.parse('2026-03-14T10:11:00Z');
	/** Step 1 confirmed, then the trap at step 2 stopped: its pre-flight shows the HPA. */
	const STOPPED_AT_TRAP: Act[] = [
		{ act: 'run', command: 'kubectl get deploy/payments-api -n payments -o wide' },
		{ act: 'wait', seconds: 15 },
		{ act: 'confirm', step: 1 },
		{ act: 'run', command: 'kubectl get deploy/payments-api hpa/payments-api -n payments -o wide' },
		{ act: 'wait', seconds: 15 },
		{ act: 'stop', step: 2, reason: "The HPA owns payments-api's replica count." }
	];
	const NOT_MITIGATED = {
		id: 'time-to-mitigation',
		title: 'Time to mitigation',
		count: 1,
		points: 0,
		max: 8,
		explanation: `${MEASURES}The incident was not mitigated.`
	};

	it('does not charge a trainee who stopped where the pre-flight said STOP and changed nothing after', () => {
		expect(mitigation(hpa, STOPPED_AT_TRAP)).toEqual({
			id: 'time-to-mitigation',
			title: 'Time to mitigation',
			count: 0,
			points: 8,
			max: 8,
			explanation: `${MEASURES}Not mitigated in the run: handed on at +30s, where a step's pre-flight said to stop, with nothing changed after.`,
			findings: [
				{
					at: T0 + 30_000,
					t: 30_000,
					seq: 9,
					message:
						'Stopped at step 2 as its pre-flight said and handed the incident on: `kubectl get hpa -n payments` lists payments-api with REFERENCE Deployment/payments-api: the autoscaler owns the replica count and will scale a manual change back to 3; raise its minReplicas instead.',
					good: true
				}
			]
		});
	});

	it('charges one who changed the world after stopping', () => {
		const scaled: Act[] = [
			...STOPPED_AT_TRAP,
			{ act: 'run', command: 'kubectl scale deploy/payments-api -n payments --replicas=6' },
			{ act: 'wait', seconds: 15 }
		];
		expect(mitigation(hpa, scaled)).toEqual({
			...NOT_MITIGATED,
			findings: [
				{
					at: T0 + 30_000,
					t: 30_000,
					seq: 13,
					message:
						'Not mitigated: `(pods@payments[app=payments-api]{ready} >= 6 or t >= 1140) and sli(payments-api).errorRate < 0.01` did not hold for 120 s by the end of the run.'
				}
			]
		});
	});

	it('charges one who stopped a step whose pre-flight did not say STOP', () => {
		const pay = preparedScenario('payments-pool-drain');
		const stopped: Act[] = [
			{ act: 'run', command: 'kubectl get pods -n payments -l pool=primary -o wide' },
			{ act: 'wait', seconds: 15 },
			{ act: 'stop', step: 1, reason: 'Not sure the secondary pool can take the load.' }
		];
		expect(mitigation(pay, stopped)).toEqual({
			...NOT_MITIGATED,
			findings: [
				{
					at: T0 + 15_000,
					t: 15_000,
					seq: 5,
					message:
						'Not mitigated: `sli(payments).errorRate < 0.01` did not hold for 120 s by the end of the run.'
				}
			]
		});
	});
});

describe('readingMs', () => {
	it('takes 3 s up to 10 lines, 0.2 s a line beyond, at most 10 s', () => {
		expect(readingMs('')).toBe(3000);
		expect(readingMs('a\n'.repeat(10))).toBe(3000);
		expect(readingMs('a\n'.repeat(20))).toBe(5000);
		expect(readingMs('a\n'.repeat(200))).toBe(10_000);
	});
});
