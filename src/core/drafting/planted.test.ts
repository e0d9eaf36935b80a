import { describe, expect, it } from 'vitest';
import { libraryScenario } from '../../../test/support/library';
import { prepareScenario } from '../scenario/prepare';
import type { Plant, Scenario } from '../scenario/schema';
import { scenarioAt } from '../scenario/timeline';
import { offlineDraft } from './offline';
import { draftStep } from './planted';

/** The request for step `n` at t (ms), with the step's plant replaced (undefined: removed). */
function request(scenario: Scenario, n: number, t: number, plant?: Plant | null) {
	const steps = scenario.runbook.steps.map((s, i) =>
		i + 1 === n && plant !== null ? { ...s, plant } : s
	);
	const changed = { ...scenario, runbook: { ...scenario.runbook, steps } };
	const prepared = prepareScenario(changed);
	if (!prepared.ok) throw new Error('does not prepare');
	const moment = scenarioAt(prepared.prepared, t);
	return { scenario: changed, stepIndex: n - 1, world: moment.world, now: moment.now, t };
}

const drain = libraryScenario('payments-pool-drain');

describe('draftStep', () => {
	it('shows the clean offline draft, with nothing planted, for a step without a plant', () => {
		const req = request(drain, 2, 0, null);
		expect(draftStep(req)).toEqual({ step: offlineDraft(req) });
	});

	it("applies the scenario's plant and names it", () => {
		const req = request(drain, 3, 0, null);
		const clean = offlineDraft(req);
		expect(draftStep(req)).toEqual({
			step: {
				...clean,
				action: {
					command: 'kubectl scale deploy/payments-secondary -n payments --replicas=0',
					blastRadius:
						'terminates the 6 pods of deployment payments-secondary in namespace payments on prod-us-east-1'
				}
			},
			planted:
				'The draft scales payments-secondary — the healthy pool now carrying all the traffic — to zero instead of payments-primary.'
		});
	});

	it('moves the action, verify and rollback to another namespace of the cluster', () => {
		const plant: Plant = { flaw: 'wrong-namespace', note: 'Wrong namespace.' };
		const req = request(libraryScenario('imagepull-bad-tag'), 3, 0, plant);
		const clean = offlineDraft(req);
		const image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/payments-api';
		expect(draftStep(req)).toEqual({
			step: {
				...clean,
				action: {
					command: `kubectl set image deploy/payments-api api=${image}:v2.4.0 -n checkout`,
					blastRadius:
						'replaces the 4 pods of deployment payments-api with 3 new ones in namespace checkout on prod-us-east-1'
				},
				verify: {
					...clean.verify,
					command: 'kubectl rollout status deployment/payments-api -n checkout --timeout=2m'
				},
				rollback: {
					command: `kubectl set image deployment/payments-api -n checkout api=${image}:v2.4.1`
				}
			},
			planted: 'Wrong namespace.'
		});
	});

	it('drops the stale flags for an unflagged-stale plant', () => {
		const scenario = libraryScenario('stale-rollback-automation');
		const req = request(scenario, 2, 180_000, null);
		expect(offlineDraft(req).staleFlags).toHaveLength(2);
		expect(draftStep(req).step).toEqual({ ...offlineDraft(req), staleFlags: [] });
	});

	it('stages the action again as the rollback, or none, and understates the blast radius', () => {
		const req = (flaw: Plant['flaw']) => request(drain, 2, 0, { flaw, note: 'Flawed.' });
		const clean = offlineDraft(req('rollback-missing'));
		const action = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';
		expect(clean.action.command).toBe(action);
		expect(draftStep(req('rollback-not-inverse')).step.rollback).toEqual({ command: action });
		expect(draftStep(req('rollback-missing')).step.rollback).toEqual({ command: '' });
		expect(draftStep(req('understated-blast-radius')).step.action).toEqual({
			command: action,
			blastRadius:
				'changes deployment/payments-secondary only; 0 pods are restarted, created or evicted'
		});
	});

	it('takes the fields the plant gives over what the flaw derives', () => {
		const plant: Plant = {
			flaw: 'skipped-verify',
			note: 'The verify reads another Deployment.',
			draft: { verify: { command: 'kubectl get deploy/payments-api -n payments' } }
		};
		const req = request(drain, 2, 0, plant);
		const clean = offlineDraft(req);
		expect(draftStep(req).step).toEqual({
			...clean,
			verify: { ...clean.verify, command: 'kubectl get deploy/payments-api -n payments' }
		});
	});
});
