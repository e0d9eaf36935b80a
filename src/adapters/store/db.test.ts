import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDb, type StoredScenario } from './db';
import { createRunStore } from './run-store';
import { createScenarioStore } from './scenario-store';
import { events, newRun } from './test-runs';

const POOL: StoredScenario = {
	id: 'payments-pool-drain-copy',
	yaml: 'id: payments-pool-drain-copy\ntitle: Drain the unhealthy payments pool\n',
	title: 'Drain the unhealthy payments pool',
	updatedAt: 1_773_481_260_000
};
const CANARY: StoredScenario = {
	id: 'checkout-canary',
	yaml: 'id: checkout-canary\n# the canary at 10 %\n',
	title: 'Checkout canary goes bad',
	updatedAt: 1_773_481_320_000
};

/** The tables Dexie sees: name, primary key, indexes. */
function shape(db: Dexie) {
	return db.tables.map((t) => [t.name, t.schema.primKey.name, t.schema.indexes.map((i) => i.name)]);
}

describe('the preflight database', () => {
	it('upgrades a version 1 database (scenarios only) to version 2, keeping every scenario', async () => {
		const factory = new IDBFactory();
		// The app as it was: only version 1 declared.
		const v1 = new Dexie('preflight', { indexedDB: factory, IDBKeyRange });
		v1.version(1).stores({ scenarios: 'id, updatedAt' });
		await v1.table('scenarios').bulkPut([POOL, CANARY]);
		expect(v1.verno).toBe(1);
		v1.close();

		const db = createDb('preflight', { indexedDB: factory, IDBKeyRange });
		await db.open();
		expect(db.verno).toBe(2);
		expect(shape(db)).toEqual([
			['scenarios', 'id', ['updatedAt']],
			['runs', 'id', ['scenario.id', 'updatedAt', 'status']],
			['events', '[runId+seq]', ['runId']],
			['scores', 'runId', []],
			['checkpoints', 'runId', []]
		]);
		expect(await db.scenarios.orderBy('updatedAt').toArray()).toEqual([POOL, CANARY]);
		db.close();

		// Both stores work on the upgraded database.
		const scenarios = createScenarioStore({ indexedDB: factory, IDBKeyRange });
		expect(await scenarios.list()).toEqual([CANARY, POOL]);
		const runs = createRunStore({ indexedDB: factory, IDBKeyRange, now: () => 1 });
		const id = '6f0b7c2e-3d41-4a8e-9b15-c27d8e4a90f3';
		expect(await runs.create(newRun(id))).toEqual({ ok: true });
		expect(await runs.append(id, events(0, 3))).toEqual({ ok: true });
		expect((await runs.load(id))?.events).toEqual(events(0, 3));
		expect(await runs.notice()).toBeUndefined();
	});

	it('creates version 2 from nothing', async () => {
		const db = createDb('preflight', { indexedDB: new IDBFactory(), IDBKeyRange });
		await db.open();
		expect([db.verno, db.tables.map((t) => t.name)]).toEqual([
			2,
			['scenarios', 'runs', 'events', 'scores', 'checkpoints']
		]);
		db.close();
	});
});
