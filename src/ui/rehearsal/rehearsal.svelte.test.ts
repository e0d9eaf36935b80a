import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../adapters/runtime/create-host';
import { DirectRuntime } from '../../adapters/runtime/direct-runtime';
import type { Runtime, RuntimeReply } from '../../adapters/runtime/runtime';
import type { LoadedEntry } from '../../adapters/scenarios/catalog';
import { createRunStore, memoryRunStore } from '../../adapters/store/run-store';
import type { RunStore } from '../../adapters/store/run-types';
import { RUNS_NOT_PERSISTENT } from '../../adapters/store/store-failure';
import { replay } from '../../core/rehearsal/replay';
import type { Act, Mode, RunEvent } from '../../core/rehearsal/schema';
import { loadScenario } from '../../core/scenario/load';
import { prepareScenario, type Prepared } from '../../core/scenario/prepare';
import { Rehearsal } from './rehearsal.svelte';

const FILE = 'payments-pool-drain.yaml';
// vitest runs from the project root (jsdom's import.meta.url is not a file URL).
const YAML = readFileSync(join(process.cwd(), 'scenarios', FILE), 'utf8');
const T0 = Date.parse('2026-03-14T10:11:00Z');
const WALL = Date.UTC(2026, 3, 2, 14, 5);

const PRE_1 =
	'kubectl get pods -n payments -l pool=primary -o wide && kubectl get deployment/payments-secondary -n payments -o wide';
const SCALE_UP = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';

/** A careful trainee through step 1 and into step 2 (as `replay.test.ts` drives it). */
const STEP_1: Act[] = [
	{ act: 'run', command: PRE_1 },
	{ act: 'confirm', step: 1 },
	{ act: 'run', command: 'kubectl logs -n payments -l pool=primary --tail=50' },
	{ act: 'run', command: PRE_1 }
];

/** Step 2 up to its action, then a wait: the world has changed since the last decision. */
const STEP_2: Act[] = [
	{ act: 'run', command: 'kubectl get deploy/payments-secondary -n payments -o wide' },
	{ act: 'confirm', step: 2 },
	{
		act: 'stage-rollback',
		step: 2,
		command: 'kubectl scale deployment/payments-secondary -n payments --replicas=2'
	},
	{ act: 'run', command: SCALE_UP },
	{ act: 'wait', seconds: 20 }
];

let entry: LoadedEntry;
let prepared: Prepared;

beforeAll(() => {
	const loaded = loadScenario(YAML, FILE);
	if (!loaded.ok) throw new Error(`${FILE} does not load`);
	const ready = prepareScenario(loaded.scenario);
	if (!ready.ok) throw new Error(`${FILE} does not prepare`);
	prepared = ready.prepared;
	entry = {
		id: loaded.scenario.id,
		source: 'builtin',
		file: FILE,
		yaml: YAML,
		ok: true,
		scenario: loaded.scenario
	};
});

function runtime(): Runtime {
	return new DirectRuntime(createHost());
}

function wall() {
	let n = 0;
	return () => WALL + 1000 * n++;
}

async function start(mode: Mode, rt: Runtime, runs: RunStore = memoryRunStore()) {
	const started = await Rehearsal.start({
		runtime: rt,
		runs,
		entry,
		files: {},
		mode,
		wall: wall(),
		newId: () => 'run-7f3a'
	});
	if ('error' in started) throw new Error(started.error);
	return started;
}

/** What the page and terminal do for each act: lines run to their end, waits move the clock. */
async function drive(r: Rehearsal, rt: Runtime, acts: Act[]): Promise<void> {
	for (const act of acts) {
		if (act.act === 'run') {
			r.submitted(act.command);
			let reply: RuntimeReply = await rt.execute(act.command);
			r.received(reply);
			for (let waited = 0; reply.status.running; waited += 1000) {
				reply = waited >= 60_000 ? await rt.interrupt() : await rt.advance(1000);
				r.received(reply);
			}
		} else if (act.act === 'wait') r.received(await rt.advance(act.seconds * 1000));
		else expect(await r.act(act)).toEqual({ ok: true });
	}
	await r.settled();
}

function withoutWall(events: readonly RunEvent[]): RunEvent[] {
	return events.map(({ wall: _, ...event }) => event as RunEvent);
}

