/**
 * The run store's IndexedDB half: each write is one Dexie transaction that checks and changes the
 * row and its events together, so the database never holds a log its row does not count. Answers
 * are values: done, refused (a rule said no; nothing changed) or failed (the storage did: quota,
 * storage gone) — the store decides what a failure means.
 */
import { Dexie } from 'dexie';
import type { RunEvent } from '../../core/rehearsal/schema';
import type { PreflightDb, StoredCheckpoint } from './db';
import {
	abandoned,
	appended,
	checkAbandon,
	checkAppend,
	checkCheckpoint,
	checkNewRun,
	finished,
	newestFirst,
	newRow,
	unknownRun,
	withoutCheckpoint,
	type NewRun
} from './run-rows';
import type { RunCheckpoint, RunRow, RunScore, StoredRun } from './run-types';

export type DbOutcome<T = undefined> =
	| { kind: 'done'; value: T }
	| { kind: 'refused'; message: string }
	| { kind: 'failed'; error: unknown };

/** Thrown inside a transaction to abort it with a rule's answer. */
class Refused extends Error {}

async function attempt<T>(work: () => Promise<T>): Promise<DbOutcome<T>> {
	try {
		return { kind: 'done', value: await work() };
	} catch (error) {
		if (error instanceof Refused) return { kind: 'refused', message: error.message };
		return { kind: 'failed', error };
	}
}

function refuse(message: string | undefined): void {
	if (message !== undefined) throw new Refused(message);
}

export function dbCreate(db: PreflightDb, run: NewRun, now: number): Promise<DbOutcome> {
	return attempt(() =>
		db.transaction('rw', db.runs, db.checkpoints, async () => {
			refuse(checkNewRun(run, await db.runs.get(run.id)));
			await db.runs.add(withoutCheckpoint(newRow(run, now)));
			if (run.checkpoint) await db.checkpoints.put({ ...run.checkpoint, runId: run.id });
			return undefined;
		})
	);
}

export function dbAppend(
	db: PreflightDb,
	runId: string,
	events: RunEvent[],
	now: number
): Promise<DbOutcome> {
	return attempt(() =>
		db.transaction('rw', db.runs, db.events, async () => {
			const row = await db.runs.get(runId);
			refuse(checkAppend(row, runId, events));
			if (!row || events.length === 0) return undefined;
			await db.events.bulkAdd(events.map((event) => ({ ...event, runId })));
			await db.runs.put(appended(row, events.length, now));
			return undefined;
		})
	);
}

export function dbCheckpoint(
	db: PreflightDb,
	runId: string,
	checkpoint: RunCheckpoint,
	now: number
): Promise<DbOutcome> {
	return attempt(() =>
		db.transaction('rw', db.runs, db.checkpoints, async () => {
			const row = await db.runs.get(runId);
			refuse(checkCheckpoint(row, runId, checkpoint));
			if (!row) return undefined;
			await db.checkpoints.put({ ...checkpoint, runId });
			await db.runs.put({ ...row, updatedAt: now });
			return undefined;
		})
	);
}

export function dbFinish(db: PreflightDb, score: RunScore, now: number): Promise<DbOutcome> {
	return attempt(() =>
		db.transaction('rw', db.runs, db.scores, async () => {
			const row = await db.runs.get(score.runId);
			if (!row) throw new Refused(unknownRun(score.runId));
			await db.scores.put(score);
			await db.runs.put(finished(row, score, now));
			return undefined;
		})
	);
}

export function dbAbandon(db: PreflightDb, runId: string, now: number): Promise<DbOutcome> {
	return attempt(() =>
		db.transaction('rw', db.runs, async () => {
			const row = await db.runs.get(runId);
			refuse(checkAbandon(row, runId));
			if (row) await db.runs.put(withoutCheckpoint(abandoned(row, now)));
			return undefined;
		})
	);
}

export function dbLoad(db: PreflightDb, runId: string): Promise<DbOutcome<StoredRun | undefined>> {
	return attempt(() =>
		db.transaction('r', [db.runs, db.events, db.scores, db.checkpoints], async () => {
			const row = await db.runs.get(runId);
			if (!row) return undefined;
			const rows = await db.events
				.where('[runId+seq]')
				.between([runId, Dexie.minKey], [runId, Dexie.maxKey])
				.toArray();
			const events = rows.map(({ runId: _runId, ...event }) => event as RunEvent);
			const saved = await db.checkpoints.get(runId);
			const run: RunRow = saved ? { ...row, checkpoint: withoutRunId(saved) } : row;
			const score = await db.scores.get(runId);
			return score ? { run, events, score } : { run, events };
		})
	);
}

export function dbRows(db: PreflightDb, scenarioId?: string): Promise<DbOutcome<RunRow[]>> {
	return attempt(async () => {
		const rows =
			scenarioId === undefined
				? await db.runs.toArray()
				: await db.runs.where('scenario.id').equals(scenarioId).toArray();
		return rows.sort(newestFirst);
	});
}

export function dbRemove(db: PreflightDb, runId: string): Promise<DbOutcome> {
	return attempt(() =>
		db.transaction('rw', [db.runs, db.events, db.scores, db.checkpoints], async () => {
			await clear(db, runId);
			return undefined;
		})
	);
}

/** Replaces each run (row, log and score) whole, all in one transaction. */
export function dbImport(db: PreflightDb, runs: StoredRun[]): Promise<DbOutcome> {
	return attempt(() =>
		db.transaction('rw', [db.runs, db.events, db.scores, db.checkpoints], async () => {
			for (const { run, events, score } of runs) {
				await clear(db, run.id);
				await db.runs.add(withoutCheckpoint(run));
				await db.events.bulkAdd(events.map((event) => ({ ...event, runId: run.id })));
				if (run.checkpoint) await db.checkpoints.add({ ...run.checkpoint, runId: run.id });
				if (score) await db.scores.add(score);
			}
			return undefined;
		})
	);
}

/** Deletes a run's row, log, checkpoint and score (inside the caller's transaction). */
async function clear(db: PreflightDb, runId: string): Promise<void> {
	await db.events.where('runId').equals(runId).delete();
	await db.scores.delete(runId);
	await db.checkpoints.delete(runId);
	await db.runs.delete(runId);
}

function withoutRunId({ runId: _runId, ...checkpoint }: StoredCheckpoint): RunRow['checkpoint'] {
	return checkpoint;
}
