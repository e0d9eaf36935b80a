/** `--dry-run` and `-o` of the verbs that write objects, parsed together in kubectl's order. */
import type { Invocation, KubectlError } from '../types';
import { parseDryRun, type DryRun } from './dry-run';
import { parseOutput, type OutputFormat } from './print-object';
import { isError } from './session';

export interface WriteFlags {
	dryRun: DryRun;
	output: OutputFormat;
}

/** Both modes, or the error of the first bad one (`--dry-run` is checked first). */
export function parseWriteFlags(inv: Invocation): WriteFlags | KubectlError {
	const dryRun = parseDryRun(inv);
	if (isError(dryRun)) return dryRun;
	const output = parseOutput(inv.flags.get('output'));
	if (isError(output)) return output;
	return { dryRun, output };
}
