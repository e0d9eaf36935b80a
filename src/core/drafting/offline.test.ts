import { describe, expect, it } from 'vitest';
import { preparedScenario } from '../../../test/support/library';
import { scenarioAt } from '../scenario/timeline';
import { paymentsFixture, type StepSpec } from './drafting.test-util';
import { offlineDraft, offlineDrafter } from './offline';
import { renderStep } from './render';
import { CONFIRM_LINE, type GuardedStep } from './schema';

/** A library scenario's step `n` (1-based), drafted against its world at offset `t` ms. */
function libraryDraft(id: string, n: number, t = 0): GuardedStep {
	const prepared = preparedScenario(id);
	const moment = scenarioAt(prepared, t);
	const req = {
		scenario: prepared.scenario,
		stepIndex: n - 1,
		world: moment.world,
		now: moment.now,
		t
	};
	return offlineDraft(req);
}

/** The one step of a payments fixture runbook, drafted at t = 0. */
function fixtureDraft(spec: StepSpec): GuardedStep {
	const f = paymentsFixture([spec]);
	return offlineDraft({ scenario: f.scenario, stepIndex: 0, world: f.world, now: f.now, t: 0 });
}

const STOP = { text: 'The object is missing.', when: 't < -100000' };
const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/payments-api';
const NODE = 'ip-10-0-22-204.ec2.internal';

