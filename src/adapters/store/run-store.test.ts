import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb } from './db';
import { createRunStore, memoryRunStore } from './run-store';
import type { RunStore } from './run-types';
import { checkpoint, events, newRun, PAYMENTS, score, STARTED } from './test-runs';

const A = '6f0b7c2e-3d41-4a8e-9b15-c27d8e4a90f3';
const B = 'e3a9d0c4-7b28-4f61-8d05-93c1b6e2fa47';
const C = '1b5c8e7f-0d24-49a3-b6e1-2f9d7c4a8035';
const NOW = 1_773_656_000_000;

/** A wall clock that moves a second a call, so "newest" is well defined. */
function ticking(start = NOW): () => number {
	let now = start;
	return () => (now += 1_000);
}

function indexed(now = ticking(), factory = new IDBFactory()): RunStore {
	return createRunStore({ indexedDB: factory, IDBKeyRange, now });
}

describe.each([
	['IndexedDB', indexed],
	['memory', (now = ticking()) => memoryRunStore({ now })]
])('%s run store', (_name, make) => {
	it('creates a run, appends its events in batches and loads them in seq order', async () => {
		const store = make(() => NOW);
		expect(await store.create(newRun(A))).toEqual({ ok: true });
		expect(await store.load(A)).toEqual({
			run: { ...newRun(A), events: 0, updatedAt: NOW },
			events: []
		});
		expect(await store.append(A, events(0, 3))).toEqual({ ok: true });
		expect(await store.append(A, [])).toEqual({ ok: true });
		expect(await store.append(A, events(3, 5))).toEqual({ ok: true });
		expect(await store.load(A)).toEqual({
			run: { ...newRun(A), events: 8, updatedAt: NOW },
			events: events(0, 8)
		});
	});

	it('refuses a gap, a repeat, an unknown run and a second run with the same id', async () => {
		const store = make();
		await store.create(newRun(A));
		await store.append(A, events(0, 2));
		expect(await store.append(A, events(3, 1))).toEqual({
			ok: false,
			message: `Event 3 would leave a gap in run ${A}'s log: the next event is 2.`
		});
		expect(await store.append(A, events(1, 2))).toEqual({
			ok: false,
			message: `Event 1 is already in run ${A}'s log (it holds 2 events): a stored event is never rewritten.`
		});
		expect(await store.append(A, [...events(2, 1), ...events(4, 1)])).toEqual({
			ok: false,
			message: `Event 4 would leave a gap in run ${A}'s log: the next event is 3.`
		});
		expect(await store.append(B, events(0, 1))).toEqual({
			ok: false,
			message: `No run ${B} is stored in this browser.`
		});
		expect(await store.create(newRun(A, { mode: 'compose' }))).toEqual({
			ok: false,
			message: `A run ${A} is already stored: a new run needs a new id.`
		});
		expect((await store.load(A))?.events).toEqual(events(0, 2));
		expect((await store.load(A))?.run.mode).toBe('approve');
	});

	it('keeps a checkpoint, refusing one past the log', async () => {
		const store = make(() => NOW);
		await store.create(newRun(A));
		await store.append(A, events(0, 4));
		expect(await store.saveCheckpoint(A, checkpoint(4))).toEqual({ ok: true });
		expect(await store.saveCheckpoint(A, checkpoint(5))).toEqual({
			ok: false,
			message: `The checkpoint is after event 4, but run ${A}'s log holds 4 events.`
		});
		expect(await store.saveCheckpoint(B, checkpoint(0))).toEqual({
			ok: false,
			message: `No run ${B} is stored in this browser.`
		});
		const row = { ...newRun(A), events: 4, updatedAt: NOW };
		expect((await store.load(A))?.run).toEqual({ ...row, checkpoint: checkpoint(4) });
		// Rows listed leave the world out.
		expect(await store.list()).toEqual([row]);
		expect(await store.active(PAYMENTS.id)).toEqual(row);
		expect(Object.keys((await store.list())[0])).not.toContain('checkpoint');
	});

	it('finishes a run: the score kept, the row finished with its total and grade', async () => {
		const store = make(() => NOW);
		await store.create(newRun(A));
		await store.append(A, events(0, 6));
		expect(await store.finish(A, score())).toEqual({ ok: true });
		expect(await store.load(A)).toEqual({
			run: { ...newRun(A), status: 'finished', events: 6, updatedAt: NOW, total: 88, grade: 'B' },
			events: events(0, 6),
			score: { runId: A, ...score() }
		});
		expect(await store.finish(B, score())).toEqual({
			ok: false,
			message: `No run ${B} is stored in this browser.`
		});
	});

	it('lists runs newest first, per scenario, and finds the newest active one', async () => {
		const store = make();
		const other = { ...PAYMENTS, id: 'checkout-canary', title: 'Checkout canary goes bad' };
		await store.create(newRun(A));
		await store.create(newRun(B, { scenario: other }));
		await store.create(newRun(C, { startedAt: STARTED + 60_000 }));
		await store.append(A, events(0, 1)); // A changed last
		expect((await store.list()).map((r) => r.id)).toEqual([A, C, B]);
		expect((await store.list(PAYMENTS.id)).map((r) => r.id)).toEqual([A, C]);
		expect((await store.list('no-such-scenario')).map((r) => r.id)).toEqual([]);
		expect((await store.active(PAYMENTS.id))?.id).toBe(A);
		await store.finish(A, score());
		expect((await store.active(PAYMENTS.id))?.id).toBe(C);
		expect((await store.active('checkout-canary'))?.id).toBe(B);
		await store.finish(C, score());
		expect(await store.active(PAYMENTS.id)).toBeUndefined();
	});

	it('abandons a run still going: kept, listed as abandoned, no longer active', async () => {
		const store = make(ticking());
		await store.create(newRun(A));
		await store.append(A, events(0, 3));
		await store.create(newRun(B));
		expect((await store.active(PAYMENTS.id))?.id).toBe(B);
		expect(await store.abandon(B)).toEqual({ ok: true });
		expect((await store.active(PAYMENTS.id))?.id).toBe(A);
		expect(await store.abandon(A)).toEqual({ ok: true });
		expect(await store.active(PAYMENTS.id)).toBeUndefined();
		const row = (await store.load(A))?.run;
		expect(row).toEqual({ ...newRun(A), status: 'abandoned', events: 3, updatedAt: NOW + 5_000 });
		// Again: no change (not even its time).
		expect(await store.abandon(A)).toEqual({ ok: true });
		expect((await store.load(A))?.run).toEqual(row);
		expect((await store.list()).map((r) => [r.id, r.status])).toEqual([
			[A, 'abandoned'],
			[B, 'abandoned']
		]);
		expect((await store.load(A))?.events).toEqual(events(0, 3));
		// The export (still version 1) carries the status, and reads back.
		const doc = await store.exportRuns();
		const other = make(ticking());
		expect(await other.importRuns(JSON.stringify(doc))).toEqual({ ok: true, imported: 2 });
		expect((await other.exportRuns()).runs).toEqual(doc.runs);
	});

	it('refuses to abandon a finished run or one it does not have', async () => {
		const store = make(() => NOW);
		await store.create(newRun(A));
		await store.finish(A, score());
		expect(await store.abandon(A)).toEqual({
			ok: false,
			message: `Run ${A} is finished: only a run still going can be abandoned.`
		});
		expect((await store.load(A))?.run.status).toBe('finished');
		expect(await store.abandon(B)).toEqual({
			ok: false,
			message: `No run ${B} is stored in this browser.`
		});
	});

	it('keeps the health samples with a checkpoint, and exports them', async () => {
		const store = make(() => NOW);
		await store.create(newRun(A));
		await store.append(A, events(0, 4));
		const health = score().samples;
		expect(await store.saveCheckpoint(A, { ...checkpoint(4), health })).toEqual({ ok: true });
		expect((await store.load(A))?.run.checkpoint).toEqual({ ...checkpoint(4), health });
		const other = make(() => NOW);
		expect(await other.importRuns(JSON.stringify(await store.exportRuns()))).toEqual({
			ok: true,
			imported: 1
		});
		expect((await other.load(A))?.run.checkpoint).toEqual({ ...checkpoint(4), health });
	});

	it('removes a run with its events and score', async () => {
		const store = make();
		await store.create(newRun(A));
		await store.create(newRun(B));
		await store.append(A, events(0, 3));
		await store.finish(A, score());
		expect(await store.remove(A)).toEqual({ ok: true });
		expect(await store.load(A)).toBeUndefined();
		expect((await store.list()).map((r) => r.id)).toEqual([B]);
		// The id is free again, with an empty log.
		expect(await store.create(newRun(A))).toEqual({ ok: true });
		expect((await store.load(A))?.events).toEqual([]);
	});

	it('keeps the order of calls made without waiting for each', async () => {
		const store = make(() => NOW);
		const calls = [store.create(newRun(A))];
		for (let seq = 0; seq < 40; seq++) calls.push(store.append(A, events(seq, 1)));
		calls.push(store.saveCheckpoint(A, checkpoint(40)));
		const loaded = store.load(A);
		expect(await Promise.all(calls)).toEqual(calls.map(() => ({ ok: true })));
		expect(await loaded).toEqual({
			run: { ...newRun(A), events: 40, updatedAt: NOW, checkpoint: checkpoint(40) },
			events: events(0, 40)
		});
	});

	it("keeps copies: the caller's objects (or Svelte proxies of them) can change afterwards", async () => {
		const store = make(() => NOW);
		const run = newRun(A);
		await store.create(new Proxy(run, {}));
		const batch = events(0, 2).map((e) => new Proxy(e, {}));
		expect(await store.append(A, batch)).toEqual({ ok: true });
		run.mode = 'free-play';
		batch[0].t = -1;
		const loaded = await store.load(A);
		loaded!.events[1].seq = 99;
		expect(await store.load(A)).toEqual({
			run: { ...newRun(A), events: 2, updatedAt: NOW },
			events: events(0, 2)
		});
	});

	it('exports runs and imports them into another store losslessly', async () => {
		const store = make(() => NOW);
		await store.create(newRun(A));
		await store.append(A, events(0, 9));
		await store.saveCheckpoint(A, checkpoint(9));
		await store.finish(A, score());
		await store.create(newRun(B, { mode: 'compose', startedAt: STARTED + 1 }));
		await store.append(B, events(0, 2));
		const doc = await store.exportRuns();
		expect(doc).toEqual({
			format: 'preflight-runs',
			version: 1,
			exportedAt: NOW,
			runs: [await store.load(B), await store.load(A)]
		});
		expect((await store.exportRuns([B, 'gone'])).runs).toEqual([await store.load(B)]);

		const other = make(() => NOW);
		expect(await other.importRuns(JSON.stringify(doc))).toEqual({ ok: true, imported: 2 });
		expect(await other.exportRuns()).toEqual(doc);
		// The imported active run goes on where it was.
		expect(await other.append(B, events(2, 1))).toEqual({ ok: true });
	});

	it('replaces a run already there on import', async () => {
		const store = make(() => NOW);
		await store.create(newRun(A));
		await store.append(A, events(0, 5));
		const before = await store.exportRuns([A]);
		await store.append(A, events(5, 3));
		await store.finish(A, score());
		expect(await store.importRuns(before)).toEqual({ ok: true, imported: 1 });
		expect(await store.load(A)).toEqual(before.runs[0]);
		expect(await store.append(A, events(5, 1))).toEqual({ ok: true });
	});

	it('refuses a file that is not an export, saying where it is wrong, and changes nothing', async () => {
		const store = make(() => NOW);
		await store.create(newRun(A));
		expect(await store.importRuns('{"format":"preflight-runs","version":1,')).toEqual({
			ok: false,
			message: expect.stringMatching(/^The file is not JSON \(.+\)\.$/)
		});
		const doc = await store.exportRuns();
		const broken = structuredClone(doc);
		(broken.runs[0].run as { startedAt: unknown }).startedAt = 'yesterday';
		expect(await store.importRuns(broken)).toEqual({
			ok: false,
			message:
				'The export could not be read at runs[0].run.startedAt: Invalid input: expected number, received string.'
		});
		expect((await store.list()).map((r) => r.id)).toEqual([A]);
	});

	it('says nothing about storage when all is well', async () => {
		expect(await make().notice()).toBeUndefined();
	});
});

