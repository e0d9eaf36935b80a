/**
 * The common end of a verb that changed resolved targets one by one: `-o` output replaces the
 * success lines, NotFound names go to stderr (exit 1), and the transaction commits unless dry.
 */
import type { KubeObject } from '../../cluster/types';
import type { Outcome } from '../types';
import type { DryRun } from './dry-run';
import { printObjects, type OutputFormat } from './print-object';
import { finish, type Session } from './session';
import type { Resolved } from './targets';

export interface TargetsDone {
	/** The `<ref> <verb>` success lines (and any notes) gathered so far. */
	stdout: string;
	/** Defaults to the NotFound lines of `found`. */
	stderr?: string;
	changed: boolean;
	dryRun: DryRun;
	/** When set (and not `''`), the written objects printed in this format replace `stdout`. */
	output?: OutputFormat;
	written?: KubeObject[];
	/** Names of `written` for `-o name`; defaults to every target's ref. */
	refs?: string[];
}

export function finishTargets(s: Session, found: Resolved, d: TargetsDone): Outcome {
	const resources = found.targets.map((t) => t.ref);
	const stdout = d.output ? printObjects(d.output, d.written ?? [], d.refs ?? resources) : d.stdout;
	const stderr = d.stderr ?? found.missing.join('');
	return finish(s, {
		stdout,
		stderr,
		exitCode: stderr ? 1 : 0,
		resources,
		changed: d.changed,
		dryRun: d.dryRun
	});
}