describe('offlineDraft on library scenarios', () => {
	it('drafts payments-pool-drain step 2 in the seed shape, filled from the state', () => {
		expect(renderStep(libraryDraft('payments-pool-drain', 2))).toBe(
			[
				'Step 2 — Scale the healthy pool up',
				'Pre-flight (read-only): kubectl get deploy/payments-secondary -n payments -o wide — proceed only if deployment payments-secondary exists in namespace payments on prod-us-east-1 with 2/2 pods ready; stop if the secondary Deployment does not exist.',
				'Action: kubectl scale deploy/payments-secondary -n payments --replicas=6 — adds 4 pods to payments-secondary in namespace payments on prod-us-east-1.',
				'Verify: kubectl rollout status deployment/payments-secondary -n payments --timeout=2m',
				'Rollback: kubectl scale deployment/payments-secondary -n payments --replicas=2',
				CONFIRM_LINE
			].join('\n')
		);
	});

	it('reads what the STOP condition names in the pre-flight (payments-pool-drain step 3)', () => {
		const step = libraryDraft('payments-pool-drain', 3);
		expect(step.preflight.command).toBe(
			'kubectl get deploy/payments-primary deployment/payments-secondary -n payments -o wide'
		);
		expect(step.preflight.stopIf).toEqual({
			text: 'The secondary pool is not 6/6 Ready yet: removing the primary now would overload it.',
			when: 'missing deployment/payments-secondary@payments or deployment/payments-secondary@payments{.status.readyReplicas} < 6'
		});
	});

	it('drafts an investigation as a read-only step (payments-pool-drain step 1)', () => {
		expect(libraryDraft('payments-pool-drain', 1)).toEqual({
			step: 1,
			title: 'Find the bad pool',
			preflight: {
				command:
					'kubectl get pods -n payments -l pool=primary -o wide && kubectl get deployment/payments-secondary -n payments -o wide',
				expect:
					'the pods matching pool=primary are listed in namespace payments on prod-us-east-1 (4 now, 3 of them ready)',
				stopIf: {
					text: 'The secondary pool is missing or not fully Ready.',
					when: 'missing deployment/payments-secondary@payments or deployment/payments-secondary@payments{.status.readyReplicas} < 2'
				}
			},
			action: {
				command: 'kubectl logs -n payments -l pool=primary --tail=50',
				blastRadius: 'reads only; changes nothing'
			},
			verify: {
				command:
					'kubectl get pods -n payments -l pool=primary -o wide && kubectl get deployment/payments-secondary -n payments -o wide',
				expect: 'the same picture as the pre-flight: this step changes nothing'
			},
			rollback: { command: '', note: 'nothing to roll back: this step only reads' },
			staleFlags: [],
			confirm: CONFIRM_LINE
		});
	});

	it('drafts a rollout undo with the undo back to the current revision (crashloop step 3)', () => {
		expect(libraryDraft('crashloop-bad-configmap', 3)).toEqual({
			step: 3,
			title: 'Roll back',
			preflight: {
				command: 'kubectl get deploy/payments-api -n payments -o wide',
				expect:
					'deployment payments-api exists in namespace payments on prod-us-east-1 with 0/3 pods ready and it is at revision 2',
				stopIf: {
					text: 'The Deployment no longer points at payments-api-config-m8f2h9kt57: someone already rolled back or fixed forward, and another undo would bring the bad config back.',
					when: "deployment/payments-api@payments{.spec.template.spec.containers[0].envFrom[0].configMapRef.name} != 'payments-api-config-m8f2h9kt57'"
				}
			},
			action: {
				command: 'kubectl rollout undo deploy/payments-api -n payments',
				blastRadius:
					'replaces the 3 pods of deployment payments-api in namespace payments on prod-us-east-1'
			},
			verify: {
				command: 'kubectl rollout status deployment/payments-api -n payments --timeout=2m',
				expect: 'deployment "payments-api" successfully rolled out; 3/3 ready'
			},
			rollback: {
				command: 'kubectl rollout undo deployment/payments-api -n payments --to-revision=2'
			},
			staleFlags: [],
			confirm: CONFIRM_LINE
		});
	});

	it("raises the ground truth's stale flag, with the pre-flight's output as evidence", () => {
		const step = libraryDraft('stale-rollback-automation', 2, 180_000);
		expect(step.staleFlags[0]).toEqual({
			reason:
				"deploy-bot's post-deploy analysis rolled payments-primary back to v2.4.0 two minutes after the page (revision 3). `rollout undo` goes to the previous revision, which is now v2.5.0: running the step would re-deploy the release that broke refunds.",
			evidence: [
				'kubectl get deploy/payments-primary -n payments -o wide: NAME               READY   UP-TO-DATE   AVAILABLE   AGE    CONTAINERS   IMAGES                                                         SELECTOR',
				'payments-primary   4/4     4            4           123d   payments     123456789012.dkr.ecr.us-east-1.amazonaws.com/payments:v2.4.0   app=payments,pool=primary'
			].join('\n')
		});
		expect(libraryDraft('stale-rollback-automation', 2, 0).staleFlags).toEqual([]);
	});

	it('says kubectl refuses the action when its object is gone, and stages no undo', () => {
		const step = libraryDraft('payments-pool-drain-missing-secondary', 2);
		expect(step.action).toEqual({
			command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6',
			blastRadius:
				'none: kubectl refuses it now (error: no objects passed to scale deployments.apps "payments-secondary" not found)'
		});
		expect(step.rollback).toEqual({
			command: '',
			note: 'nothing to roll back: error: no objects passed to scale deployments.apps "payments-secondary" not found'
		});
		expect(step.staleFlags.map((f) => f.evidence)).toEqual([
			'kubectl get deploy/payments-secondary -n payments -o wide: Error from server (NotFound): deployments.apps "payments-secondary" not found',
			'Error from server (NotFound): deployments.apps "payments-secondary" not found'
		]);
	});
});

