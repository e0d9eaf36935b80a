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
		// kubectl logs wraps the builder's NotFound and names the namespace.
		expect(run(['nope']).stderr).toBe(
			'error: error from server (NotFound): pods "nope" not found in namespace "payments"\n'
		);
		expect(run(['deploy/nope']).stderr).toBe(
			'error: error from server (NotFound): deployments.apps "nope" not found in namespace "payments"\n'
		);
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
		// Scripted lines are the latest output: 09:59:52, :56 and 10:00:00, now being 10:00:00.
		expect(run(['payments-scripted'], { since: 900_000 }).stdout).toBe('one\ntwo\nthree\n');
		expect(run(['payments-scripted'], { since: 5_000 }).stdout).toBe('two\nthree\n');
		expect(run(['payments-scripted'], { 'since-time': '2026-03-14T10:59:57+01:00' }).stdout).toBe(
			'three\n'
		);
		expect(run(['payments-scripted'], { timestamps: true, tail: 1 }).stdout).toBe(
			'2026-03-14T10:00:00.000000000Z three\n'
		);
	});

	it('times stamped scripted lines by their stamps; -f prints them as the clock reaches them', () => {
		const lines = [
			'{"ts":"2026-03-14T09:58:41.562Z","level":"error","msg":"request failed"}',
			'2026-03-14T10:00:30.020Z ERROR 1 --- [nio-8080-exec-3] c.e.Ledger : write failed',
			'\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:372)'
		];
		const pod: KubeObject = {
			...scripted,
			metadata: {
				...scripted.metadata,
				name: 'payments-stamped',
				annotations: { [LOGS_ANNOTATION]: lines.join('\n') }
			}
		};
		const w = fixtureWorld([pod]);
		const out = logsVerb.run!(
			invocation(
				['logs'],
				['payments-stamped'],
				{ timestamps: true, follow: true },
				logsVerb.flags
			),
			env(w)
		);
		expect(out.stdout).toBe(`2026-03-14T09:58:41.562000000Z ${lines[0]}\n`);
		expect(out.follow!.poll(w, NOW + 60_000)).toEqual({
			stdout:
				`2026-03-14T10:00:30.020000000Z ${lines[1]}\n` +
				`2026-03-14T10:00:30.020000000Z ${lines[2]}\n`,
			stderr: ''
		});
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
