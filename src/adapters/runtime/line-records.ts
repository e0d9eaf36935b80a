/**
 * Follows one command line from its `execute` to the call it finishes in, gathering its output
 * over every chunk, and then turns the session's audit entries since it started into the records
 * the rehearsal log keeps — the same records `replay` makes, the last one carrying the output.
 */
import type { AuditEntry } from '../../core/kubectl/types';
import { commandRecord } from '../../core/rehearsal/command-record';
import { truncateOutput } from '../../core/rehearsal/replay';
import type { RecordedCommand } from './runtime';

export class LineRecords {
	/** Audit length when the running line started; undefined when no line is running. */
	#from: number | undefined;
	#output = '';

	/** A line starts (its `execute` is about to run). */
	begin(auditLength: number): void {
		this.#from = auditLength;
		this.#output = '';
	}

	/**
	 * One chunk of the running line. Returns its records once the line has finished (none when it
	 * ran no kubectl command), undefined while it still runs or when no line is followed.
	 */
	add(
		chunk: { output: string; exitCode?: number },
		audit: readonly AuditEntry[]
	): RecordedCommand[] | undefined {
		if (this.#from === undefined) return undefined;
		this.#output += chunk.output;
		if (chunk.exitCode === undefined) return undefined;
		const entries = audit.slice(this.#from);
		const output = truncateOutput(this.#output);
		this.#from = undefined;
		this.#output = '';
		return entries.map((entry, i) => ({
			at: entry.at,
			record: commandRecord(entry, i === entries.length - 1 ? output : '')
		}));
	}
}