describe('offlineDraft per intent (the payments world at t = 0)', () => {
	it('set-image: the container from the state, the previous image as the rollback', () => {
		const step = fixtureDraft({
			title: 'Set the image back',
			intent: {
				kind: 'set-image',
				namespace: 'payments',
				target: 'deploy/payments-api',
				container: 'payments-api',
				image: `${IMAGE}:v2.3.9`
			}
		});
		expect(step).toEqual({
			step: 1,
			title: 'Set the image back',
			preflight: {
				command: 'kubectl get deploy/payments-api -n payments -o wide',
				expect: `deployment payments-api exists in namespace payments on prod-us-east-1 with 3/3 pods ready and its container api runs ${IMAGE}:v2.4.0`,
				stopIf: STOP
			},
			action: {
				command: `kubectl set image deploy/payments-api api=${IMAGE}:v2.3.9 -n payments`,
				blastRadius:
					'replaces the 3 pods of deployment payments-api in namespace payments on prod-us-east-1'
			},
			verify: {
				command: 'kubectl rollout status deployment/payments-api -n payments --timeout=2m',
				expect: 'deployment "payments-api" successfully rolled out; 3/3 ready'
			},
			rollback: {
				command: `kubectl set image deployment/payments-api -n payments api=${IMAGE}:v2.4.0`
			},
			// The runbook's container name is wrong: the action uses the real one and says so.
			staleFlags: [
				{
					reason: 'deployment payments-api has no container payments-api (it has api)',
					evidence: [
						'NAME           READY   UP-TO-DATE   AVAILABLE   AGE    CONTAINERS   IMAGES                                                             SELECTOR',
						`payments-api   3/3     3            3           122d   api          ${IMAGE}:v2.4.0   app=payments-api`
					].join('\n')
				}
			],
			confirm: CONFIRM_LINE
		});
	});

	it('cordon: a node pre-flight, uncordon as the rollback', () => {
		const step = fixtureDraft({ title: 'Cordon the node', intent: { kind: 'cordon', node: NODE } });
		expect([
			step.preflight.command,
			step.preflight.expect,
			step.action,
			step.verify,
			step.rollback
		]).toEqual([
			`kubectl get node ${NODE} -o wide`,
			`node ${NODE} exists on prod-us-east-1 (Ready now) and is not cordoned yet (no SchedulingDisabled)`,
			{
				command: `kubectl cordon ${NODE}`,
				blastRadius: `cordons node ${NODE} on prod-us-east-1: no new pods land there; its 8 pods keep running`
			},
			{
				command: `kubectl get node ${NODE}`,
				expect: `node ${NODE} shows STATUS Ready,SchedulingDisabled`
			},
			{ command: `kubectl uncordon ${NODE}` }
		]);
	});

	it('drain: the node pods and the budgets that guard them, flags from what runs there', () => {
		const step = fixtureDraft({ title: 'Drain the node', intent: { kind: 'drain', node: NODE } });
		expect([step.preflight.command, step.preflight.expect, step.action, step.rollback]).toEqual([
			`kubectl get pods -A -o wide --field-selector spec.nodeName=${NODE} && kubectl get pdb -n payments`,
			`the 8 pods on node ${NODE} are the ones you expect to move, and PodDisruptionBudget payments/payments-pools allows at least 1 disruption`,
			{
				command: `kubectl drain ${NODE} --ignore-daemonsets`,
				blastRadius: `evicts 4 pods from node ${NODE} (namespaces checkout, payments) on prod-us-east-1; 1 more is held by PodDisruptionBudget payments-pools and retried`
			},
			{
				command: `kubectl uncordon ${NODE}`,
				note: 'evicted pods are not moved back; they reschedule where the scheduler puts them'
			}
		]);
	});

	it('patch: the JSON quoted for the shell, the current values in the expectation, the inverse patch', () => {
		const step = fixtureDraft({
			title: 'Raise the ledger pool',
			intent: {
				kind: 'patch',
				namespace: 'payments',
				target: 'configmap/payments-config',
				type: 'merge',
				patch: { data: { LEDGER_POOL_SIZE: '30' } }
			}
		});
		expect([step.preflight.expect, step.action.command, step.verify, step.rollback]).toEqual([
			'configmap payments-config exists in namespace payments on prod-us-east-1 and its data.LEDGER_POOL_SIZE is unset',
			`kubectl patch configmap/payments-config -n payments --type merge -p '{"data":{"LEDGER_POOL_SIZE":"30"}}'`,
			{
				command:
					"kubectl get configmap/payments-config -n payments -o 'jsonpath={.data.LEDGER_POOL_SIZE}'",
				expect: 'prints 30'
			},
			{
				command: `kubectl patch configmap/payments-config -n payments --type merge -p '{"data":{"LEDGER_POOL_SIZE":null}}'`
			}
		]);
	});

	it('delete: no rollback command, a note that says so plainly', () => {
		const step = fixtureDraft({
			title: 'Delete the stuck replica',
			intent: { kind: 'delete', namespace: 'payments', target: 'pod/payments-ledger-2' }
		});
		expect([step.action, step.rollback]).toEqual([
			{
				command: 'kubectl delete pod/payments-ledger-2 -n payments',
				blastRadius: 'deletes pod payments-ledger-2 in namespace payments on prod-us-east-1'
			},
			{
				command: '',
				note: 'not reversible by a command: pod payments-ledger-2 is deleted; recreate it from the manifest saved with `kubectl get pod payments-ledger-2 -n payments -o yaml` before deleting'
			}
		]);
	});

	it('label: new and removed keys, --overwrite only when a value changes, the old values back', () => {
		const step = fixtureDraft({
			title: 'Mark the pool',
			intent: {
				kind: 'label',
				namespace: 'payments',
				target: 'deploy/payments-primary',
				set: { incident: 'inc-4821', pool: null }
			}
		});
		expect([step.preflight.expect, step.action.command, step.rollback]).toEqual([
			'deployment payments-primary exists in namespace payments on prod-us-east-1 with 4/4 pods ready and its label pool is primary',
			'kubectl label deploy/payments-primary incident=inc-4821 pool- -n payments',
			{
				command:
					'kubectl label deployment/payments-primary -n payments pool=primary incident- --overwrite'
			}
		]);
	});

	it('scale in another context: --context on every command, the context in the predicate', () => {
		const f = paymentsFixture([
			{
				title: 'Scale eu',
				intent: {
					kind: 'scale',
					context: 'prod-eu-west-1',
					namespace: 'payments',
					target: 'deploy/payments-secondary',
					replicas: 3
				}
			}
		]);
		const drafted = offlineDraft({
			scenario: f.scenario,
			stepIndex: 0,
			world: f.world,
			now: f.now
		});
		expect([drafted.preflight.command, drafted.action.command, drafted.rollback.command]).toEqual([
			'kubectl get deploy/payments-secondary -n payments --context prod-eu-west-1 -o wide',
			'kubectl scale deploy/payments-secondary -n payments --context prod-eu-west-1 --replicas=3',
			'kubectl scale deployment/payments-secondary -n payments --context prod-eu-west-1 --replicas=2'
		]);
	});

	it('use-context: the switch and the way back', () => {
		const step = fixtureDraft({
			title: 'Switch to eu',
			intent: { kind: 'use-context', context: 'prod-eu-west-1' }
		});
		expect([step.preflight.command, step.action.command, step.verify, step.rollback]).toEqual([
			'kubectl config get-contexts',
			'kubectl config use-context prod-eu-west-1',
			{ command: 'kubectl config current-context', expect: 'prints prod-eu-west-1' },
			{ command: 'kubectl config use-context prod-us-east-1' }
		]);
	});
});

describe('offlineDrafter', () => {
	it('answers the draft as a value, and a message for a step that is not there', async () => {
		const f = paymentsFixture([{ title: 'Cordon', intent: { kind: 'cordon', node: NODE } }]);
		const req = { scenario: f.scenario, world: f.world, now: f.now };
		expect(await offlineDrafter.draft({ ...req, stepIndex: 0 })).toEqual({
			ok: true,
			step: offlineDraft({ ...req, stepIndex: 0 })
		});
		expect(await offlineDrafter.draft({ ...req, stepIndex: 1 })).toEqual({
			ok: false,
			message: 'no runbook step 2 in drafting-fixture (it has 1)'
		});
	});

	it('is deterministic: the same request drafts the same step', () => {
		expect(libraryDraft('node-notready-pdb-drain', 3)).toEqual(
			libraryDraft('node-notready-pdb-drain', 3)
		);
	});
});
