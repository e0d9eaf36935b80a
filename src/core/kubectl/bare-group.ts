/**
 * A group command run bare (`kubectl config`, `kubectl rollout`, `kubectl create secret`): kubectl's
 * groups run cobra's `DefaultSubCommandRun`, which prints the group's help and exits 1 before any
 * request. Most write it to stderr; `rollout` was wired to stdout.
 */
import { verbHelp } from './help';
import type { Outcome, VerbSpec } from './types';

/** Groups whose help goes to stdout (`kubectl rollout` passes `streams.Out`). */
const HELP_ON_STDOUT = new Set(['rollout']);

export function bareGroup(spec: VerbSpec, path: readonly string[]): Outcome {
	const help = verbHelp(spec, path);
	const toStdout = HELP_ON_STDOUT.has(path.join(' '));
	return {
		stdout: toStdout ? help : '',
		stderr: toStdout ? '' : help,
		exitCode: 1,
		rejected: true
	};
}
