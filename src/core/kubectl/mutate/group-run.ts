/**
 * A group command run bare (`kubectl rollout`, `kubectl set`): kubectl prints the group's help
 * and exits 1 — to stdout for some groups, stderr for others — and refuses unknown subcommands.
 */
import { verbHelp } from '../help';
import { rejected } from '../errors';
import type { Invocation, Outcome, VerbSpec } from '../types';

export function groupRun(spec: () => VerbSpec, stream: 'stdout' | 'stderr') {
	return (inv: Invocation): Outcome => {
		if (inv.args.length)
			return rejected({
				message: `error: unknown command "${inv.args.join(' ')}"\nSee 'kubectl ${inv.path.join(' ')} -h' for help and examples\n`,
				exitCode: 1
			});
		const help = verbHelp(spec(), inv.path);
		return {
			stdout: stream === 'stdout' ? help : '',
			stderr: stream === 'stderr' ? help : '',
			exitCode: 1,
			rejected: true
		};
	};
}
