import { describe, expect, it } from 'vitest';
import { LOGS_ANNOTATION } from '../../cluster/logs';
import type { KubeObject } from '../../cluster/types';
import { env, fixtureWorld, invocation, NOW, POD_OK } from '../describe/fixtures';
import type { FlagValue } from '../types';
import { logsVerb } from './logs';

const scripted: KubeObject = {
	...POD_OK,
	metadata: {
		...POD_OK.metadata,
		name: 'payments-scripted',
		annotations: { [LOGS_ANNOTATION]: 'one\ntwo\nthree' }
	}
};
const creating: KubeObject = {
	...POD_OK,
	metadata: { ...POD_OK.metadata, name: 'payments-new' },
	status: {
		...POD_OK.status,
		phase: 'Pending',
		containerStatuses: [
			{
				...POD_OK.status.containerStatuses[0],
				ready: false,
				state: { waiting: { reason: 'ContainerCreating' } },
				lastState: {}
			}
		]
	}
};
const world = fixtureWorld([scripted, creating]);
const run = (args: string[], flags: Record<string, FlagValue> = {}, now = NOW) =>
	logsVerb.run!(invocation(['logs'], args, flags, logsVerb.flags), env(world, 'payments', now));

describe('kubectl logs', () => {
	it('prints a container log, with --tail and --prefix', () => {
		expect(run(['payments-scripted']).stdout).toBe('one\ntwo\nthree\n');
		expect(run(['payments-scripted'], { tail: 1, prefix: true }).stdout).toBe(
			'[pod/payments-scripted/payments] three\n'
		);
	});

	it('says a creating container is waiting to start', () => {
		expect(run(['payments-new'])).toMatchObject({
			stderr:
				'Error from server (BadRequest): container "payments" in pod "payments-new" is waiting to start: ContainerCreating\n',
			exitCode: 1
		});
	});

	it('says when there is no previous container', () => {
		expect(run(['payments-scripted'], { previous: true })).toMatchObject({
			stderr:
				'Error from server (BadRequest): previous terminated container "payments" in pod "payments-scripted" not found\n',
			exitCode: 1
		});
	});

	it('picks a pod for a deployment and says which', () => {
		const out = run(['deploy/payments-primary'], { tail: 0 });
		expect(out.stderr).toBe('Found 4 pods, using pod/payments-primary-7d4b9c8f6-abcde\n');
		expect(out.exitCode).toBe(0);
	});

	it('names a missing pod and a missing container', () => {
		expect(run(['nope']).stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
		expect(run(['payments-scripted'], { container: 'sidecar' }).stderr).toBe(
			'Error from server (BadRequest): container sidecar is not valid for pod payments-scripted\n'
		);
	});

	it('refuses a missing pod argument before any request', () => {
		expect(run([])).toMatchObject({ exitCode: 1, rejected: true });
	});

	it('follows: new lines print as virtual time moves', () => {
		const out = run(['payments-scripted'], { follow: true, tail: 0 });
		expect(out.stdout).toBe('');
		expect(out.follow!.poll(world, NOW + 60_000)).toEqual({ stdout: '', stderr: '' });
	});

	it('keeps lines newer than --since (already ms) or from --since-time on', () => {
		// The lines are at 09:55:04, :08 and :12; now is 10:00:00.
		expect(run(['payments-scripted'], { since: 292_000 }).stdout).toBe('two\nthree\n');
		expect(run(['payments-scripted'], { since: 60_000 }).stdout).toBe('');
		expect(run(['payments-scripted'], { 'since-time': '2026-03-14T10:55:10+01:00' }).stdout).toBe(
			'three\n'
		);
	});

	it('refuses a bad --since-time, and both --since and --since-time', () => {
		expect(run(['payments-scripted'], { 'since-time': 'garbage' })).toMatchObject({
			stderr:
				'error: parsing time "garbage" as "2006-01-02T15:04:05Z07:00": cannot parse "garbage" as "2006"\n',
			exitCode: 1,
			rejected: true
		});
		expect(
			run(['payments-scripted'], { since: 1000, 'since-time': '2026-03-14T09:55:10Z' }).stderr
		).toBe('error: at most one of `sinceTime` or `sinceSeconds` may be specified\n');
	});
});
