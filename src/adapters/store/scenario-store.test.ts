import { IDBFactory, IDBKeyRange, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDb, type StoredScenario } from './db';
import { createScenarioStore, memoryScenarioStore, type ScenarioStore } from './scenario-store';
import { NOT_PERSISTENT } from './store-failure';

const POOL: StoredScenario = {
	id: 'payments-pool-drain-copy',
	yaml: 'id: payments-pool-drain-copy\ntitle: Drain the unhealthy payments pool\n',
	title: 'Drain the unhealthy payments pool',
	updatedAt: 1_773_481_260_000
};
const CANARY: StoredScenario = {
	id: 'checkout-canary',
	yaml: 'id: checkout-canary\n',
	title: 'Checkout canary goes bad',
	updatedAt: 1_773_481_320_000
};

/** A fresh IndexedDB (fake-indexeddb) per test: nothing leaks between them. */
function freshStore(now = () => 1_773_481_400_000): { store: ScenarioStore; factory: IDBFactory } {
	const factory = new IDBFactory();
	return { store: createScenarioStore({ indexedDB: factory, IDBKeyRange, now }), factory };
}

afterEach(() => vi.restoreAllMocks());

describe.each([
	['IndexedDB', () => freshStore().store],
	['memory', () => memoryScenarioStore({ now: () => 1_773_481_400_000 })]
])('%s store', (_name, make) => {
	it('saves, lists newest first, gets and removes', async () => {
		const store = make();
		expect(await store.list()).toEqual([]);
		expect(await store.save(POOL)).toEqual({ ok: true });
		expect(await store.save(CANARY)).toEqual({ ok: true });
		expect(await store.list()).toEqual([CANARY, POOL]);
		expect(await store.get(POOL.id)).toEqual(POOL);
		expect(await store.get('nope')).toBeUndefined();
		expect(await store.remove(CANARY.id)).toEqual({ ok: true });
		expect(await store.list()).toEqual([POOL]);
	});

	it('replaces a scenario saved again under the same id and stamps the time', async () => {
		const store = make();
		await store.save(POOL);
		const { updatedAt: _u, ...rest } = POOL;
		expect(await store.save({ ...rest, yaml: POOL.yaml + '# edited\n' })).toEqual({ ok: true });
		expect(await store.list()).toEqual([
			{ ...POOL, yaml: POOL.yaml + '# edited\n', updatedAt: 1_773_481_400_000 }
		]);
	});

	it('refuses a scenario without an id in plain words', async () => {
		const store = make();
		expect(await store.save({ ...POOL, id: ' ' })).toEqual({
			ok: false,
			message: 'The scenario needs an id before it can be saved.'
		});
		expect(await store.list()).toEqual([]);
	});
});

describe('IndexedDB store', () => {
	it('opens the preflight database (version 2) and keeps scenarios in its scenarios table', async () => {
		const { store, factory } = freshStore();
		await store.save(POOL);
		const db = createDb('preflight', { indexedDB: factory, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(2);
		expect(db.scenarios.schema.primKey.name).toBe('id');
		expect(db.scenarios.schema.indexes.map((i) => i.name)).toEqual(['updatedAt']);
		expect(await db.scenarios.toArray()).toEqual([POOL]);
		db.close();
	});

	it('keeps what it saved across a new connection (a reload)', async () => {
		const factory = new IDBFactory();
		await createScenarioStore({ indexedDB: factory, IDBKeyRange }).save(POOL);
		const reopened = createScenarioStore({ indexedDB: factory, IDBKeyRange });
		expect(await reopened.get(POOL.id)).toEqual(POOL);
		expect(await reopened.notice?.()).toBeUndefined();
	});

	it('says the storage is full when a write exceeds the quota, and loses nothing saved before', async () => {
		const { store } = freshStore();
		await store.save(POOL);
		vi.spyOn(FDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const edited = { ...POOL, yaml: POOL.yaml + 'summary: longer\n' };
		expect(await store.save(edited)).toEqual({
			ok: false,
			message:
				"The browser's storage for this site is full, so the scenario was not saved. Your text is still in the editor: export it as a file, or delete scenarios you no longer need."
		});
		expect(await store.save(CANARY)).toEqual({
			ok: false,
			message: expect.stringContaining('full')
		});
		vi.restoreAllMocks();
		expect(await store.list()).toEqual([POOL]);
	});

	it('falls back to memory, with a notice, when the browser has no IndexedDB', async () => {
		const store = createScenarioStore({ indexedDB: null, now: () => 5 });
		expect(await store.notice?.()).toBe(NOT_PERSISTENT);
		expect(await store.save({ id: 'a', yaml: 'id: a\n', title: 'A' })).toEqual({
			ok: true,
			notice: NOT_PERSISTENT
		});
		expect(await store.list()).toEqual([{ id: 'a', yaml: 'id: a\n', title: 'A', updatedAt: 5 }]);
	});

	it('falls back to memory when opening IndexedDB fails (blocked storage)', async () => {
		const factory = new IDBFactory();
		vi.spyOn(factory, 'open').mockImplementation(() => {
			throw new DOMException('The operation is insecure.', 'SecurityError');
		});
		const store = createScenarioStore({ indexedDB: factory, IDBKeyRange, now: () => 5 });
		expect(await store.save({ id: 'a', yaml: 'id: a\n', title: 'A' })).toEqual({
			ok: true,
			notice: NOT_PERSISTENT
		});
		expect(await store.get('a')).toEqual({ id: 'a', yaml: 'id: a\n', title: 'A', updatedAt: 5 });
	});
});
