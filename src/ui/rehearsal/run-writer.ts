/**
 * Writes one run to the store in the order things happened: events appended in batches, a
 * checkpoint after the events before it, the score last. One write at a time — two appends never
 * race, so seqs reach the store without gaps. A result's `notice` (storage full or gone: the run
 * goes on in memory) or a refusal is handed to `onNotice`; nothing here throws.
 */
import type { RunCheckpoint, RunResult, RunScore, RunStore } from '../../adapters/store/run-types';
import type { RunEvent } from '../../core/rehearsal/schema';

export class RunWriter {
	readonly #runs: RunStore;
	readonly #runId: string;
	readonly #onNotice: (notice: string) => void;
	#queue: Promise<unknown> = Promise.resolve();
	#pending: RunEvent[] = [];
	#flushQueued = false;

	constructor(runs: RunStore, runId: string, onNotice: (notice: string) => void) {
		this.#runs = runs;
		this.#runId = runId;
		this.#onNotice = onNotice;
	}

	/** Queues an event; events queued before the write starts go in one `append`. */
	append(event: RunEvent): void {
		this.#pending.push(event);
		if (this.#flushQueued) return;
		this.#flushQueued = true;
		void this.#then(() => {
			this.#flushQueued = false;
			return this.#runs.append(this.#runId, this.#pending.splice(0));
		});
	}

	/** `seq`: the events it covers (the world after event `seq - 1`). */
	checkpoint(checkpoint: RunCheckpoint): Promise<RunResult> {
		return this.#then(() => this.#runs.saveCheckpoint(this.#runId, checkpoint));
	}

	finish(score: Omit<RunScore, 'runId'>): Promise<RunResult> {
		return this.#then(() => this.#runs.finish(this.#runId, score));
	}

	/** Resolves once every write queued so far is done. */
	async settled(): Promise<void> {
		await this.#queue;
	}

	#then(write: () => Promise<RunResult>): Promise<RunResult> {
		const done = this.#queue.then(write).then(
			(result) => {
				if (!result.ok) this.#onNotice(result.message);
				else if (result.notice) this.#onNotice(result.notice);
				return result;
			},
			(error: unknown): RunResult => {
				const message = `Could not save the run: ${error instanceof Error ? error.message : String(error)}`;
				this.#onNotice(message);
				return { ok: false, message };
			}
		);
		this.#queue = done;
		return done;
	}
}
