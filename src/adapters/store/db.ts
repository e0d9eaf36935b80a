/**
 * The app's IndexedDB database, through Dexie. Each schema version is declared here, oldest first;
 * a later version adds its tables (runs, events, scores…) and, when it reshapes stored rows, an
 * `.upgrade()` that is named and tested. Dexie keeps only versions that carry an upgrade.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';

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

export type PreflightDb = Dexie & {
	scenarios: EntityTable<StoredScenario, 'id'>;
};

/** Declares every version of the schema on a fresh Dexie instance. */
export function declareVersions(db: Dexie): void {
	db.version(1).stores({ scenarios: 'id, updatedAt' });
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
