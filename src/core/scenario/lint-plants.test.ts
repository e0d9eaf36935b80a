import { describe, expect, it } from 'vitest';
import { formatProblem, lintScenario } from './lint';

/** One scale step on the built-in payments world, with `extra` lines added to the step. */
function scenario(
	extra: string,
	stopWhen = 'missing deployment/payments-secondary@payments'
): string {
	return `id: payments-scale-secondary
title: Scale the secondary payments pool
summary: The primary pool saturates at peak.
difficulty: 1
minutes: 5
briefing:
  alert: { severity: SEV3, title: PaymentsAPIHighLatency, text: p99 is 1.8 s. }
runbook:
  title: Payments
  markdown: Scale up.
  steps:
    - id: scale-secondary
      title: Scale the secondary pool
      text: Scale it to 4.
      intent: { kind: scale, namespace: payments, target: deploy/payments-secondary, replicas: 4 }
${extra}      truth:
        preflight: { confirms: [The secondary pool exists.] }
        stopIf:
          text: The secondary pool is missing.
          when: ${stopWhen}
        actions: [kubectl scale deploy/payments-secondary -n payments --replicas=4]
        rollbacks: [kubectl scale deploy/payments-secondary -n payments --replicas=2]
world:
  builtin: payments
`;
}

const lint = (text: string) => lintScenario(text, 's.yaml').map(formatProblem);

describe('plants and traps', () => {
	it.each([
		['rollback-not-inverse', ''],
		['rollback-missing', ''],
		['understated-blast-radius', ''],
		['wrong-namespace', '        namespace: payments-canary\n'],
		[
			'chained-action',
			'        draft:\n          action:\n            command: kubectl scale deploy/payments-secondary -n payments --replicas=4 && kubectl scale deploy/payments-primary -n payments --replicas=2\n'
		]
	])('accepts a %s plant the draft linter finds', (flaw, more) => {
		const plant = `      plant:\n        flaw: ${flaw}\n        note: The draft is wrong.\n${more}`;
		expect(lint(scenario(plant))).toEqual([]);
	});

	it('rejects a plant that puts no flaw in the draft', () => {
		const plant = '      plant: { flaw: chained-action, note: The draft chains two changes. }\n';
		expect(lint(scenario(plant))).toEqual([
			's.yaml:16:22: runbook.steps.0.plant.flaw: the draft linter finds no action-chains-mutations in the planted draft at t = 0s: the plant does not put a chained-action flaw in the draft (give it in plant.draft)'
		]);
	});

	it('rejects a plant naming a flaw its draft does not have', () => {
		const plant = `      plant:
        flaw: unflagged-stale
        note: The draft does not flag that the pool was already scaled.
`;
		expect(lint(scenario(plant))).toEqual([
			's.yaml:17:15: runbook.steps.0.plant.flaw: the draft linter finds no stale-not-flagged in the planted draft at t = 0s: the plant does not put a unflagged-stale flaw in the draft (give it in plant.draft)'
		]);
	});

	it('accepts a trap whose STOP holds, and rejects one whose STOP never does', () => {
		const trap = '      trap: true\n';
		expect(lint(scenario(trap, 'exists deployment/payments-secondary@payments'))).toEqual([]);
		expect(lint(scenario(trap))).toEqual([
			"s.yaml:16:13: runbook.steps.0.trap: truth.stopIf does not hold at t = 0s: a trap's pre-flight must say STOP when the step is reached"
		]);
	});
});
