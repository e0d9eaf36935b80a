/** The runtime hosting a scenario: a DirectRuntime over the real SessionHost, real scenarios. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeWorld } from '../../core/cluster/world-codec';
import { offlineDraft } from '../../core/drafting/offline';
import { draftStep } from '../../core/drafting/planted';
import { replay } from '../../core/rehearsal/replay';
import { resolutionHolds, slisAt } from '../../core/scenario/health';
import { loadScenario } from '../../core/scenario/load';
import { prepareScenario, type Prepared } from '../../core/scenario/prepare';
import { scenarioAt } from '../../core/scenario/timeline';
import { scoreRun } from '../../core/scoring/score';
import { createHost } from './create-host';
import { DirectRuntime } from './direct-runtime';
import type { RuntimeReply, ScenarioLoad } from './runtime';

function library(path: string): string {
	return readFileSync(new URL(`../../../scenarios/${path}`, import.meta.url), 'utf8');
}

const DRAIN: ScenarioLoad = {
	yaml: library('payments-pool-drain.yaml'),
	file: 'payments-pool-drain.yaml',
	files: {}
};
const CLUSTER_FILE = 'clusters/stale-already-deleted.prod-us-east-1.yaml';
const STALE: ScenarioLoad = {
	yaml: library('stale-already-deleted.yaml'),
	file: 'stale-already-deleted.yaml',
	files: { [CLUSTER_FILE]: library(CLUSTER_FILE) }
};
/** The payments scenario's t = 0: the built-in world's time plus its 30 minutes of history. */
const T0 = Date.parse('2026-03-14T10:11:00Z');

function prepared(load: ScenarioLoad): Prepared {
	const loaded = loadScenario(load.yaml, load.file);
	if (!loaded.ok) throw new Error(`${load.file} does not load`);
	const done = prepareScenario(loaded.scenario, (path) => load.files[path]);
	if (!done.ok) throw new Error(`${load.file} does not prepare`);
	return done.prepared;
}

async function hosting(load: ScenarioLoad = DRAIN): Promise<DirectRuntime> {
	const runtime = new DirectRuntime(createHost());
	const loaded = await runtime.load(load);
	if (!loaded.ok) throw new Error(loaded.message);
	return runtime;
}

const status = (now: number, running = false) => ({
	context: 'prod-us-east-1',
	namespace: 'default',
	now,
	running
});

const SCALE = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';

