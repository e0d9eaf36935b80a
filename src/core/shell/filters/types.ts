/**
 * The contract every pipe filter (`grep`, `head`, …) implements. Filters stream: a watch piped
 * into `grep` shows each matching line as it arrives, while `sort` or `wc` answer only once their
 * input ends (and print nothing when Ctrl-C kills the pipeline first, as in a real shell).
 */

export interface FilterProcess {
	/** Feeds stdin text (any chunking); returns the stdout it produced. */
	write(text: string): string;
	/** Closes stdin; returns the rest of the stdout. */
	end(): string;
	/** True once the filter wants no more input (`head` has its lines): the pipeline ends. */
	readonly closed: boolean;
	/** The exit status; final after `end()` or once `closed`. */
	readonly exitCode: number;
}

/** Starting a filter either gives a running process or a usage error (stderr text, status). */
export type FilterStart =
	{ ok: true; process: FilterProcess } | { ok: false; stderr: string; exitCode: number };

export type Filter = (args: string[]) => FilterStart;

export function usageFailure(stderr: string, exitCode = 1): FilterStart {
	return { ok: false, stderr, exitCode };
}

/** Buffers partial lines: a chunk may end mid-line, a line is handled once its `\n` arrives. */
export class LineBuffer {
	#partial = '';

	/** Complete lines in `text` (without their `\n`), keeping any unfinished tail. */
	push(text: string): string[] {
		const parts = (this.#partial + text).split('\n');
		this.#partial = parts.pop() ?? '';
		return parts;
	}

	/** The unfinished last line, if any: tools treat it as a line of its own at EOF. */
	flush(): string[] {
		const rest = this.#partial;
		this.#partial = '';
		return rest === '' ? [] : [rest];
	}
}

/** A filter that handles one line at a time and may add a summary at the end. */
export function lineProcess(
	onLine: (line: string) => string,
	onEnd: () => string = () => '',
	state: { closed?: () => boolean; exitCode?: () => number } = {}
): FilterProcess {
	const lines = new LineBuffer();
	return {
		write: (text) => lines.push(text).map(onLine).join(''),
		end: () => lines.flush().map(onLine).join('') + onEnd(),
		get closed() {
			return state.closed?.() ?? false;
		},
		get exitCode() {
			return state.exitCode?.() ?? 0;
		}
	};
}

/** A filter that needs all its input before it can answer (`sort`, `wc`, `tail`). */
export function wholeProcess(onEnd: (lines: string[]) => string): FilterProcess {
	const lines = new LineBuffer();
	const all: string[] = [];
	return {
		write: (text) => {
			all.push(...lines.push(text));
			return '';
		},
		end: () => onEnd([...all, ...lines.flush()]),
		closed: false,
		exitCode: 0
	};
}
