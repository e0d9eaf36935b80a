/**
 * The app's IndexedDB database, through Dexie. Each schema version is declared here, oldest first;
 * a later version adds its tables and, when it reshapes stored rows, an `.upgrade()` that is
 * named and tested. Dexie keeps only versions that carry an upgrade.
 *
 * - v1: `scenarios` (the user's own).
 * - v2: `runs`, `events` (append-only, keyed `[runId+seq]`), `scores`, and `checkpoints` (a run's
 *   latest world, half a megabyte, kept beside its row so an append does not rewrite it). Adds
 *   tables only: no row of v1 is reshaped, so there is no upgrade function (`db.test.ts` opens a
 *   v1 database).
 */
import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { RunEvent } from '../../core/rehearsal/schema';
import type { RunCheckpoint, RunRow, RunScore } from './run-types';

export const DB_NAME = 'preflight';

/** A scenario the user wrote or imported, as the store keeps it. */
export interface StoredScenario {
	/** The scenario's `id`; unique among stored ones and never a built-in's. */
	id: string;
	/** The YAML exactly as written (comments and all); it may not load yet. */
	yaml: string;
	title: string;
	/** Wall-clock ms of the last save. */
	updatedAt: number;
}

/** An event as the `events` table keeps it: the run's event with its run id beside it. */
export type StoredEvent = RunEvent & { runId: string };

/** A run's checkpoint as the `checkpoints` table keeps it; the `runs` row holds none. */
export type StoredCheckpoint = RunCheckpoint & { runId: string };

export type PreflightDb = Dexie & {
	scenarios: EntityTable<StoredScenario, 'id'>;
	runs: EntityTable<Omit<RunRow, 'checkpoint'>, 'id'>;
	events: Table<StoredEvent, [string, number]>;
	scores: EntityTable<RunScore, 'runId'>;
	checkpoints: EntityTable<StoredCheckpoint, 'runId'>;
};

/** Declares every version of the schema on a fresh Dexie instance. */
export function declareVersions(db: Dexie): void {
	db.version(1).stores({ scenarios: 'id, updatedAt' });
	db.version(2).stores({
		runs: 'id, scenario.id, updatedAt, status',
		events: '[runId+seq], runId',
		scores: 'runId',
		checkpoints: 'runId'
	});
}

/**
 * Creates (does not open) the database. `options.indexedDB`/`IDBKeyRange` let tests and odd hosts
 * pass their own factory; Dexie opens on first use.
 */
export function createDb(name = DB_NAME, options?: DexieOptions): PreflightDb {
	const db = new Dexie(name, options) as PreflightDb;
	declareVersions(db);
	// Another tab opening a newer version: Dexie's default closes this connection (auto-open
	// stays on), so the upgrade proceeds and this tab's next call reopens or reports a problem.
	return db;
}
