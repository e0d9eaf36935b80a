/**
 * `preflight kubectl`: kubectl against a simulated cluster. One command prints and exits exactly
 * as kubectl would; `--script` runs many lines against the same evolving world on virtual time.
 */
import { Session } from '../core/shell/session';
import { runScript, type ScriptResult } from '../core/shell/script';
import { quoteArgs } from '../core/shell/quote';
import type { CliIO } from './io';
import { loadWorld } from './load-world';

const HELP = `Run kubectl against a simulated cluster.

Usage:
  preflight kubectl [--cluster FILE.yaml|NAME] [--seed N] [--json] [--] ARGS...
  preflight kubectl [--cluster FILE.yaml|NAME] [--seed N] [--json] --script FILE|-

Options:
  --cluster FILE.yaml|NAME  Kubernetes manifests to build the cluster from, or a built-in
                            cluster name (default: payments)
  --seed N                  Seed for generated names (default: the cluster's own)
  --script FILE|-           Run each line of FILE (or stdin): kubectl command lines, with or
                            without a leading 'kubectl'; 'sleep 30s' advances the virtual clock;
                            '#' starts a comment
  --json                    Print one JSON object per command: {"command","exitCode","stdout","stderr"}
  -h, --help                Show this help

Options are read up to the first kubectl argument or '--'; everything after goes to kubectl.
`;

interface Options {
	cluster: string;
	seed?: number;
	script?: string;
	json: boolean;
	args: string[];
}

type Parsed = { ok: true; options: Options } | { ok: false; message: string } | { ok: 'help' };

export function parseOptions(argv: string[]): Parsed {
	const options: Options = { cluster: 'payments', json: false, args: [] };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].startsWith('--') ? splitInline(argv[i]) : [argv[i], undefined];
		const value = () => inline ?? argv[++i];
		switch (flag) {
			case '--':
				options.args = argv.slice(i + 1);
				return { ok: true, options };
			case '-h':
			case '--help':
				return { ok: 'help' };
			case '--json':
				options.json = true;
				break;
			case '--cluster':
			case '--script': {
				const v = value();
				if (v === undefined) return { ok: false, message: `${flag} needs a value` };
				if (flag === '--cluster') options.cluster = v;
				else options.script = v;
				break;
			}
			case '--seed': {
				const v = value();
				if (v === undefined || !/^\d+$/.test(v))
					return {
						ok: false,
						message: `--seed needs a non-negative integer, got ${JSON.stringify(v ?? '')}`
					};
				options.seed = Number(v);
				break;
			}
			default:
				options.args = argv.slice(i);
				return { ok: true, options };
		}
	}
	return { ok: true, options };
}

function splitInline(arg: string): [string, string | undefined] {
	const eq = arg.indexOf('=');
	return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

export async function kubectlCommand(argv: string[], io: CliIO): Promise<number> {
	const parsed = parseOptions(argv);
	if (parsed.ok === 'help') {
		io.stdout(HELP);
		return 0;
	}
	if (!parsed.ok) {
		io.stderr(`preflight kubectl: ${parsed.message}\nSee 'preflight kubectl --help'.\n`);
		return 1;
	}
	const { options } = parsed;
	if (options.script !== undefined && options.args.length > 0) {
		io.stderr(`preflight kubectl: give either --script or kubectl arguments, not both\n`);
		return 1;
	}
	const loaded = await loadWorld(options.cluster, options.seed, io);
	if (!loaded.ok) {
		io.stderr(loaded.message);
		return 1;
	}
	const session = new Session({ world: loaded.world, now: loaded.now });
	const text =
		options.script === undefined
			? quoteArgs(options.args)
			: await (options.script === '-' ? io.readStdin() : io.readFile(options.script)).catch(
					(e: NodeJS.ErrnoException) => e
				);
	if (text instanceof Error) {
		io.stderr(
			`preflight kubectl: cannot read script ${options.script}: ${text.code ?? text.message}\n`
		);
		return 1;
	}
	const results = runScript(session, options.script === undefined ? `kubectl ${text}` : text);
	return report(results, options, io);
}

function report(results: ScriptResult[], options: Options, io: CliIO): number {
	for (const r of results) {
		if (options.json) {
			const { command, exitCode, stdout, stderr } = r;
			io.stdout(JSON.stringify({ command, exitCode, stdout, stderr }) + '\n');
		} else {
			// Interleaved as written: drain's warnings before its `drained`, errors after tables.
			for (const piece of r.pieces) (piece.stream === 'stdout' ? io.stdout : io.stderr)(piece.text);
		}
	}
	// One command exits as kubectl would; a script exits non-zero if any line failed.
	if (options.script === undefined) return results[0]?.exitCode ?? 0;
	return results.some((r) => r.exitCode !== 0) ? 1 : 0;
}
