/**
 * An audit entry of the session as the rehearsal log keeps it: shared by the headless replay and
 * the app's runtime, so a command logged in the browser and one replayed by the CLI are the same.
 */
import type { AuditEntry } from '../kubectl/types';
import type { CommandRecord } from './schema';

/** The record of one audited kubectl command, with what the trainee saw of it. */
export function commandRecord(entry: AuditEntry, output: string): CommandRecord {
	const { command, context, namespace, verb, resources, mutating, exitCode } = entry;
	return { command, context, namespace, verb, resources, mutating, exitCode, output };
}
