import { describe, expect, it } from 'vitest';
import { paymentsWorld } from '../cluster/builtin/payments';
import { CONFIRM_LINE } from '../drafting/schema';
import { lintDraft } from './lint-draft';
import { placeholdersIn } from './rules/placeholder';

const { world, now } = paymentsWorld();
const ctx = { world, now };

const draft = () => ({
	step: 2,
	title: 'Scale the healthy pool up',
	preflight: {
		command: 'kubectl get deploy/payments-secondary -n payments -o wide',
		expect: 'READY 2/2',
		stopIf: {
			text: 'payments-secondary is not found',
			when: 'missing deployment/payments-secondary@payments'
		}
	},
	action: {
		command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6',
		blastRadius: 'adds 4 pods to payments-secondary in namespace payments on prod-us-east-1'
	},
	verify: {
		command: 'kubectl rollout status deploy/payments-secondary -n payments --timeout=2m',
		expect: '6/6 ready'
	},
	rollback: { command: 'kubectl scale deploy/payments-secondary -n payments --replicas=2' }
});

describe('lintDraft', () => {
	it('returns a clean draft parsed, defaults filled, with no finding', () => {
		expect(lintDraft(draft(), ctx)).toEqual({
			step: { ...draft(), staleFlags: [], confirm: CONFIRM_LINE },
			findings: []
		});
	});

	it('reads a draft given as JSON text, fenced as a model answers', () => {
		const text = '```json\n' + JSON.stringify(draft()) + '\n```';
		expect(lintDraft(text, ctx).findings).toEqual([]);
	});

	it('rejects what is not a step and says why', () => {
		expect(lintDraft(null, ctx)).toEqual({
			findings: [
				{
					rule: 'schema',
					severity: 'error',
					field: '',
					message: 'the answer is null, not a guarded step object'
				}
			]
		});
		expect(lintDraft({ ...draft(), step: 0 }, ctx).findings).toEqual([
			{
				rule: 'schema',
				severity: 'error',
				field: 'step',
				message: '`step` must be a whole number from 1'
			}
		]);
	});

	it('reports a missing verify as its own rule and returns no step', () => {
		const { verify: _, ...rest } = draft();
		expect(lintDraft(rest, ctx)).toEqual({
			findings: [
				{
					rule: 'verify-missing',
					severity: 'error',
					field: 'verify.command',
					message: 'the step has no verify: give the command that shows the action worked'
				}
			]
		});
	});

	it('names the command that changes the cluster in a pre-flight', () => {
		const d = draft();
		d.preflight.command = 'kubectl -n payments delete pod payments-primary-57695ffb65-qw9ff';
		expect(lintDraft(d, ctx).findings).toEqual([
			{
				rule: 'preflight-not-read-only',
				severity: 'error',
				field: 'preflight.command',
				message:
					'pre-flight `kubectl -n payments delete pod payments-primary-57695ffb65-qw9ff` destroys cluster state (delete removes objects): a pre-flight must only read'
			}
		]);
	});

	it('without a step, checks staleness on the action alone', () => {
		const d = draft();
		d.action = {
			command: 'kubectl scale deploy/payments-secondary -n payments --replicas=2',
			blastRadius: 'changes nothing'
		};
		expect(
			lintDraft({ ...d, rollback: { command: '', note: 'nothing to undo' } }, ctx).findings
		).toEqual([
			{
				rule: 'stale-not-flagged',
				severity: 'error',
				field: 'staleFlags',
				message:
					"the step's assumption no longer holds — deployment payments-secondary already has 2 replicas (`payments-secondary  2/2  2  2  123d`) — but the draft raises no stale flag: flag it before anyone runs the action"
			}
		]);
	});

	it('judges an object the action names by kubectl on the world', () => {
		const d = draft();
		d.action = {
			command: 'kubectl delete pod payments-primary-57695ffb65-zzzzz -n payments',
			blastRadius: 'deletes pod payments-primary-57695ffb65-zzzzz in namespace payments'
		};
		expect(
			lintDraft({ ...d, rollback: { command: '', note: 'not reversible' } }, ctx).findings
		).toEqual([
			{
				rule: 'unknown-resource',
				severity: 'error',
				field: 'action.command',
				message:
					'action `kubectl delete pod payments-primary-57695ffb65-zzzzz -n payments` acts on pod `payments-primary-57695ffb65-zzzzz`, which does not exist in namespace payments on prod-us-east-1; kubectl answers `Error from server (NotFound): pods "payments-primary-57695ffb65-zzzzz" not found`'
			}
		]);
	});

	it('warns when the action only reads and the step is not an inspection', () => {
		const d = draft();
		d.action.command = 'kubectl get deploy payments-secondary -n payments';
		expect(lintDraft(d, ctx).findings).toEqual([
			{
				rule: 'action-not-mutating',
				severity: 'warning',
				field: 'action.command',
				message:
					'action `kubectl get deploy payments-secondary -n payments` only reads: the action should be the change this step makes'
			}
		]);
	});

	it('accepts a rollback written differently from the derived one when it restores the same', () => {
		const d = draft();
		d.rollback.command = 'kubectl -n payments scale deployment payments-secondary --replicas 2';
		expect(lintDraft(d, ctx).findings).toEqual([]);
	});
});

describe('placeholdersIn', () => {
	it('finds the slots a drafter left unfilled', () => {
		expect(
			[
				'kubectl logs -n <namespace> <pod-name>',
				'kubectl get pods -n {{ns}}',
				'kubectl scale deploy/x -n $NAMESPACE --replicas=${REPLICAS}',
				'kubectl --context YOUR_CLUSTER get pods',
				'kubectl describe pod payments-primary-xxxxx'
			].map(placeholdersIn)
		).toEqual([
			['<namespace>', '<pod-name>'],
			['{{ns}}'],
			['$NAMESPACE', '${REPLICAS}'],
			['YOUR_CLUSTER'],
			['xxxxx']
		]);
	});

	it('leaves templates, jsonpath and command substitution alone', () => {
		expect(
			[
				"kubectl get deploy x -o go-template='{{.status.replicas}}'",
				"kubectl get cm x -o jsonpath='{.data.weight}'",
				'kubectl delete pod $(kubectl get pods -o name | head -1)',
				'kubectl get node ip-10-0-22-204.ec2.internal'
			].map(placeholdersIn)
		).toEqual([[], [], [], []]);
	});
});
