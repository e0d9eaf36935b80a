import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FakeRuntime, type FakeScript } from '../../adapters/runtime/fake-runtime';
import type { DraftReply, HealthSample } from '../../adapters/runtime/runtime';
import type { LoadedEntry } from '../../adapters/scenarios/catalog';
import { memoryRunStore } from '../../adapters/store/run-store';
import { GuardedStep } from '../../core/drafting/schema';
import type { CommandRecord, RunEvent } from '../../core/rehearsal/schema';
import { loadScenario } from '../../core/scenario/load';
import { Rehearsal } from './rehearsal.svelte';

const FILE = 'payments-pool-drain.yaml';
// vitest runs from the project root (jsdom's import.meta.url is not a file URL).
const YAML = readFileSync(join(process.cwd(), 'scenarios', FILE), 'utf8');
const NOW = Date.UTC(2026, 2, 14, 9, 41);
const ROLLOUT = 'kubectl rollout status deployment/payments-secondary -n payments --timeout=2m';

const DRAFT_1 = GuardedStep.parse({
	step: 1,
	title: 'Find the bad pool',
	preflight: {
		command: 'kubectl get pods -n payments -l pool=primary -o wide',
		expect: 'the primary pool is listed',
		stopIf: { text: 'no primary pool', when: 'missing deployment/payments-primary@payments' }
	},
	action: {
		command: 'kubectl logs -n payments -l pool=primary --tail=50',
		blastRadius: 'reads only; changes nothing'
	},
	verify: { command: 'kubectl get pods -n payments -l pool=primary', expect: 'listed' },
	rollback: { command: '' }
});

function entry(): LoadedEntry {
	const loaded = loadScenario(YAML, FILE);
	if (!loaded.ok) throw new Error(`${FILE} does not load`);
	return {
		id: 'payments-pool-drain',
		source: 'builtin',
		file: FILE,
		yaml: YAML,
		ok: true,
		scenario: loaded.scenario
	};
}

function rollout(ms: number): CommandRecord {
	return {
		command: ROLLOUT,
		context: 'prod-us-east-1',
		namespace: 'payments',
		verb: 'rollout status',
		resources: ['deployment.apps/payments-secondary'],
		mutating: false,
		exitCode: 0,
		output: `deployment "payments-secondary" successfully rolled out after ${ms / 1000}s\n`
	};
}

function sample(t: number): HealthSample {
	return {
		t,
		slis: { payments: { errorRate: 0.02, latencyMs: 240, saturation: 0.7, ready: 6 } },
		holds: true
	};
}

/** Monotonic wall ms the rehearsals here space their checkpoints by. */
let monotonic = 0;

async function start(script: FakeScript) {
	const rt = new FakeRuntime(script);
	const runs = memoryRunStore();
	const r = await Rehearsal.start({
		runtime: rt,
		runs,
		entry: entry(),
		files: {},
		mode: 'approve',
		newId: () => 'run-1',
		wall: () => 0,
		clock: () => monotonic
	});
	if ('error' in r) throw new Error(r.error);
	return { r, rt, runs };
}