describe('the runtime hosting a scenario', () => {
	it('starts the scenario at t = 0', async () => {
		const runtime = new DirectRuntime(createHost());
		expect(await runtime.load(DRAIN)).toEqual({ ok: true, status: status(T0), t0: T0 });
		expect(await runtime.status()).toEqual(status(T0));
		expect((await runtime.snapshot()).startedAt).toBe(T0);
	});

	it('reports a mutating command with its record, at the virtual time it ran', async () => {
		const runtime = await hosting();
		expect(await runtime.advance(30_000)).toEqual({ output: '', status: status(T0 + 30_000) });
		const output = 'deployment.apps/payments-secondary scaled\n';
		expect(await runtime.execute(SCALE)).toEqual({
			output,
			exitCode: 0,
			status: status(T0 + 30_000),
			records: [
				{
					at: T0 + 30_000,
					record: {
						command: SCALE,
						context: 'prod-us-east-1',
						namespace: 'payments',
						verb: 'scale',
						resources: ['deployment.apps/payments-secondary'],
						mutating: true,
						exitCode: 0,
						output
					}
				}
			],
			reported: 1
		});
	});

	it('puts a line of several commands on several records, its output on the last', async () => {
		const runtime = await hosting();
		const line =
			'kubectl get deploy/payments-secondary -n payments && kubectl get pods -n nope; echo done';
		const reply = await runtime.execute(line);
		expect(reply.output).toBe(
			'NAME                 READY   UP-TO-DATE   AVAILABLE   AGE\n' +
				'payments-secondary   2/2     2            2           123d\n' +
				'No resources found in nope namespace.\n' +
				'done\n'
		);
		expect(reply.records?.map((r) => [r.at, r.record.command, r.record.output])).toEqual([
			[T0, 'kubectl get deploy/payments-secondary -n payments', ''],
			[T0, 'kubectl get pods -n nope', reply.output]
		]);
		// A line that runs no kubectl command finishes with no records.
		expect(await runtime.execute('echo hello')).toEqual({
			output: 'hello\n',
			exitCode: 0,
			status: status(T0)
		});
	});

	it('reports a long rollout status only when it finishes, with all it printed', async () => {
		const runtime = await hosting();
		await runtime.execute(SCALE);
		const line = 'kubectl rollout status deploy/payments-secondary -n payments';
		const replies: RuntimeReply[] = [await runtime.execute(line)];
		while (replies.at(-1)!.exitCode === undefined) replies.push(await runtime.advance(1000));
		expect(replies.length).toBe(10);
		expect(replies.slice(0, -1).every((r) => r.records === undefined)).toBe(true);
		expect(replies[0].status).toEqual(status(T0, true));
		const all = replies.map((r) => r.output).join('');
		expect(all).toBe(
			'Waiting for deployment "payments-secondary" rollout to finish: 2 of 6 updated replicas are available...\n' +
				'Waiting for deployment "payments-secondary" rollout to finish: 5 of 6 updated replicas are available...\n' +
				'deployment "payments-secondary" successfully rolled out\n'
		);
		expect(replies.at(-1)!.records).toEqual([
			{
				at: T0,
				record: {
					command: line,
					context: 'prod-us-east-1',
					namespace: 'payments',
					verb: 'rollout status',
					resources: ['deployment.apps/payments-secondary'],
					mutating: false,
					exitCode: 0,
					output: all
				}
			}
		]);
	});

	it('does not count a line refused while a command runs, and records an interrupted one', async () => {
		const runtime = await hosting();
		const watch = 'kubectl get deploy/payments-secondary -n payments -w';
		const first = await runtime.execute(watch);
		const refused = await runtime.execute('kubectl delete pod -n payments --all');
		expect(refused).toEqual({
			output: 'preflight: a command is still running (press Ctrl-C to stop it)\n',
			status: status(T0, true)
		});
		const stopped = await runtime.interrupt();
		expect(stopped.exitCode).toBe(130);
		expect(stopped.records).toEqual([
			{
				at: T0,
				record: {
					command: watch,
					context: 'prod-us-east-1',
					namespace: 'payments',
					verb: 'get',
					resources: ['deployment.apps/payments-secondary'],
					mutating: false,
					exitCode: 130,
					output: first.output + stopped.output
				}
			}
		]);
	});

	it('reports the timeline events that happen while time moves, once each', async () => {
		const runtime = await hosting(STALE);
		const scenario = prepared(STALE);
		const index = scenario.scenario.timeline.findIndex((e) => e.at === 298_000);
		const event = scenario.scenario.timeline[index];
		expect(await runtime.advance(290_000)).toEqual({
			output: '',
			status: status(scenario.t0 + 290_000)
		});
		expect(await runtime.advance(10_000)).toEqual({
			output: '',
			status: status(scenario.t0 + 300_000),
			happened: [{ at: scenario.t0 + 298_000, index, by: 'the system', note: event.note }],
			reported: 1
		});
		expect((await runtime.advance(10_000)).happened).toBeUndefined();
	});

	it('drafts a step against the world now, planted flaw and all', async () => {
		const runtime = await hosting();
		const { scenario, t0 } = prepared(DRAIN);
		const { world, now } = scenarioAt(prepared(DRAIN), 0);
		const req = { scenario, world, now, t: now - t0 };
		expect(await runtime.draft(1)).toEqual({
			ok: true,
			step: offlineDraft({ ...req, stepIndex: 0 })
		});
		const third = await runtime.draft(3);
		expect(third).toEqual({ ok: true, ...draftStep({ ...req, stepIndex: 2 }) });
		expect(third.ok && third.planted).toBe(scenario.runbook.steps[2].plant?.note ?? false);
		expect(await runtime.draft(9)).toEqual({
			ok: false,
			message: 'no step 9: the runbook has 4 steps'
		});
		expect(await new DirectRuntime(createHost()).draft(1)).toEqual({
			ok: false,
			message: 'no scenario is loaded to draft from'
		});
	});

	it('measures health as the scenario model does, at t = 0 and later', async () => {
		const runtime = await hosting();
		const p = prepared(DRAIN);
		const health = p.scenario.health;
		const start = scenarioAt(p, 0);
		expect(await runtime.health()).toEqual({
			t: 0,
			slis: slisAt(health, start.world, T0, 0),
			holds: resolutionHolds(health, start.world, T0, 0)
		});
		await runtime.execute(SCALE);
		await runtime.advance(45_000);
		const saved = await runtime.checkpoint();
		const decoded = decodeWorld(saved.world);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(saved.now).toBe(T0 + 45_000);
		expect(await runtime.health()).toEqual({
			t: 45_000,
			slis: slisAt(health, decoded.world, saved.now, 45_000),
			holds: resolutionHolds(health, decoded.world, saved.now, 45_000)
		});
		await expect(new DirectRuntime(createHost()).health()).rejects.toThrow(
			'health: no scenario is loaded (load one first)'
		);
	});

	it('resumes from a checkpoint: the same cluster, the same clock, moving on the same way', async () => {
		const runtime = await hosting();
		await runtime.execute(SCALE);
		await runtime.advance(20_000);
		await runtime.execute('kubectl rollout restart deploy/payments-primary -n payments');
		await runtime.advance(5_000);
		const resumed = new DirectRuntime(createHost());
		const reply = await resumed.load({ ...DRAIN, resume: await runtime.checkpoint() });
		expect(reply).toEqual({ ok: true, status: status(T0 + 25_000), t0: T0 });
		const pods = 'kubectl get pods -A -o wide';
		expect((await resumed.execute(pods)).output).toBe((await runtime.execute(pods)).output);
		expect(await resumed.advance(60_000)).toEqual(await runtime.advance(60_000));
		expect((await resumed.execute(pods)).output).toBe((await runtime.execute(pods)).output);
		expect(await resumed.health()).toEqual(await runtime.health());
	});

	it('names the first problem of a scenario that does not load, and keeps the session', async () => {
		const runtime = await hosting();
		await runtime.advance(9_000);
		const broken = { yaml: 'id: x\ntitle: [unclosed\n', file: 'broken.yaml', files: {} };
		expect(await runtime.load(broken)).toEqual({
			ok: false,
			message:
				'broken.yaml:3:1: Flow sequence in block collection must be sufficiently indented and end with a ]'
		});
		const typo = { ...DRAIN, yaml: DRAIN.yaml.replace('builtin: payments', 'builtin: paymnts') };
		const line = DRAIN.yaml.split('\n').indexOf('  builtin: payments') + 1;
		expect(await runtime.load(typo)).toEqual({
			ok: false,
			message: `payments-pool-drain.yaml:${line}:12: world.builtin: no built-in world "paymnts" (built-in: payments)`
		});
		expect(await runtime.load({ ...STALE, files: {} })).toEqual({
			ok: false,
			message: `stale-already-deleted.yaml:179:15: world.contexts.0.files.0: cannot read ${CLUSTER_FILE}`
		});
		expect(
			await runtime.load({
				...DRAIN,
				resume: { world: { encoding: 'preflight-world/1' }, now: T0 }
			})
		).toEqual({
			ok: false,
			message:
				'checkpoint: not a saved world: contexts: Invalid input: expected array, received undefined'
		});
		expect(await runtime.status()).toEqual(status(T0 + 9_000));
	});

	it('scores a run of the loaded scenario as the core does', async () => {
		const runtime = await hosting();
		const p = prepared(DRAIN);
		const { events } = replay(p, 'approve', [
			{ act: 'run', command: 'kubectl get deploy -n payments' },
			{ act: 'confirm', step: 1 },
			{ act: 'run', command: SCALE },
			{ act: 'wait', seconds: 30 }
		]);
		expect(await runtime.score(events)).toEqual(scoreRun(p, events));
	});
});
