import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import type { AuditEntry } from '../../core/kubectl/types';
import { serve, type ServerEndpoint } from './serve';
import { SessionHost, type ShellSession } from './session-host';
import { T0, testWorld } from './test-world';
import { WorkerRuntime, type ClientEndpoint } from './worker-runtime';

/** A session that echoes; the protocol, not the shell, is under test here. */
class EchoSession implements ShellSession {
	world = testWorld();
	now = T0;
	running = false;
	audit: AuditEntry[] = [];
	execute(line: string) {
		if (line === 'boom') throw new Error('bug in the shell');
		if (line === 'watch') {
			this.running = true;
			return { output: 'watching\n' };
		}
		return { output: `ran ${line}\n`, exitCode: 0 };
	}
	advance(ms: number) {
		this.now += ms;
		return { output: this.running ? `tick ${ms}\n` : '' };
	}
	interrupt() {
		const was = this.running;
		this.running = false;
		return was ? { output: '', exitCode: 130 } : { output: '' };
	}
}

const ports: MessagePort[] = [];
afterEach(() => ports.splice(0).forEach((p) => p.close()));

function connect(): WorkerRuntime {
	const { port1, port2 } = new MessageChannel();
	ports.push(port1, port2);
	const host = new SessionHost(new EchoSession(), (line, cursor) => ({
		replaceFrom: cursor - 1,
		candidates: [line.toUpperCase()]
	}));
	serve(port2 as unknown as ServerEndpoint, host);
	return new WorkerRuntime(port1 as unknown as ClientEndpoint);
}

const status = (now: number, running = false) => ({
	context: 'prod-us-east-1',
	namespace: 'payments',
	now,
	running
});

describe('WorkerRuntime over a message channel', () => {
	it('answers each call with its typed reply', async () => {
		const runtime = connect();
		expect(await runtime.status()).toEqual(status(T0));
		expect(await runtime.execute('get pods')).toEqual({
			output: 'ran get pods\n',
			exitCode: 0,
			status: status(T0)
		});
		expect(await runtime.execute('watch')).toEqual({
			output: 'watching\n',
			status: status(T0, true)
		});
		expect(await runtime.advance(500)).toEqual({
			output: 'tick 500\n',
			status: status(T0 + 500, true)
		});
		expect(await runtime.interrupt()).toEqual({
			output: '',
			exitCode: 130,
			status: status(T0 + 500)
		});
		expect(await runtime.complete('k', 1)).toEqual({ replaceFrom: 0, candidates: ['K'] });
		expect((await runtime.snapshot()).deployments.map((d) => d.name)).toEqual([
			'coredns',
			'ledger',
			'payments-primary',
			'payments-secondary'
		]);
	});

	it('keeps replies matched to calls when many are in flight', async () => {
		const runtime = connect();
		const replies = await Promise.all(['a', 'b', 'c'].map((line) => runtime.execute(line)));
		expect(replies.map((r) => r.output)).toEqual(['ran a\n', 'ran b\n', 'ran c\n']);
	});

	it('turns a thrown bug into a rejected call, and keeps serving', async () => {
		const runtime = connect();
		await expect(runtime.execute('boom')).rejects.toThrow('bug in the shell');
		expect((await runtime.execute('after')).output).toBe('ran after\n');
	});

	it('allows a slow start, then holds later calls to the shorter limit', async () => {
		const { port1, port2 } = new MessageChannel();
		ports.push(port1, port2);
		const runtime = new WorkerRuntime(port1 as unknown as ClientEndpoint, 50, 1000);
		const first = runtime.status();
		await new Promise((r) => setTimeout(r, 200)); // the worker builds its cluster meanwhile
		const host = new SessionHost(new EchoSession(), () => ({ replaceFrom: 0, candidates: [] }));
		serve(port2 as unknown as ServerEndpoint, host);
		expect(await first).toEqual(status(T0));
		(port2 as unknown as ServerEndpoint).onmessage = null; // the worker hangs from now on
		await expect(runtime.execute('x')).rejects.toThrow('the runtime did not answer within 0.05s');
	});

	it('gives up on a call that goes unanswered, and fails later calls at once', async () => {
		const { port1 } = new MessageChannel(); // nobody serves the other end
		ports.push(port1);
		const runtime = new WorkerRuntime(port1 as unknown as ClientEndpoint, 50, 80);
		await expect(runtime.execute('x')).rejects.toThrow('the runtime did not answer within 0.08s');
		await expect(runtime.status()).rejects.toThrow('the runtime did not answer within 0.08s');
	});

	it('carries the scenario calls: load, then draft from it', async () => {
		const runtime = connect();
		const yaml = readFileSync(
			new URL('../../../scenarios/payments-pool-drain.yaml', import.meta.url),
			'utf8'
		);
		const t0 = Date.parse('2026-03-14T10:11:00Z');
		expect(await runtime.load({ yaml, file: 'payments-pool-drain.yaml', files: {} })).toEqual({
			ok: true,
			status: { context: 'prod-us-east-1', namespace: 'default', now: t0, running: false },
			t0
		});
		const draft = await runtime.draft(1);
		expect(draft.ok && draft.step.preflight.command).toBe(
			'kubectl get pods -n payments -l pool=primary -o wide && kubectl get deployment/payments-secondary -n payments -o wide'
		);
		expect(await runtime.draft(0)).toEqual({
			ok: false,
			message: 'no step 0: the runbook has 4 steps'
		});
	});

	it('gives loading and scoring the slow limit, other calls the quick one', async () => {
		const { port1, port2 } = new MessageChannel();
		ports.push(port1, port2);
		const runtime = new WorkerRuntime(port1 as unknown as ClientEndpoint, 50, 50, 1000);
		const server = port2 as unknown as ServerEndpoint;
		serve(server, new SessionHost(new EchoSession(), () => ({ replaceFrom: 0, candidates: [] })));
		const answer = server.onmessage!;
		// The worker takes 200 ms over every call, as a large scenario takes to build.
		server.onmessage = (event) => setTimeout(() => answer(event), 200);
		expect(await runtime.load({ yaml: 'id: [', file: 'x.yaml', files: {} })).toEqual({
			ok: false,
			message:
				'x.yaml:1:6: Flow sequence in block collection must be sufficiently indented and end with a ]'
		});
		await expect(runtime.status()).rejects.toThrow('the runtime did not answer within 0.05s');
	});
});
