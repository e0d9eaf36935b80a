import { describe, expect, it } from 'vitest';
import { FakeRuntime } from './fake-runtime';
import type { RecordedCommand } from './runtime';

const NOW = Date.UTC(2026, 2, 14, 10, 11);
const SCALE = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';
const RECORD: RecordedCommand = {
	at: NOW,
	record: {
		command: SCALE,
		context: 'prod-us-east-1',
		namespace: 'payments',
		verb: 'scale',
		resources: ['deployment.apps/payments-secondary'],
		mutating: true,
		exitCode: 0,
		output: 'deployment.apps/payments-secondary scaled\n'
	}
};
const status = (now: number, running = false) => ({
	context: 'prod-us-east-1',
	namespace: 'payments',
	now,
	running
});

describe('FakeRuntime', () => {
	it('answers commands with their scripted records, and advance with what the test queued', async () => {
		const happened = [
			{ at: NOW + 1000, index: 2, by: 'the system', note: 'A node goes NotReady.' }
		];
		const runtime = new FakeRuntime({
			status: { now: NOW },
			commands: {
				[SCALE]: { output: RECORD.record.output, records: [RECORD] },
				'kubectl rollout status deploy/payments-secondary -n payments': {
					output: 'Waiting…\n',
					running: true
				}
			}
		});
		expect(await runtime.execute(SCALE)).toEqual({
			output: RECORD.record.output,
			exitCode: 0,
			status: status(NOW),
			records: [RECORD],
			reported: 1
		});
		expect(
			await runtime.execute('kubectl rollout status deploy/payments-secondary -n payments')
		).toEqual({
			output: 'Waiting…\n',
			status: status(NOW, true)
		});
		runtime.pendingOutput = 'successfully rolled out\n';
		runtime.pendingAdvance = { exitCode: 0, records: [RECORD], happened };
		expect(await runtime.advance(2000)).toEqual({
			output: 'successfully rolled out\n',
			exitCode: 0,
			status: status(NOW + 2000),
			records: [RECORD],
			happened,
			reported: 1 + 1 + happened.length
		});
		expect(await runtime.advance(1000)).toEqual({ output: '', status: status(NOW + 3000) });
	});

	it('answers the scenario calls from the script, and records each call', async () => {
		const slis = { payments: { errorRate: 0.33, latencyMs: 90, saturation: 0.4, ready: 5 } };
		const runtime = new FakeRuntime({
			status: { now: NOW },
			health: [
				{ t: 0, slis, holds: false },
				{ t: 15_000, slis, holds: true }
			]
		});
		const load = { yaml: 'id: x', file: 'x.yaml', files: {} };
		expect(await runtime.load(load)).toEqual({ ok: true, status: status(NOW), t0: NOW });
		expect(await runtime.draft(1)).toEqual({ ok: false, message: 'no step 1 scripted' });
		expect((await runtime.health()).holds).toBe(false);
		expect((await runtime.health()).holds).toBe(true);
		expect((await runtime.health()).t).toBe(15_000);
		const saved = await runtime.checkpoint();
		expect(saved.now).toBe(NOW);
		await expect(runtime.score([])).rejects.toThrow('score: no score scripted');
		await runtime.load({ ...load, resume: { world: saved.world, now: NOW + 60_000 } });
		expect(await runtime.status()).toEqual(status(NOW + 60_000));
		expect(runtime.calls).toEqual([
			'load x.yaml',
			'draft 1',
			'health',
			'health',
			'health',
			'checkpoint',
			'score 0',
			'load x.yaml (resume)'
		]);
	});

	it('answers a scripted failed load as scripted', async () => {
		const runtime = new FakeRuntime({ load: { ok: false, message: 'x.yaml:1:1: id: Required' } });
		expect(await runtime.load({ yaml: '', file: 'x.yaml', files: {} })).toEqual({
			ok: false,
			message: 'x.yaml:1:1: id: Required'
		});
	});
});
