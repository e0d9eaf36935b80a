/**
 * Where rehearsals are kept: IndexedDB through Dexie (`run-db.ts`), with a memory mirror of every
 * run this tab writes. When a write fails (storage full, storage gone) that run lives on in the
 * mirror, whole, from then on, and every answer about it carries a one-line notice; when the
 * browser gives no IndexedDB at all, every run does. Calls run one at a time in the order made, so
 * a caller may fire appends without awaiting each. Nothing throws.
 */
import type { DexieOptions } from 'dexie';
import type { RunEvent } from '../../core/rehearsal/schema';
import { createDb, DB_NAME, type PreflightDb } from './db';
import {
	dbAbandon,
	dbAppend,
	dbCheckpoint,
	dbCreate,
	dbFinish,
	dbImport,
	dbLoad,
	dbRemove,
	dbRows,
	type DbOutcome
} from './run-db';
import { makeRunExport, parseRunExport } from './run-export';
import { RunMemory } from './run-memory';
import {
	checkAbandon,
	checkAppend,
	checkCheckpoint,
	checkNewRun,
	newestFirst,
	plain,
	unknownRun
} from './run-rows';
import type {
	RunCheckpoint,
	RunExport,
	RunResult,
	RunRow,
	RunScore,
	RunStore,
	StoredRun
} from './run-types';
import { describeRunFailure, RUNS_NOT_PERSISTENT } from './store-failure';

export { memoryRunStore } from './memory-run-store';

export interface RunStoreOptions {
	name?: string;
	/** The IndexedDB factory; default the browser's. `null` means there is none. */
	indexedDB?: IDBFactory | null;
	IDBKeyRange?: DexieOptions['IDBKeyRange'];
	/** Wall clock for `updatedAt` and `exportedAt`. */
	now?: () => number;
}

export function createRunStore(options: RunStoreOptions = {}): RunStore {
	return new IndexedRunStore(options);
}

type Opened = PreflightDb | undefined;
type Imported = Awaited<ReturnType<RunStore['importRuns']>>;

class IndexedRunStore implements RunStore {
	readonly #options: RunStoreOptions;
	readonly #now: () => number;
	/** Every run this tab wrote or resumed, whole. */
	readonly #mirror = new RunMemory();
	/** Runs kept in memory only from now on, with the line that says why. */
	readonly #kept = new Map<string, string>();
	#notice: string | undefined;
	#opened: Promise<Opened> | undefined;
	#tail: Promise<unknown> = Promise.resolve();

	constructor(options: RunStoreOptions) {
		this.#options = options;
		this.#now = options.now ?? (() => Date.now());
	}

	create(run: Omit<RunRow, 'events' | 'updatedAt'>): Promise<RunResult> {
		return this.#write(async (db) => {
			const copy = plain(run);
			const now = this.#now();
			const refusal =
				checkNewRun(copy, this.#mirror.get(copy.id)?.run) ??
				(await this.#persist(copy.id, db, (d) => dbCreate(d, copy, now)));
			return this.#answer(copy.id, refusal ?? this.#mirror.create(copy, now));
		});
	}

