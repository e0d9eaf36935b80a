import {
	IDBDatabase as FDBDatabase,
	IDBFactory,
	IDBKeyRange,
	IDBObjectStore as FDBObjectStore
} from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRunStore } from './run-store';
import { RUNS_NOT_PERSISTENT } from './store-failure';
import { checkpoint, events, newRun, score } from './test-runs';

const A = '6f0b7c2e-3d41-4a8e-9b15-c27d8e4a90f3';
const B = 'e3a9d0c4-7b28-4f61-8d05-93c1b6e2fa47';
const NOW = 1_773_656_000_000;
const FULL =
	"The browser's storage is full: this run is kept in this tab only — export it to keep it.";

/** From the `allowed + 1`th call on, `add` fails as a browser over its quota does. */
function quotaAfter(allowed: number): void {
	let calls = 0;
	const add = FDBObjectStore.prototype.add;
	vi.spyOn(FDBObjectStore.prototype, 'add').mockImplementation(function (
		this: InstanceType<typeof FDBObjectStore>,
		...args: Parameters<typeof add>
	) {
		if (++calls > allowed)
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		return add.apply(this, args);
	});
}

afterEach(() => vi.restoreAllMocks());

describe('run store when the storage fills up mid-run', () => {
	it('keeps the run in memory from the failed write on, whole, and says so in one line', async () => {
		const factory = new IDBFactory();
		const store = createRunStore({ indexedDB: factory, IDBKeyRange, now: () => NOW });
		await store.create(newRun(A));
		await store.create(newRun(B));
		await store.append(A, events(0, 4));
		quotaAfter(2); // the storage fills up halfway through the next batch

		expect(await store.append(A, events(4, 4))).toEqual({ ok: true, notice: FULL });
		expect(await store.notice()).toBe(FULL);
		expect(await store.append(A, events(8, 3))).toEqual({ ok: true, notice: FULL });
		expect(await store.saveCheckpoint(A, checkpoint(11))).toEqual({ ok: true, notice: FULL });
		expect(await store.append(A, events(12, 1))).toEqual({
			ok: false,
			message: `Event 12 would leave a gap in run ${A}'s log: the next event is 11.`
		});
		expect(await store.finish(A, score())).toEqual({ ok: true, notice: FULL });

		const whole = {
			run: {
				...newRun(A),
				status: 'finished',
				events: 11,
				updatedAt: NOW,
				checkpoint: checkpoint(11),
				total: 88,
				grade: 'B'
			},
			events: events(0, 11),
			score: { runId: A, ...score() }
		};
		expect(await store.load(A)).toEqual(whole);
		expect((await store.list()).map((r) => [r.id, r.events])).toEqual([
			[A, 11],
			[B, 0]
		]);
		expect((await store.exportRuns([A])).runs).toEqual([whole]);
		// Another run whose writes still fit goes on in IndexedDB, without a notice.
		vi.restoreAllMocks();
		expect(await store.append(B, events(0, 1))).toEqual({ ok: true });

		// What IndexedDB holds is the run as it stood before the failed write: a log its row counts.
		const reloaded = createRunStore({ indexedDB: factory, IDBKeyRange, now: () => NOW });
		expect(await reloaded.load(A)).toEqual({
			run: { ...newRun(A), events: 4, updatedAt: NOW },
			events: events(0, 4)
		});
		expect((await reloaded.load(B))?.events).toEqual(events(0, 1));
	});

	it('loses nothing of a run resumed in this tab when a write then fails', async () => {
		const factory = new IDBFactory();
		const before = createRunStore({ indexedDB: factory, IDBKeyRange, now: () => NOW });
		await before.create(newRun(A));
		await before.append(A, events(0, 6));
		const store = createRunStore({ indexedDB: factory, IDBKeyRange, now: () => NOW });
		expect((await store.load(A))?.run.events).toBe(6);
		quotaAfter(0);
		expect(await store.append(A, events(6, 2))).toEqual({ ok: true, notice: FULL });
		expect((await store.load(A))?.events).toEqual(events(0, 8));
	});

	it('says the storage went away when the database is gone mid-run, and goes on in memory', async () => {
		// Dexie takes hold of `transaction` when it opens: the spy goes in first, and passes through.
		let closed = false;
		const transaction = FDBDatabase.prototype.transaction;
		vi.spyOn(FDBDatabase.prototype, 'transaction').mockImplementation(function (
			this: InstanceType<typeof FDBDatabase>,
			...args: Parameters<typeof transaction>
		) {
			if (closed)
				throw new DOMException('The database connection is closing.', 'InvalidStateError');
			return transaction.apply(this, args);
		});
		const store = createRunStore({ indexedDB: new IDBFactory(), IDBKeyRange, now: () => NOW });
		await store.create(newRun(A));
		await store.append(A, events(0, 2));
		closed = true;
		const gone =
			"The browser's storage for this site went away (site data cleared?): this run is kept in this tab only — export it to keep it.";
		expect(await store.append(A, events(2, 2))).toEqual({ ok: true, notice: gone });
		expect((await store.load(A))?.events).toEqual(events(0, 4));
		expect((await store.list()).map((r) => r.id)).toEqual([A]);
		expect((await store.exportRuns()).runs.map((r) => r.run.events)).toEqual([4]);
	});

	it('keeps an import it could not write in this tab, with the notice', async () => {
		const source = createRunStore({ indexedDB: new IDBFactory(), IDBKeyRange, now: () => NOW });
		await source.create(newRun(A));
		await source.append(A, events(0, 3));
		const doc = await source.exportRuns();
		const store = createRunStore({ indexedDB: new IDBFactory(), IDBKeyRange, now: () => NOW });
		await store.notice(); // opened before the storage fills up
		quotaAfter(0);
		expect(await store.importRuns(doc)).toEqual({ ok: true, imported: 1, notice: FULL });
		expect(await store.load(A)).toEqual(doc.runs[0]);
		expect(await store.append(A, events(3, 1))).toEqual({ ok: true, notice: FULL });
	});
});

