import { describe, expect, it } from 'vitest';
import { doneInOrder } from './done-in-order';

describe('doneInOrder', () => {
	it('merges decisions, staged rollbacks and commands by seq', () => {
		const preflight = {
			seq: 21,
			t: 39_000,
			command: 'kubectl get deploy/payments-primary -n payments -o wide',
			exitCode: 0,
			mutating: false,
			role: 'pre-flight' as const
		};
		const action = {
			seq: 27,
			t: 44_000,
			command: 'kubectl scale deploy/payments-primary -n payments --replicas=0',
			exitCode: 0,
			mutating: true,
			role: 'action' as const
		};
		const staged = {
			seq: 23,
			t: 44_000,
			text: 'kubectl scale deploy/payments-primary -n payments --replicas=4'
		};
		const confirmed = { seq: 24, t: 44_000, text: 'Confirmed step 3: the pre-flight passed' };
		expect(
			doneInOrder({ decisions: [confirmed], rollbacks: [staged], commands: [preflight, action] })
		).toEqual([
			{ kind: 'command', ...preflight },
			{ kind: 'rollback', ...staged },
			{ kind: 'decision', ...confirmed },
			{ kind: 'command', ...action }
		]);
	});

	it('is empty when nothing was done', () => {
		expect(doneInOrder({ decisions: [], rollbacks: [], commands: [] })).toEqual([]);
	});
});
