import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../core/rehearsal/schema';
import { transcript } from './transcript';

const T0 = 1_773_483_060_000;
const PROMPT = 'oncall@prod-us-east-1:payments$ ';

function command(seq: number, command: string, output: string, exitCode = 0): RunEvent {
	return {
		seq,
		at: T0,
		t: 0,
		kind: 'command',
		record: {
			command,
			context: 'prod-us-east-1',
			namespace: 'payments',
			verb: command.split(' ')[1],
			resources: [],
			mutating: false,
			exitCode,
			output
		}
	};
}

describe('transcript', () => {
	it('writes each run line after the prompt, then its output; acts and timeline add nothing', () => {
		const events: RunEvent[] = [
			{
				seq: 0,
				at: T0,
				t: 0,
				kind: 'act',
				act: { act: 'run', command: 'kubectl get deploy -n payments' }
			},
			command(
				1,
				'kubectl get deploy -n payments',
				'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\npayments-primary   3/4     4            3           123d\n'
			),
			{ seq: 2, at: T0, t: 0, kind: 'act', act: { act: 'confirm', step: 1 } },
			{ seq: 3, at: T0, t: 0, kind: 'timeline', index: 0, by: 'alertmanager', note: 'firing' },
			{
				seq: 4,
				at: T0,
				t: 0,
				kind: 'act',
				act: {
					act: 'run',
					command: 'kubectl get pods -n payments && kubectl get deploy/nope -n payments'
				}
			},
			command(5, 'kubectl get pods -n payments', ''),
			command(
				6,
				'kubectl get deploy/nope -n payments',
				'Error from server (NotFound): deployments.apps "nope" not found',
				1
			),
			{ seq: 7, at: T0, t: 0, kind: 'act', act: { act: 'run', command: 'sleep 5' } }
		];
		expect(transcript(events, PROMPT)).toBe(
			[
				`${PROMPT}kubectl get deploy -n payments`,
				'NAME               READY   UP-TO-DATE   AVAILABLE   AGE',
				'payments-primary   3/4     4            3           123d',
				`${PROMPT}kubectl get pods -n payments && kubectl get deploy/nope -n payments`,
				'Error from server (NotFound): deployments.apps "nope" not found',
				`${PROMPT}sleep 5`,
				''
			].join('\n')
		);
	});
});
