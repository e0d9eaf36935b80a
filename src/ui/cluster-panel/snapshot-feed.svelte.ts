/**
 * Keeps the side panel's snapshot fresh: `refresh()` may be called on every reply; at most one
 * snapshot request is in flight, and calls made meanwhile collapse into one more.
 */
import type { Runtime } from '../../adapters/runtime/runtime';
import type { ClusterSnapshot } from '../../adapters/runtime/snapshot';

export class SnapshotFeed {
	current = $state<ClusterSnapshot | undefined>();
	readonly #runtime: Runtime;
	#inFlight: Promise<void> | undefined;
	#again = false;

	constructor(runtime: Runtime) {
		this.#runtime = runtime;
	}

	refresh(): Promise<void> {
		if (this.#inFlight) {
			this.#again = true;
			return this.#inFlight;
		}
		this.#inFlight = this.#fetch();
		return this.#inFlight;
	}

	async #fetch(): Promise<void> {
		try {
			do {
				this.#again = false;
				this.current = await this.#runtime.snapshot();
			} while (this.#again);
		} catch {
			// the runtime is gone; the terminal says so
		} finally {
			this.#inFlight = undefined;
		}
	}
}