function withoutPlanted(event: RunEvent): RunEvent {
	if (event.kind !== 'draft-shown') return event;
	const { planted: _, ...shown } = event;
	return shown;
}

describe('Rehearsal.start and the log', () => {
	it('logs exactly what replay logs for the same acts, each with its wall time', async () => {
		// Through step 1, into step 2 and its action (the clock's time is not a `wait` act).
		const acts = [...STEP_1, ...STEP_2.slice(0, -1)];
		const rt = runtime();
		const runs = memoryRunStore();
		const r = await start('approve', rt, runs);
		await drive(r, rt, acts);
		const expected = replay(prepared, 'approve', acts);
		const stored = (await runs.load(r.runId))?.events ?? [];
		expect(withoutWall(stored)).toEqual(withoutWall(expected.events));
		expect(stored.map((e) => e.wall)).toEqual(stored.map((_, i) => WALL + 1000 * (i + 1)));
		expect(r.events).toEqual(stored.map(withoutPlanted));
		expect(r.gate).toEqual(expected.state);
		expect(r.now).toBe(expected.now);
		expect(r.t).toBe(expected.now - T0);
	});

	it('logs idle clock time as the wait replay logs, so the acts replay to the same log', async () => {
		const acts: Act[] = [...STEP_1.slice(0, 2), { act: 'wait', seconds: 40 }, STEP_1[2]];
		const rt = runtime();
		const runs = memoryRunStore();
		const r = await start('approve', rt, runs);
		await drive(r, rt, acts);
		const stored = (await runs.load(r.runId))?.events ?? [];
		expect(withoutWall(stored)).toEqual(withoutWall(replay(prepared, 'approve', acts).events));
	});

	it('shows the page no plant, answer key or timeline', async () => {
		const r = await start('approve', runtime());
		const step3 = prepared.scenario.runbook.steps[2];
		const pub = JSON.stringify({
			...{ runId: r.runId, mode: r.mode, view: r.view, gate: r.gate, draft: r.draft },
			...{ step: r.step, events: r.events, health: r.health, notice: r.notice }
		});
		expect(step3.plant?.note).toBeTruthy();
		expect(pub).not.toContain(step3.plant!.note);
		expect(pub).not.toContain(step3.truth.actions[0]);
		expect(pub).not.toContain(prepared.scenario.timeline[0].note);
		expect(r.view.runbook.steps[2]).toEqual({ id: step3.id, title: step3.title, text: step3.text });
		expect(Object.keys(r)).not.toContain('scenario');
	});

	it('holds only revealed steps: a later draft is nowhere until the step is confirmed', async () => {
		const rt = runtime();
		const r = await start('approve', rt);
		expect(r.runId).toBe('run-7f3a');
		expect(r.t0).toBe(T0);
		expect(r.gate.steps.map((s) => s.step)).toEqual([1]);
		expect(r.draft?.step).toBe(1);
		expect(r.step).toEqual({ step: 1, phase: 'drafted', draft: r.draft });
		const later = await rt.draft(2);
		if (!later.ok) throw new Error(later.message);
		const state = JSON.stringify({ gate: r.gate, draft: r.draft, events: r.events });
		expect(state).not.toContain(later.step.action.command);
		expect(state).not.toContain(later.step.title);
		await drive(r, rt, STEP_1.slice(0, 2));
		expect(r.gate.steps.map((s) => s.step)).toEqual([1, 2]);
		expect(r.draft?.step).toBe(2);
	});

	it('keeps a planted flaw in the stored log and out of page state', async () => {
		const rt = runtime();
		const runs = memoryRunStore();
		const r = await start('approve', rt, runs);
		// Confirming step 2 reveals step 3, whose draft the scenario plants a wrong target in.
		await drive(r, rt, [...STEP_1, ...STEP_2]);
		expect(r.draft?.step).toBe(3);
		expect(r.draft?.action.command).toBe(
			'kubectl scale deploy/payments-secondary -n payments --replicas=0'
		);
		const stored = await runs.load(r.runId);
		const shown = stored?.events.flatMap((e) =>
			e.kind === 'draft-shown' ? [[e.step, e.planted !== undefined]] : []
		);
		expect(shown).toEqual([
			[1, false],
			[2, false],
			[3, true]
		]);
		expect(JSON.stringify({ events: r.events, gate: r.gate })).not.toContain('planted');
	});

	it('compose reveals step 1 with no draft; free play has no steps', async () => {
		const composed = await start('compose', runtime());
		expect(composed.gate.steps).toEqual([{ step: 1, phase: 'awaiting-draft' }]);
		expect(composed.events).toEqual([]);
		expect(composed.draft).toBeUndefined();
		const free = await start('free-play', runtime());
		expect(free.gate.steps).toEqual([]);
		expect(free.step).toBeUndefined();
		expect(await free.act({ act: 'confirm', step: 1 })).toEqual({
			ok: false,
			reason: 'free play has no steps'
		});
	});

	it('returns a refused act’s reason and logs it, as replay does', async () => {
		const rt = runtime();
		const r = await start('approve', rt);
		expect(await r.act({ act: 'confirm', step: 3 })).toEqual({
			ok: false,
			reason: 'step 3 has not been revealed (the current step is 1)'
		});
		expect(r.events.at(-1)).toMatchObject({
			seq: 1,
			kind: 'act',
			act: { act: 'confirm', step: 3 }
		});
		expect(r.gate.current).toBe(1);
		expect(await r.act({ act: 'stop', step: 1, reason: ' ' })).toEqual({
			ok: false,
			reason: 'Too small: expected string to have >=1 characters'
		});
		expect(r.events).toHaveLength(2);
	});
});

