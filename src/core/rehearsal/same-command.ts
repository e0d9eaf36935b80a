/**
 * Whether a command the terminal ran is a drafted command: the same kubectl command as
 * `guard/command-key.ts` normalises it.
 */
import { commandKeys } from '../guard/command-key';
import type { CommandRecord } from './schema';

/**
 * Is the recorded command one of the drafted line's kubectl commands? The record's context and
 * namespace are the ones kubectl resolved, so `kubectl get pods` in a context whose namespace is
 * `payments` is the draft's `kubectl get pods -n payments`.
 */
export function sameCommand(record: CommandRecord, drafted: string): boolean {
	if (drafted.trim() === '') return false;
	const [ran] = commandKeys(record.command);
	if (!ran) return false;
	return commandKeys(drafted).some(
		(want) =>
			want.key === ran.key &&
			(want.context === undefined || want.context === record.context) &&
			(want.namespace === undefined || want.namespace === record.namespace)
	);
}