describe('IndexedDB run store', () => {
	it('resumes after a reload: a new store on the same database has the run and takes appends', async () => {
		const factory = new IDBFactory();
		const first = indexed(() => NOW, factory);
		await first.create(newRun(A));
		await first.append(A, events(0, 5));
		await first.saveCheckpoint(A, checkpoint(5));
		const reloaded = indexed(() => NOW + 1, factory);
		expect((await reloaded.active(PAYMENTS.id))?.id).toBe(A);
		expect((await reloaded.load(A))?.events).toEqual(events(0, 5));
		expect(await reloaded.append(A, events(4, 1))).toEqual({
			ok: false,
			message: `Event 4 is already in run ${A}'s log (it holds 5 events): a stored event is never rewritten.`
		});
		expect(await reloaded.append(A, events(5, 2))).toEqual({ ok: true });
		expect(await indexed(() => NOW, factory).load(A)).toEqual({
			run: { ...newRun(A), events: 7, updatedAt: NOW + 1, checkpoint: checkpoint(5) },
			events: events(0, 7)
		});
	});

	it('keeps rows, events and scores in the v2 tables, events keyed by run and seq', async () => {
		const factory = new IDBFactory();
		const store = indexed(() => NOW, factory);
		await store.create(newRun(A));
		await store.append(A, events(0, 2));
		await store.saveCheckpoint(A, checkpoint(2));
		await store.finish(A, score());
		const db = createDb('preflight', { indexedDB: factory, IDBKeyRange });
		await db.open();
		expect(await db.checkpoints.toArray()).toEqual([{ ...checkpoint(2), runId: A }]);
		expect(Object.keys((await db.runs.get(A)) ?? {})).not.toContain('checkpoint');
		expect(await db.events.toArray()).toEqual(events(0, 2).map((e) => ({ ...e, runId: A })));
		expect(await db.events.get([A, 1])).toEqual({ ...events(1, 1)[0], runId: A });
		expect(await db.scores.get(A)).toEqual({ runId: A, ...score() });
		expect((await db.runs.where('status').equals('finished').primaryKeys()).length).toBe(1);
		await store.remove(A);
		const counts = [db.runs, db.events, db.scores, db.checkpoints].map((t) => t.count());
		expect(await Promise.all(counts)).toEqual([0, 0, 0, 0]);
		db.close();
	});
});