describe('keeping the run', () => {
	it('stores every event in order in IndexedDB, with the checkpoint after the last change', async () => {
		const runs = createRunStore({ indexedDB: new IDBFactory(), IDBKeyRange, now: wall() });
		const rt = runtime();
		const r = await start('approve', rt, runs);
		expect(r.notice).toBeUndefined();
		await drive(r, rt, [...STEP_1, ...STEP_2]);
		const stored = await runs.load(r.runId);
		expect(stored?.events.map(withoutPlanted)).toEqual(r.events);
		expect(stored?.events.map((e) => e.seq)).toEqual(r.events.map((_, i) => i));
		expect(stored?.run).toMatchObject({
			id: 'run-7f3a',
			mode: 'approve',
			status: 'active',
			t0: T0,
			events: r.events.length,
			scenario: { id: 'payments-pool-drain', file: FILE, yaml: YAML, files: {} }
		});
		const scaled = r.events.findIndex((e) => e.kind === 'command' && e.record.mutating);
		expect(stored?.run.checkpoint?.seq).toBeGreaterThan(scaled);
	});

	it('says so in one line when storage is unavailable, and the run goes on', async () => {
		const runs = createRunStore({ indexedDB: null });
		const rt = runtime();
		const r = await start('approve', rt, runs);
		expect(r.notice).toBe(RUNS_NOT_PERSISTENT);
		await drive(r, rt, STEP_1);
		expect(r.gate.current).toBe(2);
		expect((await runs.load(r.runId))?.events).toEqual(r.events);
	});

	it('end() scores the log and stores the score', async () => {
		const runs = memoryRunStore();
		const rt = runtime();
		const r = await start('approve', rt, runs);
		await drive(r, rt, STEP_1);
		const ended = r.end();
		expect(r.scoring).toBe(true);
		expect(await ended).toEqual({ ok: true });
		expect(r.ended && r.finished && !r.scoring).toBe(true);
		const stored = await runs.load(r.runId);
		expect(stored?.run.status).toBe('finished');
		expect(stored?.score?.report).toEqual(r.report);
		expect(stored?.run.total).toBe(r.report?.total);
		expect(await r.end()).toEqual({ ok: false, reason: 'the run has already ended' });
		r.submitted('kubectl get pods -n payments');
		expect((await runs.load(r.runId))?.events).toHaveLength(stored?.events.length ?? -1);
	});
});

