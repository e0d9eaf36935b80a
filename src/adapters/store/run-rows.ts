/**
 * The run store's rules, shared by its IndexedDB and memory halves: what a new row looks like,
 * which appends continue a log, how a row changes when events, a checkpoint or a score arrive.
 * Each check answers with the sentence to show, or `undefined` when the write may go ahead.
 */
import type { RunEvent } from '../../core/rehearsal/schema';
import type { RunCheckpoint, RunRow, RunScore } from './run-types';

export type NewRun = Omit<RunRow, 'events' | 'updatedAt'>;

export function unknownRun(runId: string): string {
	return `No run ${runId} is stored in this browser.`;
}

export function checkNewRun(run: NewRun, existing: RunRow | undefined): string | undefined {
	if (typeof run.id !== 'string' || run.id.trim() === '') return 'A run needs an id to be stored.';
	if (existing) return `A run ${run.id} is already stored: a new run needs a new id.`;
	return undefined;
}

export function newRow(run: NewRun, now: number): RunRow {
	return { ...run, events: 0, updatedAt: now };
}

/** The events must continue the log: seqs from `row.events`, one apart. */
export function checkAppend(
	row: RunRow | undefined,
	runId: string,
	events: readonly RunEvent[]
): string | undefined {
	if (!row) return unknownRun(runId);
	for (const [i, event] of events.entries()) {
		const expected = row.events + i;
		if (event.seq === expected) continue;
		if (event.seq < expected)
			return `Event ${event.seq} is already in run ${runId}'s log (it holds ${expected} events): a stored event is never rewritten.`;
		return `Event ${event.seq} would leave a gap in run ${runId}'s log: the next event is ${expected}.`;
	}
	return undefined;
}

export function appended(row: RunRow, count: number, now: number): RunRow {
	return { ...row, events: row.events + count, updatedAt: now };
}

export function checkCheckpoint(
	row: RunRow | undefined,
	runId: string,
	checkpoint: RunCheckpoint
): string | undefined {
	if (!row) return unknownRun(runId);
	if (!Number.isInteger(checkpoint.seq) || checkpoint.seq < 0 || checkpoint.seq > row.events)
		return `The checkpoint is after event ${checkpoint.seq - 1}, but run ${runId}'s log holds ${row.events} events.`;
	return undefined;
}

export function checkpointed(row: RunRow, checkpoint: RunCheckpoint, now: number): RunRow {
	return { ...row, checkpoint, updatedAt: now };
}

export function finished(row: RunRow, score: RunScore, now: number): RunRow {
	return {
		...row,
		status: 'finished',
		total: score.report.total,
		grade: score.report.grade,
		updatedAt: now
	};
}

/** Only a run still going can be abandoned; abandoning one twice is no change. */
export function checkAbandon(row: RunRow | undefined, runId: string): string | undefined {
	if (!row) return unknownRun(runId);
	if (row.status === 'finished')
		return `Run ${runId} is finished: only a run still going can be abandoned.`;
	return undefined;
}

export function abandoned(row: RunRow, now: number): RunRow {
	return row.status === 'abandoned' ? row : { ...row, status: 'abandoned', updatedAt: now };
}

/** The row as `list` gives it: without the checkpoint's world. */
export function withoutCheckpoint(row: RunRow): RunRow {
	const { checkpoint: _checkpoint, ...rest } = row;
	return rest;
}

/** Newest first: last changed, then last started, then id (a stable order for equal times). */
export function newestFirst(a: RunRow, b: RunRow): number {
	return b.updatedAt - a.updatedAt || b.startedAt - a.startedAt || a.id.localeCompare(b.id);
}

/**
 * A deep copy as plain JSON: what IndexedDB and an export can keep. It also unwraps Svelte's
 * `$state` proxies, which the structured clone IndexedDB uses refuses.
 */
export function plain<T>(value: T): T {
	return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
