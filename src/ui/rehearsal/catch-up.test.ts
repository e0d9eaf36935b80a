import { describe, expect, it } from 'vitest';
import { FakeRuntime } from '../../adapters/runtime/fake-runtime';
import type { CommandRecord, RunEvent } from '../../core/rehearsal/schema';
import { catchUp, changesWorld } from './catch-up';

const NOW = Date.UTC(2026, 2, 14, 9, 41);

function record(command: string, verb: string, mutating: boolean, exitCode = 0): CommandRecord {
	return {
		command,
		context: 'prod-us-east-1',
		namespace: 'payments',
		verb,
		resources: [],
		mutating,
		exitCode,
		output: ''
	};
}

function ran(seq: number, ms: number, r: CommandRecord): RunEvent {
	return { seq, at: NOW + ms, t: ms, kind: 'command', record: r };
}

const SCALE = record(
	'kubectl scale deploy/payments-secondary -n payments --replicas=6',
	'scale',
	true
);
const GET = record('kubectl get pods -n payments', 'get', false);
const USE = record('kubectl config use-context prod-eu-west-1', 'config use-context', false);
const DRAIN = record(
	'kubectl drain ip-10-0-7-142.ec2.internal --ignore-daemonsets --delete-emptydir-data',
	'drain',
	true
);

describe('changesWorld', () => {
	it('is true for a mutating command and a kubeconfig change that worked', () => {
		expect(changesWorld(SCALE)).toBe(true);
		expect(changesWorld(USE)).toBe(true);
		expect(changesWorld({ ...USE, exitCode: 1 })).toBe(false);
		expect(changesWorld(GET)).toBe(false);
	});
});

describe('catchUp', () => {
	it('runs the changes after the checkpoint again at their times, then moves to the last event', async () => {
		const rt = new FakeRuntime();
		const events: RunEvent[] = [
			ran(0, 1000, SCALE),
			ran(1, 2000, GET),
			ran(2, 5000, SCALE),
			ran(3, 6000, USE),
			{ seq: 4, at: NOW + 9000, t: 9000, kind: 'timeline', index: 2, by: 'hpa', note: 'scaled' }
		];
		const caught = await catchUp(rt, events, 1);
		expect(rt.calls).toEqual([
			'advance 5000',
			`execute ${SCALE.command}`,
			'advance 1000',
			`execute ${USE.command}`,
			'advance 3000'
		]);
		expect(caught).toEqual({
			status: { context: 'prod-us-east-1', namespace: 'payments', now: NOW + 9000, running: false },
			rerun: [SCALE.command, USE.command],
			reported: 0
		});
	});

	it('follows a change that keeps running until the next logged event, then stops it', async () => {
		const rt = new FakeRuntime({ commands: { [DRAIN.command]: { output: '', running: true } } });
		const events: RunEvent[] = [ran(0, 0, DRAIN), ran(1, 2500, GET)];
		const caught = await catchUp(rt, events, 0);
		expect(rt.calls).toEqual([
			`execute ${DRAIN.command}`,
			'advance 1000',
			'advance 1000',
			'advance 500',
			'interrupt'
		]);
		expect(caught.status).toMatchObject({ now: NOW + 2500, running: false });
	});

	it('does nothing when the checkpoint covers the whole log', async () => {
		const rt = new FakeRuntime();
		expect(await catchUp(rt, [ran(0, 1000, SCALE)], 1)).toMatchObject({ rerun: [] });
		expect(rt.calls).toEqual([]);
	});
});