	append(runId: string, events: RunEvent[]): Promise<RunResult> {
		return this.#write(async (db) => {
			const copy = plain(events);
			const now = this.#now();
			const stored = await this.#mirrored(runId, db);
			const refusal =
				checkAppend(stored?.run, runId, copy) ??
				(await this.#persist(runId, db, (d) => dbAppend(d, runId, copy, now)));
			return this.#answer(runId, refusal ?? this.#mirror.append(runId, copy, now));
		});
	}

	saveCheckpoint(runId: string, checkpoint: RunCheckpoint): Promise<RunResult> {
		return this.#write(async (db) => {
			const copy = plain(checkpoint);
			const now = this.#now();
			const stored = await this.#mirrored(runId, db);
			const refusal =
				checkCheckpoint(stored?.run, runId, copy) ??
				(await this.#persist(runId, db, (d) => dbCheckpoint(d, runId, copy, now)));
			return this.#answer(runId, refusal ?? this.#mirror.checkpoint(runId, copy, now));
		});
	}

	finish(runId: string, score: Omit<RunScore, 'runId'>): Promise<RunResult> {
		return this.#write(async (db) => {
			const copy: RunScore = plain({ runId, ...score });
			const now = this.#now();
			const stored = await this.#mirrored(runId, db);
			const refusal = stored
				? await this.#persist(runId, db, (d) => dbFinish(d, copy, now))
				: unknownRun(runId);
			return this.#answer(runId, refusal ?? this.#mirror.finish(runId, copy, now));
		});
	}

	abandon(runId: string): Promise<RunResult> {
		return this.#write(async (db) => {
			const now = this.#now();
			const stored = await this.#mirrored(runId, db);
			const refusal =
				checkAbandon(stored?.run, runId) ??
				(await this.#persist(runId, db, (d) => dbAbandon(d, runId, now)));
			return this.#answer(runId, refusal ?? this.#mirror.abandon(runId, now));
		});
	}

	list(scenarioId?: string): Promise<RunRow[]> {
		return this.#serial(async () => this.#rows(await this.#open(), scenarioId), []);
	}

	load(runId: string): Promise<StoredRun | undefined> {
		return this.#serial(async () => this.#load(await this.#open(), runId), undefined);
	}

	active(scenarioId: string): Promise<RunRow | undefined> {
		return this.#serial(async () => {
			const rows = await this.#rows(await this.#open(), scenarioId);
			return rows.find((row) => row.status === 'active');
		}, undefined);
	}

	remove(runId: string): Promise<RunResult> {
		return this.#write(async (db) => {
			const out = db ? await dbRemove(db, runId) : undefined;
			if (out?.kind === 'failed')
				return {
					ok: false,
					message: `The browser's storage would not delete the run (${errorText(out.error)}). Reload the tab and try again.`
				};
			this.#mirror.remove(runId);
			this.#kept.delete(runId);
			return db ? { ok: true } : { ok: true, notice: RUNS_NOT_PERSISTENT };
		});
	}

	exportRuns(ids?: string[]): Promise<RunExport> {
		return this.#serial(
			async () => {
				const db = await this.#open();
				const wanted = ids ?? (await this.#rows(db)).map((row) => row.id);
				const runs: StoredRun[] = [];
				for (const id of wanted) {
					const stored = await this.#load(db, id);
					if (stored) runs.push(stored);
				}
				return makeRunExport(runs, this.#now());
			},
			makeRunExport([], this.#now())
		);
	}

	async importRuns(json: unknown): Promise<Imported> {
		const parsed = parseRunExport(json);
		if (!parsed.ok) return parsed;
		return this.#serial<Imported>(
			async () => {
				const db = await this.#open();
				const out = db ? await dbImport(db, parsed.runs) : undefined;
				const notice = !out
					? RUNS_NOT_PERSISTENT
					: out.kind === 'failed'
						? describeRunFailure(out.error)
						: undefined;
				for (const stored of parsed.runs) {
					const id = stored.run.id;
					if (notice === undefined) this.#kept.delete(id);
					else this.#keep(id, notice);
					if (notice !== undefined || this.#mirror.has(id)) this.#mirror.put(stored);
				}
				const imported = parsed.runs.length;
				return notice === undefined ? { ok: true, imported } : { ok: true, imported, notice };
			},
			{ ok: false, message: 'The runs could not be imported: Preflight hit an unexpected error.' }
		);
	}

	async notice(): Promise<string | undefined> {
		await this.#open();
		return this.#notice;
	}

	// ─── internals ───────────────────────────────────────────────────────────────────────────────

	/** One call at a time, in the order made; an unexpected error becomes `fallback`. */
	#serial<T>(work: () => Promise<T>, fallback: T): Promise<T> {
		const run = this.#tail.then(work).catch(() => fallback);
		this.#tail = run;
		return run;
	}

	#write(work: (db: Opened) => Promise<RunResult>): Promise<RunResult> {
		return this.#serial(async () => work(await this.#open()), {
			ok: false,
			message: 'The run could not be stored: Preflight hit an unexpected error.'
		});
	}

	#open(): Promise<Opened> {
		return (this.#opened ??= openDb(this.#options).then((db) => {
			if (!db) this.#notice = RUNS_NOT_PERSISTENT;
			return db;
		}));
	}

	/**
	 * Writes to IndexedDB unless the run already lives in memory only; a failed write moves it
	 * there. Answers a rule's refusal, or `undefined` to go on and change the mirror.
	 */
	async #persist(
		runId: string,
		db: Opened,
		write: (db: PreflightDb) => Promise<DbOutcome>
	): Promise<string | undefined> {
		if (!db) this.#keep(runId, RUNS_NOT_PERSISTENT);
		if (!db || this.#kept.has(runId)) return undefined;
		const out = await write(db);
		if (out.kind === 'refused') return out.message;
		if (out.kind === 'failed') this.#keep(runId, describeRunFailure(out.error));
		return undefined;
	}

	#keep(runId: string, notice: string): void {
		if (!this.#kept.has(runId)) this.#kept.set(runId, notice);
		this.#notice = notice;
	}

	#answer(runId: string, refusal: string | undefined): RunResult {
		if (refusal !== undefined) return { ok: false, message: refusal };
		const notice = this.#kept.get(runId);
		return notice === undefined ? { ok: true } : { ok: true, notice };
	}

	/** The run in the mirror, brought in from IndexedDB on its first write in this tab. */
	async #mirrored(runId: string, db: Opened): Promise<StoredRun | undefined> {
		const held = this.#mirror.get(runId);
		if (held || !db) return held;
		const out = await dbLoad(db, runId);
		if (out.kind !== 'done' || !out.value) return undefined;
		this.#mirror.put(out.value);
		return out.value;
	}

	async #load(db: Opened, runId: string): Promise<StoredRun | undefined> {
		if (!db || this.#kept.has(runId)) return plain(this.#mirror.get(runId));
		const out = await dbLoad(db, runId);
		if (out.kind !== 'done') return plain(this.#mirror.get(runId));
		// An unfinished run is about to be resumed: hold it, so a failure later loses nothing.
		if (out.value?.run.status === 'active' && !this.#mirror.has(runId))
			this.#mirror.put(plain(out.value));
		return out.value;
	}

	async #rows(db: Opened, scenarioId?: string): Promise<RunRow[]> {
		const out = db ? await dbRows(db, scenarioId) : undefined;
		const memory = this.#mirror.rows(scenarioId);
		if (out?.kind !== 'done') return plain(memory);
		const kept = memory.filter((row) => this.#kept.has(row.id));
		const stored = out.value.filter((row) => !this.#kept.has(row.id));
		return [...stored, ...plain(kept)].sort(newestFirst);
	}
}

async function openDb(options: RunStoreOptions): Promise<Opened> {
	const factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
	const keyRange = options.IDBKeyRange ?? globalThis.IDBKeyRange;
	if (!factory || !keyRange) return undefined;
	try {
		const db = createDb(options.name ?? DB_NAME, { indexedDB: factory, IDBKeyRange: keyRange });
		await db.open();
		return db;
	} catch {
		return undefined;
	}
}

function errorText(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
