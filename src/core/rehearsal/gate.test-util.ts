/** A three-step payments runbook and hand-drafted steps for the gate's tests (no cluster built). */
import { GuardedStep } from '../drafting/schema';
import { Scenario } from '../scenario/schema';
import type { Act, CommandRecord, RunEvent } from './schema';

const STOP = { text: 'The secondary Deployment does not exist.', when: 't < -100000' };

function runbookStep(n: number, title: string) {
	return {
		id: `step-${n}`,
		title,
		text: title,
		intent: { kind: 'inspect', namespace: 'payments', selector: 'app=payments' },
		truth: { preflight: { confirms: ['The pools are there.'] }, stopIf: STOP }
	};
}

export const SCENARIO = Scenario.parse({
	id: 'gate-fixture',
	title: 'Gate fixture',
	summary: 'Three steps for the gate tests.',
	difficulty: 1,
	minutes: 5,
	briefing: { alert: { severity: 'SEV2', title: 'PaymentsAPIHighErrorRate', text: 'Firing.' } },
	runbook: {
		title: 'Payments: drain an unhealthy connection pool',
		markdown: 'Steps.',
		steps: [
			runbookStep(1, 'Find the bad pool'),
			runbookStep(2, 'Scale the healthy pool up'),
			runbookStep(3, 'Take the bad pool out')
		]
	},
	world: { builtin: 'payments' }
});

/** A scale step: pre-flight `get`, action `scale`, verify `rollout status`, rollback `scale`. */
export function scaleDraft(step: number, name: string, replicas: number, was: number): GuardedStep {
	return GuardedStep.parse({
		step,
		title: `Scale ${name} to ${replicas}`,
		preflight: {
			command: `kubectl get deploy/${name} -n payments -o wide`,
			expect: `deployment ${name} exists with ${was}/${was} pods ready`,
			stopIf: STOP
		},
		action: {
			command: `kubectl scale deploy/${name} -n payments --replicas=${replicas}`,
			blastRadius: `changes ${name} in namespace payments on prod-us-east-1`
		},
		verify: {
			command: `kubectl rollout status deployment/${name} -n payments --timeout=2m`,
			expect: 'successfully rolled out'
		},
		rollback: { command: `kubectl scale deployment/${name} -n payments --replicas=${was}` }
	});
}

export const DRAFT_1 = scaleDraft(1, 'payments-secondary', 6, 2);
export const DRAFT_2 = scaleDraft(2, 'payments-primary', 0, 4);
export const DRAFT_3 = scaleDraft(3, 'payments-canary', 1, 0);

const T0 = 1_773_483_060_000;

export function act(seq: number, a: Act): RunEvent {
	return { seq, at: T0 + seq * 1000, t: seq * 1000, kind: 'act', act: a };
}

export function shown(seq: number, draft: GuardedStep): RunEvent {
	return { seq, at: T0 + seq * 1000, t: seq * 1000, kind: 'draft-shown', step: draft.step, draft };
}

/** A command the terminal ran in prod-us-east-1, namespace payments. */
export function ran(seq: number, command: string, exitCode = 0): RunEvent {
	const record: CommandRecord = {
		command,
		context: 'prod-us-east-1',
		namespace: 'payments',
		verb: command.split(' ')[1] ?? '',
		resources: [],
		mutating: / (scale|rollout undo) /.test(command),
		exitCode,
		output: ''
	};
	return { seq, at: T0 + seq * 1000, t: seq * 1000, kind: 'command', record };
}
