/**
 * Follows one command line from its `execute` to the call it finishes in, gathering its output
 * over every chunk, and turns the session's audit entries into the records the rehearsal log
 * keeps — the same records `replay` makes. Each entry is reported as soon as it is over (the next
 * command of the line has started) or when the line ends, the last carrying the line's output, so
 * a change never waits in here for a line that may outlive the tab. `pending` hands over what is
 * left of a running line (a checkpoint, the run ending): nothing the world saw stays unreported.
 */
import type { AuditEntry } from '../../core/kubectl/types';
import { commandRecord } from '../../core/rehearsal/command-record';
import { truncateOutput } from '../../core/rehearsal/replay';
import type { RecordedCommand } from './runtime';

export class LineRecords {
	/** First audit index of the running line not reported yet; undefined when no line runs. */
	#from: number | undefined;
	#output = '';

	/** A line starts (its `execute` is about to run). */
	begin(auditLength: number): void {
		this.#from = auditLength;
		this.#output = '';
	}

	/**
	 * One chunk of the running line: the records over by now (all of them once the line has
	 * finished), undefined when no line is followed.
	 */
	add(
		chunk: { output: string; exitCode?: number },
		audit: readonly AuditEntry[]
	): RecordedCommand[] | undefined {
		if (this.#from === undefined) return undefined;
		this.#output += chunk.output;
		// The last entry is the command still running: the ones before it are over.
		if (chunk.exitCode === undefined) return this.#take(audit, audit.length - 1, '');
		const records = this.#take(audit, audit.length, truncateOutput(this.#output));
		this.#from = undefined;
		this.#output = '';
		return records;
	}

	/**
	 * What the running line has not reported yet, the command still running included (its output
	 * so far on it). The line goes on, and reports only the commands it starts after this.
	 */
	pending(audit: readonly AuditEntry[]): RecordedCommand[] {
		if (this.#from === undefined) return [];
		return this.#take(audit, audit.length, truncateOutput(this.#output));
	}

	#take(audit: readonly AuditEntry[], to: number, lastOutput: string): RecordedCommand[] {
		const from = this.#from ?? to;
		const entries = audit.slice(from, Math.max(from, to));
		this.#from = Math.max(from, to);
		return entries.map((entry, i) => ({
			at: entry.at,
			record: commandRecord(
				entry,
				i === entries.length - 1 && to === audit.length ? lastOutput : ''
			)
		}));
	}
}
