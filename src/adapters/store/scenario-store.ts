/**
 * Where the user's own scenarios live: IndexedDB through Dexie, or memory when the browser will not
 * give us IndexedDB (a private window, storage blocked). Every method answers; none throws. A write
 * that fails says why in plain words, and the caller keeps the text it tried to save.
 */
import type { DexieOptions } from 'dexie';
import { createDb, DB_NAME, type PreflightDb, type StoredScenario } from './db';
import { memoryScenarioStore } from './memory-scenario-store';
import { checkScenario, describeStoreFailure, NOT_PERSISTENT } from './store-failure';

export type { StoredScenario } from './db';
export { memoryScenarioStore } from './memory-scenario-store';

/** A save or delete: done (perhaps with a notice, e.g. kept in memory only), or why not. */
export type StoreResult = { ok: true; notice?: string } | { ok: false; message: string };
export type Result = StoreResult;

/** What a caller saves; `updatedAt` defaults to the store's clock. */
export type ScenarioToSave = Omit<StoredScenario, 'updatedAt'> & { updatedAt?: number };

export interface ScenarioStore {
	/** Newest first. */
	list(): Promise<StoredScenario[]>;
	get(id: string): Promise<StoredScenario | undefined>;
	/** Creates or replaces the scenario with this id. */
	save(scenario: ScenarioToSave): Promise<StoreResult>;
	remove(id: string): Promise<StoreResult>;
	/** Why scenarios will not outlive this tab, when that is so. */
	notice?(): Promise<string | undefined>;
}

export interface StoreOptions {
	name?: string;
	/** The IndexedDB factory; default the browser's. `null` means there is none. */
	indexedDB?: IDBFactory | null;
	IDBKeyRange?: DexieOptions['IDBKeyRange'];
	/** Wall clock for `updatedAt`. */
	now?: () => number;
}

type Backend =
	{ kind: 'indexeddb'; db: PreflightDb } | { kind: 'memory'; store: ScenarioStore; notice: string };

/** The Dexie-backed store; opens the database on first use and falls back to memory. */
export function createScenarioStore(options: StoreOptions = {}): ScenarioStore {
	const now = options.now ?? (() => Date.now());
	let backend: Promise<Backend> | undefined;
	const open = () => (backend ??= openBackend(options, now));

	return {
		async list() {
			const b = await open();
			if (b.kind === 'memory') return b.store.list();
			try {
				return await b.db.scenarios.orderBy('updatedAt').reverse().toArray();
			} catch {
				return [];
			}
		},
		async get(id) {
			const b = await open();
			if (b.kind === 'memory') return b.store.get(id);
			try {
				return await b.db.scenarios.get(id);
			} catch {
				return undefined;
			}
		},
		async save(scenario) {
			const b = await open();
			if (b.kind === 'memory') return withNotice(await b.store.save(scenario), b.notice);
			const invalid = checkScenario(scenario);
			if (invalid) return invalid;
			try {
				await b.db.scenarios.put({ ...scenario, updatedAt: scenario.updatedAt ?? now() });
				return { ok: true };
			} catch (error) {
				return { ok: false, message: describeStoreFailure(error, 'saved') };
			}
		},
		async remove(id) {
			const b = await open();
			if (b.kind === 'memory') return withNotice(await b.store.remove(id), b.notice);
			try {
				await b.db.scenarios.delete(id);
				return { ok: true };
			} catch (error) {
				return { ok: false, message: describeStoreFailure(error, 'deleted') };
			}
		},
		async notice() {
			const b = await open();
			return b.kind === 'memory' ? b.notice : undefined;
		}
	};
}

async function openBackend(options: StoreOptions, now: () => number): Promise<Backend> {
	const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
	const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
	const memory = (): Backend => ({
		kind: 'memory',
		store: memoryScenarioStore({ now }),
		notice: NOT_PERSISTENT
	});
	if (!factory || !keyRange) return memory();
	try {
		const db = createDb(options.name ?? DB_NAME, { indexedDB: factory, IDBKeyRange: keyRange });
		await db.open();
		return { kind: 'indexeddb', db };
	} catch {
		return memory();
	}
}

function withNotice(result: StoreResult, notice: string): StoreResult {
	return result.ok ? { ok: true, notice } : result;
}