describe('run store without IndexedDB', () => {
	it('runs in memory and says so when the browser has none (indexedDB: null)', async () => {
		const store = createRunStore({ indexedDB: null, now: () => NOW });
		expect(await store.notice()).toBe(RUNS_NOT_PERSISTENT);
		expect(RUNS_NOT_PERSISTENT).toBe(
			'This browser is not letting Preflight use its storage (a private window, or storage blocked for this site): this run is kept in this tab only — export it to keep it.'
		);
		expect(await store.create(newRun(A))).toEqual({ ok: true, notice: RUNS_NOT_PERSISTENT });
		expect(await store.append(A, events(0, 3))).toEqual({ ok: true, notice: RUNS_NOT_PERSISTENT });
		expect(await store.append(A, events(4, 1))).toEqual({
			ok: false,
			message: `Event 4 would leave a gap in run ${A}'s log: the next event is 3.`
		});
		expect(await store.finish(A, score())).toEqual({ ok: true, notice: RUNS_NOT_PERSISTENT });
		expect((await store.list('payments-pool-drain')).map((r) => r.id)).toEqual([A]);
		expect((await store.exportRuns()).runs).toEqual([await store.load(A)]);
		expect((await store.load(A))?.events).toEqual(events(0, 3));
		expect(await store.remove(A)).toEqual({ ok: true, notice: RUNS_NOT_PERSISTENT });
		expect(await store.list()).toEqual([]);
	});

	it('runs in memory when opening IndexedDB fails (storage blocked)', async () => {
		const factory = new IDBFactory();
		vi.spyOn(factory, 'open').mockImplementation(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		const store = createRunStore({ indexedDB: factory, IDBKeyRange, now: () => NOW });
		expect(await store.create(newRun(A))).toEqual({ ok: true, notice: RUNS_NOT_PERSISTENT });
		expect(await store.append(A, events(0, 2))).toEqual({ ok: true, notice: RUNS_NOT_PERSISTENT });
		expect((await store.active('payments-pool-drain'))?.events).toBe(2);
	});
});
