/**
 * The `preflight` CLI's composition root: picks the command and hands it Node's IO. Each command
 * returns its exit code; nothing here calls process.exit, so output is never cut short.
 */
import { kubectlCommand } from './kubectl';
import { importCommand } from './import';
import { nodeIO, type CliIO } from './io';
import { lintCommand } from './lint';
import { draftCommand } from './draft';
import { checkCommand } from './check';
import { scoreCommand } from './score';

const USAGE = `Usage: preflight <command> [options]

Commands:
  kubectl   Run kubectl against a simulated cluster (one command, or a script on virtual time)
  import    Build a scenario from a cluster dump (kubectl get ... -o yaml|json)
  lint      Check scenario files: schema and cross-references (default: the built-in library)
  draft     Draft guarded runbook steps for a scenario (pre-flight, action, verify, rollback)
  check     Lint a drafted step (JSON) against a scenario's world
  score     Replay a trainee's acts (JSONL) against a scenario and print the score report
  help      Show this help

Run 'preflight <command> --help' for a command's options.
`;

export async function main(
	argv: string[],
	out: Pick<CliIO, 'stdout' | 'stderr'> & Partial<CliIO>
): Promise<number> {
	const io: CliIO = { ...nodeIO(out), ...out };
	const [command, ...rest] = argv;
	switch (command) {
		case 'kubectl':
			return kubectlCommand(rest, io);
		case 'import':
			return importCommand(rest, io);
		case 'lint':
			return lintCommand(rest, io);
		case 'draft':
			return draftCommand(rest, io);
		case 'check':
			return checkCommand(rest, io);
		case 'score':
			return scoreCommand(rest, io);
		case undefined:
		case 'help':
		case '--help':
		case '-h':
			io.stdout(USAGE);
			return command === undefined ? 1 : 0;
		default:
			io.stderr(`preflight: unknown command "${command}"\n\n${USAGE}`);
			return 1;
	}
}
