import { describe, expect, it } from 'vitest';
import { lintDraft } from '../guard/lint-draft';
import { paymentsFixture } from './drafting.test-util';
import { draftFromRunbook, fillPlaceholders } from './from-runbook';
import { CONFIRM_LINE } from './schema';

const { world, now } = paymentsFixture([]);

const PASTED = `# Payments: drain an unhealthy connection pool
## Steps
1. **Find the bad pool.**
   \`\`\`
   kubectl get pods -n payments -l pool=primary -o wide
   kubectl logs -n payments -l pool=primary --tail=50 | grep HikariPool
   \`\`\`
2. **Scale the healthy pool up**:
   \`\`\`
   kubectl get deploy payments-secondary -n payments
   kubectl scale deploy/payments-secondary -n payments --replicas=6
   kubectl rollout status deploy/payments-secondary -n payments
   \`\`\`
3. **Take the bad pool out**: \`kubectl scale deploy/payments-primary -n payments --replicas=0\`
4. **Fix the image** of the API:
   $ kubectl set image deploy/payments-api payments-api=123456789012.dkr.ecr.us-east-1.amazonaws.com/payments-api:<last good tag> -n payments

## Rollback
\`\`\`
kubectl scale deploy/payments-secondary -n payments --replicas=2
\`\`\`
`;

describe('draftFromRunbook', () => {
	const steps = draftFromRunbook(PASTED, world, now);

	it('drafts one step per mutating command, in order, leaving the rollback section out', () => {
		expect(steps.map((s) => [s.step, s.title, s.action.command])).toEqual([
			[
				1,
				'Scale the healthy pool up',
				'kubectl scale deploy/payments-secondary -n payments --replicas=6'
			],
			[
				2,
				'Take the bad pool out',
				'kubectl scale deploy/payments-primary -n payments --replicas=0'
			],
			[
				3,
				'Fix the image',
				'kubectl set image deploy/payments-api api=123456789012.dkr.ecr.us-east-1.amazonaws.com/payments-api:<last good tag> -n payments'
			]
		]);
	});

	it("uses the runbook's own read of the object as the pre-flight, the rest derived", () => {
		expect(steps[0]).toEqual({
			step: 1,
			title: 'Scale the healthy pool up',
			preflight: {
				command: 'kubectl get deploy payments-secondary -n payments',
				expect:
					'deployment payments-secondary exists in namespace payments on prod-us-east-1 with 2/2 pods ready',
				stopIf: {
					text: 'deployment payments-secondary does not exist in namespace payments on prod-us-east-1',
					when: 'missing deployment/payments-secondary@payments'
				}
			},
			action: {
				command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6',
				blastRadius: 'adds 4 pods to payments-secondary in namespace payments on prod-us-east-1'
			},
			verify: {
				command: 'kubectl rollout status deployment/payments-secondary -n payments --timeout=2m',
				expect: 'deployment "payments-secondary" successfully rolled out; 6/6 ready'
			},
			rollback: { command: 'kubectl scale deployment/payments-secondary -n payments --replicas=2' },
			staleFlags: [],
			confirm: CONFIRM_LINE
		});
		expect(steps[1].preflight.command).toBe(
			'kubectl get deployment/payments-primary -n payments -o wide'
		);
	});

	it('fixes a container name the workload does not have, and leaves what the state cannot fill', () => {
		expect([steps[2].action.blastRadius, steps[2].rollback]).toEqual([
			'unknown until <last good tag> is filled in; the state does not say what it should be',
			{
				command: '',
				note: 'nothing staged yet: <last good tag> is not filled in: the state does not say what it should be'
			}
		]);
		const { findings } = lintDraft(steps[2], { world, now });
		expect(findings.map((f) => [f.rule, f.field])).toContainEqual([
			'placeholder',
			'action.command'
		]);
	});

	it('drafts steps that lint clean when the commands are complete', () => {
		for (const step of steps.slice(0, 2))
			expect(
				lintDraft(step, { world, now }).findings.filter((f) => f.severity === 'error')
			).toEqual([]);
	});
});

describe('fillPlaceholders', () => {
	it('fills <node> only when exactly one node is NotReady', () => {
		expect(fillPlaceholders('kubectl cordon <node>', world)).toBe('kubectl cordon <node>');
		const down = paymentsFixture(
			[],
			[
				{
					at: '-5m',
					note: 'The kubelet stops posting status.',
					kubectl:
						'kubectl annotate node ip-10-0-22-204.ec2.internal preflight.dev/fault=NodeNotReady'
				}
			]
		);
		expect(fillPlaceholders('kubectl drain <node> --ignore-daemonsets', down.world)).toBe(
			'kubectl drain ip-10-0-22-204.ec2.internal --ignore-daemonsets'
		);
	});
});
