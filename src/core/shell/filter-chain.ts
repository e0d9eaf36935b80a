/**
 * The filters after a pipeline's producer, wired stdout → stdin. Text is pushed through as it
 * arrives; when one filter closes (`head` has its lines) everything downstream gets EOF and the
 * producer upstream would get SIGPIPE, so the chain reports itself ended.
 */
import type { FilterProcess } from './filters';

/** A stage that failed to start (usage error): it reads nothing and exits with its status. */
export interface DeadStage {
	dead: true;
	exitCode: number;
}

export type ChainStage = FilterProcess | DeadStage;

export class FilterChain {
	readonly #stages: ChainStage[];
	#ended = false;

	constructor(stages: ChainStage[]) {
		this.#stages = stages;
	}

	get ended(): boolean {
		return this.#ended;
	}

	/** Whether a stage failed to start: the producer then dies on its first write. */
	get broken(): boolean {
		return this.#stages.some((s) => 'dead' in s);
	}

	/** Pushes producer output through; returns what reached the terminal. */
	push(text: string): string {
		if (this.#ended) return '';
		for (let k = 0; k < this.#stages.length; k++) {
			const stage = this.#stages[k];
			if ('dead' in stage) return '';
			text = text === '' ? '' : stage.write(text);
			if (stage.closed) {
				this.#ended = true;
				return this.#endFrom(k, text + stage.end());
			}
		}
		return text;
	}

	/** EOF from the producer: each filter flushes in turn. */
	end(): string {
		if (this.#ended) return '';
		this.#ended = true;
		return this.#endFrom(-1, '');
	}

	/** The pipeline's status: the last stage's, or the producer's when there are no filters. */
	exitCode(producerExit: number): number {
		const last = this.#stages[this.#stages.length - 1];
		if (!last) return producerExit;
		return last.exitCode;
	}

	/** Ends every stage after index `k`, feeding `text` (stage k's last output) downstream. */
	#endFrom(k: number, text: string): string {
		for (let j = k + 1; j < this.#stages.length; j++) {
			const stage = this.#stages[j];
			text = 'dead' in stage ? '' : stage.write(text) + stage.end();
		}
		return text;
	}
}