describe('ending a run left idle', () => {
	it('counts the damage of the virtual minutes it burned before End', async () => {
		async function ended(idleMs: number) {
			const rt = runtime();
			const r = await start('approve', rt);
			// A careless change that takes the serving pool away: errors burn while the run idles.
			const careless = 'kubectl scale deploy/payments-secondary -n payments --replicas=0';
			await drive(r, rt, [...STEP_1, { act: 'run', command: careless }]);
			if (idleMs > 0) r.received(await rt.advance(idleMs));
			expect(await r.end()).toEqual({ ok: true });
			return r;
		}
		const atOnce = await ended(0);
		const idle = await ended(5 * 60_000);
		expect(idle.events.at(-1)).toMatchObject({ kind: 'act', act: { act: 'wait' } });
		expect(idle.report!.budgetBurned).toBeGreaterThan(atOnce.report!.budgetBurned);
	});
});

describe('Rehearsal.resume', () => {
	async function interrupted(runs: RunStore, acts: Act[]) {
		const rt = runtime();
		const r = await start('approve', rt, runs);
		await drive(r, rt, acts);
		return { r, rt };
	}

	async function resume(runs: RunStore, runId: string) {
		const rt = runtime();
		const back = await Rehearsal.resume({ runtime: rt, runs, runId });
		if ('error' in back) throw new Error(back.error);
		await back.settled();
		return { back, rt };
	}

	it('gives back the same world, clock, gate and terminal after a mutation', async () => {
		const runs = createRunStore({ indexedDB: new IDBFactory(), IDBKeyRange });
		const { r, rt } = await interrupted(runs, [...STEP_1, ...STEP_2.slice(0, -1)]);
		const { back, rt: rt2 } = await resume(runs, r.runId);
		expect(back.mode).toBe('approve');
		expect(back.gate).toEqual(r.gate);
		expect(back.events).toEqual(r.events);
		expect(back.now).toBe(r.now);
		expect(await rt2.snapshot()).toEqual(await rt.snapshot());
		expect(back.transcript()).toBe(r.transcript());
		expect(back.transcript()).toContain(`${SCALE_UP}\ndeployment.apps/payments-secondary scaled\n`);
	});

	it('resumes the clock from the last checkpoint: save() writes one now', async () => {
		const runs = memoryRunStore();
		const { r, rt } = await interrupted(runs, [...STEP_1, ...STEP_2]);
		await r.save();
		const { back, rt: rt2 } = await resume(runs, r.runId);
		expect(back.now).toBe(r.now);
		expect(await rt2.snapshot()).toEqual(await rt.snapshot());
	});

	it('runs a change again when its checkpoint was never written', async () => {
		const runs = memoryRunStore();
		const { r, rt } = await interrupted(firstCheckpointOnly(runs), [
			...STEP_1,
			...STEP_2.slice(0, -1)
		]);
		expect((await runs.load(r.runId))?.run.checkpoint?.seq).toBe(1);
		const { back, rt: rt2 } = await resume(runs, r.runId);
		expect(back.now).toBe(r.now);
		expect(back.gate).toEqual(r.gate);
		expect(await rt2.snapshot()).toEqual(await rt.snapshot());
		expect((await runs.load(r.runId))?.run.checkpoint).toMatchObject({
			seq: r.events.length,
			now: r.now
		});
	});

	it('refuses a run it does not have, and a finished one', async () => {
		const runs = memoryRunStore();
		expect(await Rehearsal.resume({ runtime: runtime(), runs, runId: 'run-0000' })).toEqual({
			error: 'There is no run run-0000 in this browser.'
		});
		const { r } = await interrupted(runs, STEP_1);
		await r.end();
		expect(await Rehearsal.resume({ runtime: runtime(), runs, runId: r.runId })).toEqual({
			error: 'Run run-7f3a is finished.'
		});
	});

	it('refuses a run the trainee abandoned by starting over', async () => {
		const runs = memoryRunStore();
		const { r } = await interrupted(runs, STEP_1);
		expect(await runs.abandon(r.runId)).toEqual({ ok: true });
		expect(await Rehearsal.resume({ runtime: runtime(), runs, runId: r.runId })).toEqual({
			error: 'Run run-7f3a was abandoned: its scenario was started over.'
		});
	});
});

/** A store that keeps the first checkpoint and drops the rest (the tab closed before each). */
function firstCheckpointOnly(runs: RunStore): RunStore {
	let saved = false;
	return {
		...runs,
		saveCheckpoint: async (id, checkpoint) => {
			if (saved) return { ok: true };
			saved = true;
			return runs.saveCheckpoint(id, checkpoint);
		}
	};
}
