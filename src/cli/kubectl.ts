/**
 * `preflight kubectl`: kubectl against a simulated cluster. One command prints and exits exactly
 * as kubectl would; `--script` runs many lines against the same evolving world on virtual time.
 */
import { Session, type SessionInit } from '../core/shell/session';
import { runScript, type ScriptResult } from '../core/shell/script';
import { quoteArgs } from '../core/shell/quote';
import { formatDuration } from '../core/scenario/format-offset';
import { scenarioAdvance, scenarioAt } from '../core/scenario/timeline';
import { parseAt, readInput, splitFlag, usageError, type Parsed } from './flags';
import type { CliIO } from './io';
import { loadWorld } from './load-world';
import { loadScenarioFile } from './scenario-files';

const HELP = `Run kubectl against a simulated cluster.

Usage:
  preflight kubectl [--cluster FILE.yaml|NAME] [--seed N] [--context C] [--json] [--] ARGS...
  preflight kubectl --scenario ID|FILE [--at DURATION] [--context C] [--json] [--] ARGS...
  preflight kubectl [--cluster …|--scenario …] [options] --script FILE|-

Options:
  --cluster FILE.yaml|NAME  Kubernetes manifests to build the cluster from, or a built-in
                            cluster name (default: payments)
  --scenario ID|FILE        A scenario from the library (by id) or a scenario file: its
                            clusters, with its timeline applied as virtual time passes
  --at DURATION             With --scenario: the time to look at, from when the on-call
                            engineer is paged (default 0s; -5m is before, 90s after)
  --context C               Switch the current context to C first
  --seed N                  Seed for generated names (default: the cluster's own)
  --script FILE|-           Run each line of FILE (or stdin): kubectl command lines, with or
                            without a leading 'kubectl'; 'sleep 30s' advances the virtual clock;
                            '#' starts a comment
  --json                    Print one JSON object per command: {"command","exitCode","stdout","stderr"}
  -h, --help                Show this help

Options are read up to the first kubectl argument or '--'; everything after goes to kubectl.
`;

interface Options {
	cluster?: string;
	scenario?: string;
	/** Offset from the page in ms (`--at`). */
	at?: number;
	context?: string;
	seed?: number;
	script?: string;
	json: boolean;
	args: string[];
}

export function parseOptions(argv: string[]): Parsed<Options> {
	const options: Options = { json: false, args: [] };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = splitFlag(argv[i]);
		const value = () => inline ?? argv[++i];
		switch (flag) {
			case '--':
				options.args = argv.slice(i + 1);
				return checked(options);
			case '-h':
			case '--help':
				return { ok: 'help' };
			case '--json':
				options.json = true;
				break;
			case '--cluster':
			case '--scenario':
			case '--context':
			case '--script': {
				const v = value();
				if (v === undefined) return { ok: false, message: `${flag} needs a value` };
				options[flag.slice(2) as 'cluster' | 'scenario' | 'context' | 'script'] = v;
				break;
			}
			case '--at': {
				const at = parseAt(value());
				if (!at.ok) return at;
				options.at = at.at;
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
				return checked(options);
		}
	}
	return checked(options);
}

function checked(options: Options): Parsed<Options> {
	if (options.cluster !== undefined && options.scenario !== undefined)
		return { ok: false, message: 'give either --cluster or --scenario, not both' };
	if (options.at !== undefined && options.scenario === undefined)
		return { ok: false, message: '--at needs --scenario' };
	return { ok: true, options };
}

export async function kubectlCommand(argv: string[], io: CliIO): Promise<number> {
	const parsed = parseOptions(argv);
	if (parsed.ok === 'help') {
		io.stdout(HELP);
		return 0;
	}
	if (!parsed.ok) return usageError(io, 'kubectl', parsed.message);
	const { options } = parsed;
	if (options.script !== undefined && options.args.length > 0) {
		io.stderr(`preflight kubectl: give either --script or kubectl arguments, not both\n`);
		return 1;
	}
	const start = await startOf(options, io);
	if (!start.ok) {
		io.stderr(start.message);
		return 1;
	}
	const session = new Session(start.init);
	const script =
		options.script === undefined
			? { ok: true as const, text: `kubectl ${quoteArgs(options.args)}` }
			: await readInput(io, options.script);
	if (!script.ok) {
		io.stderr(`preflight kubectl: cannot read script ${options.script}: ${script.reason}\n`);
		return 1;
	}
	const results = runScript(session, script.text);
	return report(results, options, io);
}

type Start = { ok: true; init: SessionInit } | { ok: false; message: string };

/** The world the session starts from (a scenario at `--at`, or a cluster) and how time moves it. */
async function startOf(options: Options, io: CliIO): Promise<Start> {
	let init: SessionInit;
	if (options.scenario !== undefined) {
		const loaded = await loadScenarioFile(options.scenario, { io, seed: options.seed });
		if (!loaded.ok) return loaded;
		const history = loaded.prepared.scenario.world.history;
		if ((options.at ?? 0) < -history)
			return {
				ok: false,
				message: `preflight kubectl: --at ${formatDuration(options.at!)} is before the scenario's history starts (${formatDuration(-history)})\n`
			};
		const moment = scenarioAt(loaded.prepared, options.at ?? 0);
		init = { world: moment.world, now: moment.now, advance: scenarioAdvance(loaded.prepared) };
	} else {
		const loaded = await loadWorld(options.cluster ?? 'payments', options.seed, io);
		if (!loaded.ok) return loaded;
		init = { world: loaded.world, now: loaded.now };
	}
	const context = options.context;
	if (context === undefined) return { ok: true, init };
	const names = init.world.contexts.map((c) => c.name);
	if (!names.includes(context))
		return {
			ok: false,
			message: `preflight kubectl: no context "${context}" (contexts: ${names.join(', ')})\n`
		};
	return { ok: true, init: { ...init, world: { ...init.world, currentContext: context } } };
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
