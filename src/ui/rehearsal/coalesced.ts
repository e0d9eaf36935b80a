/**
 * An async task run one call at a time: asked again while it runs, it runs once more after (not
 * once per ask). The rehearsal's health samples and checkpoints, which the clock asks for often.
 */
export class Coalesced {
	readonly #task: () => Promise<void>;
	readonly #onError: (error: unknown) => void;
	#due = false;
	#running: Promise<void> | undefined;

	constructor(task: () => Promise<void>, onError: (error: unknown) => void) {
		this.#task = task;
		this.#onError = onError;
	}

	/** Resolves when the task has run after this ask. */
	run(): Promise<void> {
		this.#due = true;
		this.#running ??= this.#loop();
		return this.#running;
	}

	/** Resolves when no run is under way. */
	async settled(): Promise<void> {
		await this.#running;
	}

	async #loop(): Promise<void> {
		try {
			while (this.#due) {
				this.#due = false;
				await this.#task();
			}
		} catch (error) {
			this.#onError(error);
		} finally {
			this.#running = undefined;
		}
	}
}
