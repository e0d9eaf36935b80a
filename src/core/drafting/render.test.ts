import { describe, expect, it } from 'vitest';
import { renderStep, renderSteps } from './render';
import { GuardedStep } from './schema';

/** The seed article's step 2, as a guarded step. */
const SEED_STEP = GuardedStep.parse({
	step: 2,
	title: 'drain the unhealthy connection pool',
	preflight: {
		command: 'kubectl get pods -n payments -l pool=primary -o wide',
		expect: 'the primary pods show Running and the secondary pool exists',
		stopIf: { text: 'secondary is missing', when: 'missing deployment/payments-secondary@payments' }
	},
	action: {
		command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6',
		blastRadius: 'adds 6 pods to the secondary pool; blast radius: payments namespace only'
	},
	verify: {
		command: 'kubectl rollout status deploy/payments-secondary -n payments',
		expect: 'deployment "payments-secondary" successfully rolled out'
	},
	rollback: { command: 'kubectl scale deploy/payments-secondary -n payments --replicas=2' }
});

describe('renderStep', () => {
	it("renders the seed article's step 2 exactly in its shape", () => {
		expect(renderStep(SEED_STEP)).toBe(
			[
				'Step 2 — drain the unhealthy connection pool',
				'Pre-flight (read-only): kubectl get pods -n payments -l pool=primary -o wide — proceed only if the primary pods show Running and the secondary pool exists; stop if secondary is missing.',
				'Action: kubectl scale deploy/payments-secondary -n payments --replicas=6 — adds 6 pods to the secondary pool; blast radius: payments namespace only.',
				'Verify: kubectl rollout status deploy/payments-secondary -n payments',
				'Rollback: kubectl scale deploy/payments-secondary -n payments --replicas=2',
				'Confirm the pre-flight passed and tell me to proceed.'
			].join('\n')
		);
	});

	it('shows a control character in a command as its escape, not as a space', () => {
		const step = GuardedStep.parse({
			...SEED_STEP,
			preflight: {
				...SEED_STEP.preflight,
				command: 'kubectl get pods -n payments\rkubectl delete ns payments'
			},
			verify: { ...SEED_STEP.verify, command: 'kubectl get pods\u2028kubectl delete ns x\u0007' }
		});
		const lines = renderStep(step).split('\n');
		expect([lines[1].split(' — ')[0], lines[3]]).toEqual([
			'Pre-flight (read-only): kubectl get pods -n payments\\rkubectl delete ns payments',
			'Verify: kubectl get pods\\u2028kubectl delete ns x\\u0007'
		]);
	});

	it('says plainly when nothing can roll back, folds multi-line text and lists stale flags', () => {
		const step = GuardedStep.parse({
			...SEED_STEP,
			title: 'Delete and\nrecreate it',
			preflight: {
				...SEED_STEP.preflight,
				expect: 'Pod payments-ledger-2 exists.',
				stopIf: { text: 'The pod is younger than the page\n(someone already did this).' }
			},
			action: {
				command: 'kubectl delete pod payments-ledger-2 -n payments',
				blastRadius: 'deletes pod payments-ledger-2 in namespace payments on prod-us-east-1'
			},
			rollback: { command: '', note: 'not reversible by a command: its data is gone' },
			staleFlags: [
				{
					reason: 'The previous on-call already deleted it.',
					evidence:
						'NAME                READY   STATUS    RESTARTS   AGE\npayments-ledger-2   0/1     Running   0          9m'
				}
			]
		});
		expect(renderStep(step)).toBe(
			[
				'Step 2 — Delete and recreate it',
				'Pre-flight (read-only): kubectl get pods -n payments -l pool=primary -o wide — proceed only if pod payments-ledger-2 exists; stop if the pod is younger than the page (someone already did this).',
				'Action: kubectl delete pod payments-ledger-2 -n payments — deletes pod payments-ledger-2 in namespace payments on prod-us-east-1.',
				'Verify: kubectl rollout status deploy/payments-secondary -n payments',
				'Rollback: none — not reversible by a command: its data is gone',
				'⚠ Stale: The previous on-call already deleted it. (evidence: NAME READY STATUS RESTARTS AGE | payments-ledger-2 0/1 Running 0 9m)',
				'Confirm the pre-flight passed and tell me to proceed.'
			].join('\n')
		);
	});

	it('keeps a rollback note beside its command, and acronyms as written', () => {
		const step = GuardedStep.parse({
			...SEED_STEP,
			preflight: { ...SEED_STEP.preflight, stopIf: { text: 'HPA payments-api owns the replicas' } },
			rollback: {
				command: 'kubectl uncordon ip-10-0-22-204.ec2.internal',
				note: 'evicted pods are not moved back'
			}
		});
		const lines = renderStep(step).split('\n');
		expect(lines[1]).toBe(
			'Pre-flight (read-only): kubectl get pods -n payments -l pool=primary -o wide — proceed only if the primary pods show Running and the secondary pool exists; stop if HPA payments-api owns the replicas.'
		);
		expect(lines[4]).toBe(
			'Rollback: kubectl uncordon ip-10-0-22-204.ec2.internal — evicted pods are not moved back'
		);
	});

	it('separates steps with a blank line', () => {
		const one = renderStep(SEED_STEP);
		expect(renderSteps([SEED_STEP, { ...SEED_STEP, step: 3 }])).toBe(
			`${one}\n\n${one.replace('Step 2', 'Step 3')}\n`
		);
	});
});
