import { describe, expect, it } from 'vitest';
import type { RunEvent } from '../../core/rehearsal/schema';
import { promptText } from '../terminal/prompt';
import { linePrompts, transcript } from './transcript';

const T0 = 1_773_483_060_000;
const US = { context: 'prod-us-east-1', namespace: 'payments' };
const EU = { context: 'prod-eu-west-1', namespace: 'payments' };
const PROMPT = promptText(US);

function run(seq: number, command: string): RunEvent {
	return { seq, at: T0, t: 0, kind: 'act', act: { act: 'run', command } };
}

function command(
	seq: number,
	command: string,
	output: string,
	{
		exitCode = 0,
		context = US.context,
		namespace = US.namespace,
		verb = command.split(' ')[1]
	} = {}
): RunEvent {
	return {
		seq,
		at: T0,
		t: 0,
		kind: 'command',
		record: { command, context, namespace, verb, resources: [], mutating: false, exitCode, output }
	};
}

describe('transcript', () => {
	it('writes each run line after the prompt, then its output; acts and timeline add nothing', () => {
		const events: RunEvent[] = [
			run(0, 'kubectl get deploy -n payments'),
			command(
				1,
				'kubectl get deploy -n payments',
				'NAME               READY   UP-TO-DATE   AVAILABLE   AGE\npayments-primary   3/4     4            3           123d\n'
			),
			{ seq: 2, at: T0, t: 0, kind: 'act', act: { act: 'confirm', step: 1 } },
			{ seq: 3, at: T0, t: 0, kind: 'timeline', index: 0, by: 'alertmanager', note: 'firing' },
			run(4, 'kubectl get pods -n payments && kubectl get deploy/nope -n payments'),
			command(5, 'kubectl get pods -n payments', ''),
			command(
				6,
				'kubectl get deploy/nope -n payments',
				'Error from server (NotFound): deployments.apps "nope" not found',
				{ exitCode: 1 }
			),
			run(7, 'sleep 5')
		];
		expect(transcript(events, US, promptText)).toBe(
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

	it('gives each line the prompt it was typed at, across a context switch', () => {
		const events: RunEvent[] = [
			// Its record says kube-system: the flag's namespace, not the prompt's.
			run(0, 'kubectl get pods -n kube-system'),
			command(
				1,
				'kubectl get pods -n kube-system',
				'No resources found in kube-system namespace.\n',
				{
					namespace: 'kube-system'
				}
			),
			run(2, 'kubectl config use-context prod-eu-west-1'),
			command(
				3,
				'kubectl config use-context prod-eu-west-1',
				'Switched to context "prod-eu-west-1".\n',
				{ verb: 'config use-context' }
			),
			// No kubectl in it: typed at the next line's prompt.
			run(4, 'sleep 5'),
			run(5, 'kubectl get deploy'),
			command(6, 'kubectl get deploy', 'No resources found in payments namespace.\n', EU),
			run(7, 'kubectl --context prod-us-east-1 get deploy'),
			command(8, 'kubectl --context prod-us-east-1 get deploy', '', US)
		];
		expect(linePrompts(events, EU)).toEqual([US, US, EU, EU, EU]);
		expect(transcript(events, EU, promptText)).toBe(
			[
				`${PROMPT}kubectl get pods -n kube-system`,
				'No resources found in kube-system namespace.',
				`${PROMPT}kubectl config use-context prod-eu-west-1`,
				'Switched to context "prod-eu-west-1".',
				`${promptText(EU)}sleep 5`,
				`${promptText(EU)}kubectl get deploy`,
				'No resources found in payments namespace.',
				`${promptText(EU)}kubectl --context prod-us-east-1 get deploy`,
				''
			].join('\n')
		);
	});

	it('gives the last lines that do not tell the prompt as it is now', () => {
		const events: RunEvent[] = [
			run(0, 'kubectl get pods'),
			command(1, 'kubectl get pods', '', US),
			// A config command tells the prompt it was typed at, whatever it changed.
			run(2, 'kubectl config set-context --current --namespace=checkout'),
			command(3, 'kubectl config set-context --current --namespace=checkout', '', {
				verb: 'config set-context'
			}),
			run(4, 'echo done')
		];
		const now = { context: 'prod-us-east-1', namespace: 'checkout' };
		expect(linePrompts(events, now)).toEqual([US, US, now]);
		expect(linePrompts([run(0, 'date'), run(1, 'sleep 1')], now)).toEqual([now, now]);
	});
});