describe('Rehearsal with a scripted runtime', () => {
	it('logs timeline events during a running line with its commands, in time order', async () => {
		const { r, rt } = await start({
			drafts: { 1: { ok: true, step: DRAFT_1 } },
			commands: {
				[ROLLOUT]: { output: 'Waiting for deployment rollout to finish…\n', running: true }
			}
		});
		r.submitted(ROLLOUT);
		r.received(await rt.execute(ROLLOUT));
		rt.pendingAdvance = {
			happened: [{ at: NOW + 2000, index: 3, by: 'payments-secondary', note: 'new pods Ready' }]
		};
		r.received(await rt.advance(3000));
		expect(r.events.map((e) => e.kind)).toEqual(['draft-shown', 'act']);
		rt.pendingAdvance = { exitCode: 0, records: [{ at: NOW, record: rollout(4000) }] };
		r.received(await rt.advance(1000));
		expect(r.events.map((e) => [e.seq, e.kind, e.t])).toEqual([
			[0, 'draft-shown', 0],
			[1, 'act', 0],
			[2, 'command', 0],
			[3, 'timeline', 2000]
		]);
		expect(r.now).toBe(NOW + 4000);
	});

	it('samples health every 15 s of virtual time and checkpoints every change and minute', async () => {
		const { r, rt } = await start({ drafts: { 1: { ok: true, step: DRAFT_1 } } });
		await r.settled();
		const calls = () => rt.calls.filter((c) => c === 'health' || c === 'checkpoint');
		expect(calls()).toEqual(['health', 'checkpoint']);
		r.received(await rt.advance(10_000));
		r.received(await rt.advance(5_000));
		await r.settled();
		expect(calls()).toEqual(['health', 'checkpoint', 'health']);
		expect(r.health.map((s) => s.t)).toEqual([0, 15_000]);
		rt.pendingAdvance = {
			happened: [{ at: NOW + 16_000, index: 4, by: 'alertmanager', note: 'resolved' }]
		};
		r.received(await rt.advance(2_000));
		await r.settled();
		expect(calls()).toEqual(['health', 'checkpoint', 'health', 'health', 'checkpoint']);
		expect(r.health.map((s) => s.t)).toEqual([0, 15_000, 17_000]);
		// A virtual minute within 10 s of wall time (60×) earns no checkpoint; after it, one.
		r.received(await rt.advance(60_000));
		await r.settled();
		expect(calls().slice(5)).toEqual(['health']);
		monotonic += 10_000;
		r.received(await rt.advance(1_000));
		await r.settled();
		expect(calls().slice(6)).toEqual(['checkpoint']);
	});

	it('logs a reply once and in the runtime’s order, however the page passes replies on', async () => {
		const { r, rt, runs } = await start({});
		const tick = (at: number, index: number) => ({
			happened: [{ at: NOW + at, index, by: 'alertmanager', note: `tick ${index}` }]
		});
		rt.pendingAdvance = tick(1000, 1);
		const first = await rt.advance(1000);
		rt.pendingAdvance = tick(2000, 2);
		const second = await rt.advance(1000);
		r.received(second);
		r.received(first);
		r.received(first);
		await r.settled();
		const logged = (await runs.load(r.runId))?.events ?? [];
		// Idle time before each is a wait, as replay logs it.
		const read = (e: RunEvent) =>
			e.kind === 'timeline' ? e.note : e.kind === 'act' && e.act.act === 'wait' ? e.act : e;
		expect(logged.map(read)).toEqual([
			{ act: 'wait', seconds: 1 },
			'tick 1',
			{ act: 'wait', seconds: 1 },
			'tick 2'
		]);
		expect(logged.map((e) => e.at - NOW)).toEqual([0, 1000, 1000, 2000]);
		expect(rt.observed.map((events) => events.map((e) => e.seq))).toEqual([[0], [1], [2], [3]]);
	});

	it('logs what a checkpoint had pending before it, and gives the checkpoint the seq after it', async () => {
		const WATCH = 'kubectl get pods -n payments -w';
		const { r, rt, runs } = await start({ commands: { [WATCH]: { output: '', running: true } } });
		r.submitted(WATCH);
		r.received(await rt.execute(WATCH));
		rt.pendingCheckpoint = {
			records: [{ at: NOW, record: { ...rollout(0), command: 'kubectl get pods -n payments -w' } }],
			happened: [{ at: NOW + 5000, index: 3, by: 'deploy-bot', note: 'rollback' }]
		};
		await r.save();
		await r.settled();
		const stored = await runs.load(r.runId);
		expect(stored?.events.map((e) => e.kind)).toEqual(['act', 'command', 'timeline']);
		expect(stored?.run.checkpoint?.seq).toBe(3);
	});

	it('keeps the chart with each checkpoint, and a resumed run shows the whole of it', async () => {
		const { r, rt, runs } = await start({ drafts: { 1: { ok: true, step: DRAFT_1 } } });
		r.received(await rt.advance(15_000));
		rt.pendingAdvance = {
			happened: [{ at: NOW + 16_000, index: 4, by: 'alertmanager', note: 'resolved' }]
		};
		r.received(await rt.advance(2_000));
		await r.settled();
		const chart = r.health;
		expect(chart.map((s) => s.t)).toEqual([0, 15_000, 17_000]);
		expect((await runs.load('run-1'))?.run.checkpoint).toMatchObject({
			now: NOW + 17_000,
			health: chart
		});

		const back = await Rehearsal.resume({ runtime: new FakeRuntime(), runs, runId: 'run-1' });
		if ('error' in back) throw new Error(back.error);
		expect(back.health).toEqual(chart);
	});

	it('says why a step could not be drafted, and drafts it on redraft', async () => {
		const drafts: Record<number, DraftReply> = {};
		const { r } = await start({ drafts, health: [sample(0)] });
		expect(r.problem).toBe('Step 1 could not be drafted: no step 1 scripted');
		expect(r.draft).toBeUndefined();
		drafts[1] = { ok: true, step: DRAFT_1, planted: 'The pre-flight reads the wrong pool.' };
		expect(await r.redraft()).toEqual({ ok: true });
		expect(r.problem).toBeUndefined();
		expect(r.draft).toEqual(DRAFT_1);
		expect(r.events).toEqual([
			{ seq: 0, at: NOW, t: 0, wall: 0, kind: 'draft-shown', step: 1, draft: DRAFT_1 }
		]);
		expect(await r.redraft()).toEqual({
			ok: false,
			reason: 'the current step is not waiting for a draft'
		});
	});

	it('reports a score that fails and lets the run go on', async () => {
		const { r, rt } = await start({ drafts: { 1: { ok: true, step: DRAFT_1 } } });
		expect(await r.end()).toEqual({
			ok: false,
			reason: 'The run could not be scored: score: no score scripted'
		});
		expect(r.ended).toBe(false);
		expect(rt.scored.map((events) => events.length)).toEqual([1]);
		r.submitted('kubectl get pods -n payments');
		expect(r.events).toHaveLength(2);
	});
});
