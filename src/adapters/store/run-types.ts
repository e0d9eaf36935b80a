/**
 * The run store's port: rehearsals as the app keeps them — one row per run, its append-only event
 * log, and its score once finished. IndexedDB through Dexie (`run-store.ts`), or memory when the
 * browser will not give us storage or it fills up; every method answers, none throws.
 */
import type { Mode, RunEvent } from '../../core/rehearsal/schema';
import type { Checkpoint, HealthSample, ScenarioLoad } from '../runtime/runtime';
import type { Grade, ScoreReport } from '../../core/scoring/types';

/** The scenario a run was rehearsed on, exactly as it was then (a run outlives edits to it). */
export type RunScenario = Omit<ScenarioLoad, 'resume'> & { id: string; title: string };

/**
 * The world and clock after event `seq - 1`, to resume without replaying the log, and the live
 * chart's SLI samples up to then, so a resumed run draws its whole chart again.
 */
export type RunCheckpoint = Checkpoint & { seq: number; health?: HealthSample[] };

/** `active` until the trainee finishes the run, or gives up on it and starts over (`abandoned`). */
export type RunStatus = 'active' | 'finished' | 'abandoned';

export interface RunRow {
	/** Random id (`crypto.randomUUID()` in the app). */
	id: string;
	scenario: RunScenario;
	mode: Mode;
	/** Wall-clock ms when the run started and when it last changed. */
	startedAt: number;
	updatedAt: number;
	status: RunStatus;
	/** Virtual ms at the scenario's t = 0. */
	t0: number;
	/** Events stored so far (the next event's seq). */
	events: number;
	/**
	 * Where to resume from (`RunCheckpoint`). `load` gives it; the rows from `list` and `active`
	 * leave it out (a world is half a megabyte).
	 */
	checkpoint?: RunCheckpoint;
	/** Set once scored. */
	total?: number;
	grade?: Grade;
}

export interface RunScore {
	runId: string;
	report: ScoreReport;
	/** The SLIs along the run, for the debrief's chart. */
	samples: HealthSample[];
	/** Wall-clock ms. */
	scoredAt: number;
}

export interface StoredRun {
	run: RunRow;
	/** In seq order. */
	events: RunEvent[];
	score?: RunScore;
}

/** Done (perhaps with a notice: kept in memory only from now on), or why not. */
export type RunResult = { ok: true; notice?: string } | { ok: false; message: string };

export interface RunStore {
	/** Stores a new run (its row; `events` 0). */
	create(run: Omit<RunRow, 'events' | 'updatedAt'>): Promise<RunResult>;
	/** Appends events; their seqs must continue the log (a gap or a repeat is refused). */
	append(runId: string, events: RunEvent[]): Promise<RunResult>;
	saveCheckpoint(runId: string, checkpoint: RunCheckpoint): Promise<RunResult>;
	/** Marks the run finished and keeps its score. */
	finish(runId: string, score: Omit<RunScore, 'runId'>): Promise<RunResult>;
	/**
	 * Marks an unfinished run abandoned (the trainee started over): kept, no longer resumable and no
	 * longer `active`. Abandoning it again changes nothing; a finished run is refused.
	 */
	abandon(runId: string): Promise<RunResult>;
	/** Newest first; one scenario's when given. Rows without their checkpoint. */
	list(scenarioId?: string): Promise<RunRow[]>;
	load(runId: string): Promise<StoredRun | undefined>;
	/** The newest unfinished run of the scenario, to resume (its row, without the checkpoint). */
	active(scenarioId: string): Promise<RunRow | undefined>;
	remove(runId: string): Promise<RunResult>;
	/** The runs (all when no ids) as one versioned JSON document, losslessly. */
	exportRuns(ids?: string[]): Promise<RunExport>;
	/**
	 * Reads an export (any version this app knows, migrated; the document or its JSON text); runs
	 * already present are replaced. `notice` when they could be kept in this tab only.
	 */
	importRuns(
		json: unknown
	): Promise<{ ok: true; imported: number; notice?: string } | { ok: false; message: string }>;
	/** Why runs will not outlive this tab (storage unavailable or full), when that is so. */
	notice(): Promise<string | undefined>;
}

/** The export document (its zod schema and migrations: `run-export.ts`). */
export interface RunExport {
	format: 'preflight-runs';
	version: number;
	/** Wall-clock ms. */
	exportedAt: number;
	runs: StoredRun[];
}
