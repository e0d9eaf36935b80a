/**
 * Runs held in memory: the whole memory run store, and the IndexedDB store's mirror of the runs
 * this tab writes (so a write that fails loses nothing). Callers pass in copies and take copies
 * out (`plain`); this keeps what it is given.
 */
import type { RunEvent } from '../../core/rehearsal/schema';
import {
	abandoned,
	appended,
	checkAbandon,
	checkAppend,
	checkCheckpoint,
	checkNewRun,
	checkpointed,
	finished,
	newestFirst,
	newRow,
	unknownRun,
	withoutCheckpoint,
	type NewRun
} from './run-rows';
import type { RunCheckpoint, RunRow, RunScore, StoredRun } from './run-types';

/** `undefined` when done, else why not. */
type Refusal = string | undefined;

export class RunMemory {
	#runs = new Map<string, StoredRun>();

	has(runId: string): boolean {
		return this.#runs.has(runId);
	}

	get(runId: string): StoredRun | undefined {
		return this.#runs.get(runId);
	}

	/** Keeps the run as given, replacing one with its id. */
	put(run: StoredRun): void {
		this.#runs.set(run.run.id, run);
	}

	remove(runId: string): void {
		this.#runs.delete(runId);
	}

	create(run: NewRun, now: number): Refusal {
		const refused = checkNewRun(run, this.#runs.get(run.id)?.run);
		if (refused) return refused;
		this.#runs.set(run.id, { run: newRow(run, now), events: [] });
		return undefined;
	}

	append(runId: string, events: RunEvent[], now: number): Refusal {
		const stored = this.#runs.get(runId);
		const refused = checkAppend(stored?.run, runId, events);
		if (refused || !stored || events.length === 0) return refused;
		stored.events.push(...events);
		stored.run = appended(stored.run, events.length, now);
		return undefined;
	}

	checkpoint(runId: string, checkpoint: RunCheckpoint, now: number): Refusal {
		const stored = this.#runs.get(runId);
		const refused = checkCheckpoint(stored?.run, runId, checkpoint);
		if (refused || !stored) return refused;
		stored.run = checkpointed(stored.run, checkpoint, now);
		return undefined;
	}

	finish(runId: string, score: RunScore, now: number): Refusal {
		const stored = this.#runs.get(runId);
		if (!stored) return unknownRun(runId);
		stored.score = score;
		stored.run = finished(stored.run, score, now);
		return undefined;
	}

	abandon(runId: string, now: number): Refusal {
		const stored = this.#runs.get(runId);
		const refused = checkAbandon(stored?.run, runId);
		if (refused || !stored) return refused;
		stored.run = abandoned(stored.run, now);
		return undefined;
	}

	/** Newest first; one scenario's when given; without checkpoints. */
	rows(scenarioId?: string): RunRow[] {
		return [...this.#runs.values()]
			.map((r) => withoutCheckpoint(r.run))
			.filter((row) => scenarioId === undefined || row.scenario.id === scenarioId)
			.sort(newestFirst);
	}
}
