/**
 * `runKubectl(world, argv, now)`: the one pure entry of the kubectl simulator. It parses argv,
 * answers help, resolves the context and namespace the global flags chose, runs the verb and
 * fills the audit entry. Every user input returns a value; only bugs throw.
 */
import { findContext } from '../cluster/world';
import { bareGroup } from './bare-group';
import { clientError, unknownContext } from './errors';
import { GLOBAL_FLAGS } from './global-flags';
import { OPTIONS_VERB, rootHelp, rootUsage, verbHelp } from './help';
import { isVirtualKubeconfig, kubeconfigError } from './kubeconfig-path';
import { parseCommandLine } from './parse';
import type { Env, Invocation, KubectlError, KubectlResult, Outcome, VerbSpec } from './types';
import type { World } from '../cluster/types';
import { VERBS } from './verbs';

/** The built-in `kubectl help [command]`. */
const HELP_VERB: VerbSpec = {
	name: 'help',
	short: 'Help about any command',
	long: 'Help provides help for any command in the application.\nSimply type kubectl help [path to command] for full details.',
	usage: 'kubectl help [command] [flags] [options]',
	flags: [],
	run: (inv) => helpFor(inv.args, allVerbs())
};

/** Verbs that never talk to a cluster, so a bad context or timeout cannot fail them. */
const OFFLINE = new Set(['config', 'options', 'help', 'completion']);

const TIMEOUT_ERROR =
	'Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)';

function allVerbs(): VerbSpec[] {
	return [...VERBS, OPTIONS_VERB, HELP_VERB];
}

/** Shell-style rendering of argv for the audit (`kubectl get pods -l 'app in (a,b)'`). */
export function commandText(argv: readonly string[]): string {
	const quote = (w: string) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);
	return ['kubectl', ...argv.map(quote)].join(' ');
}

function validTimeout(text: string): boolean {
	return /^\d+$/.test(text) || /^(\d+(\.\d*)?(ns|us|µs|ms|s|m|h))+$/.test(text);
}

/**
 * `help get`, `help rollout status`: the deepest named command's help (later words are ignored,
 * as cobra's `Find` leaves them as args); an unknown first word gets the root usage on stderr.
 */
function helpFor(args: readonly string[], verbs: VerbSpec[]): Outcome {
	let spec: VerbSpec | undefined;
	const path: string[] = [];
	let pool: VerbSpec[] | undefined = verbs;
	for (const word of args) {
		const next: VerbSpec | undefined = pool?.find(
			(v) => v.name === word || v.aliases?.includes(word)
		);
		if (!next) break;
		spec = next;
		path.push(next.name);
		pool = next.subcommands;
	}
	if (spec) return { stdout: verbHelp(spec, path), stderr: '', exitCode: 0 };
	if (args.length === 0) return { stdout: rootHelp(verbs), stderr: '', exitCode: 0 };
	const topic = `Unknown help topic [\`${args.join(' ')}\`]\n\n\n`;
	return { stdout: '', stderr: topic + rootUsage(verbs), exitCode: 0 };
}

/** pflag's notice for each deprecated flag the user gave (`--record`), printed before anything. */
function deprecationNotices(spec: VerbSpec, inv: Invocation): string {
	return [...GLOBAL_FLAGS, ...spec.flags]
		.filter((f) => f.deprecated && inv.given.has(f.name))
		.map((f) => `Flag --${f.name} has been deprecated, ${f.deprecated}\n`)
		.join('');
}

/** Commands that work without a cluster: `config`, `help`, `version --client`, … */
function isOffline(inv: Invocation): boolean {
	return (
		OFFLINE.has(inv.path[0]) || (inv.path[0] === 'version' && inv.flags.get('client') === true)
	);
}

/**
 * `config` with a `--kubeconfig` the simulator does not hold reads it as kubectl reads a missing
 * file: empty. What it would write there is not kept.
 */
function emptyKubeconfig(world: World): World {
	return { ...world, contexts: [], currentContext: '' };
}

export function runKubectl(world: World, argv: string[], now: number): KubectlResult {
	const verbs = allVerbs();
	const parsed = parseCommandLine(argv, verbs);
	const current = findContext(world, world.currentContext);
	const base = {
		at: now,
		command: commandText(argv),
		context: world.currentContext,
		namespace: current?.namespace || 'default'
	};
	let notices = '';
	const finish = (out: Outcome, verb: string, ctx = base.context, ns = base.namespace) => ({
		stdout: out.stdout,
		stderr: notices + out.stderr,
		...(out.written && {
			written: notices
				? [{ stream: 'stderr' as const, text: notices }, ...out.written]
				: out.written
		}),
		exitCode: out.exitCode,
		world: out.world ?? world,
		follow: out.follow,
		rejected: out.rejected ?? false,
		audit: {
			...base,
			context: ctx,
			namespace: ns,
			verb,
			resources: out.resources ?? [],
			mutating: out.mutating ?? false,
			exitCode: out.exitCode
		}
	});
	const refuse = (e: KubectlError, verb: string) =>
		finish({ stdout: '', stderr: e.message, exitCode: e.exitCode, rejected: true }, verb);
	if (!parsed.ok) return refuse(parsed.error, '');
	const { spec, inv } = parsed;
	const verb = inv.path.join(' ');
	notices = deprecationNotices(spec, inv);
	const say = (text: string) => finish({ stdout: text, stderr: '', exitCode: 0 }, verb);
	if (inv.flags.get('help') === true)
		return say(inv.path.length ? verbHelp(spec, inv.path) : rootHelp(verbs));
	if (inv.path.length === 0) return say(rootHelp(verbs));
	if (!spec.run) return finish(bareGroup(spec, inv.path), verb);

	const offline = isOffline(inv);
	const kubeconfig = String(inv.flags.get('kubeconfig') ?? '');
	const badKubeconfig = kubeconfigError(kubeconfig);
	if (!offline && badKubeconfig) return refuse(badKubeconfig, verb);
	if (inv.path[0] === 'config' && !isVirtualKubeconfig(kubeconfig)) {
		const out = spec.run(inv, {
			world: emptyKubeconfig(world),
			now,
			context: '',
			namespace: 'default',
			namespaceGiven: false
		});
		return finish({ ...out, world: undefined }, verb);
	}
	const contextName = String(inv.flags.get('context') || world.currentContext);
	const ctx = findContext(world, contextName);
	if (!offline && !ctx) return refuse(unknownContext(contextName), verb);
	const nsFlag = String(inv.flags.get('namespace') ?? '');
	const namespace = nsFlag || ctx?.namespace || 'default';
	if (!offline && !validTimeout(String(inv.flags.get('request-timeout') ?? '0'))) {
		return refuse(clientError(TIMEOUT_ERROR), verb);
	}
	const env: Env = { world, now, context: contextName, namespace, namespaceGiven: nsFlag !== '' };
	return finish(spec.run(inv, env), verb, contextName, namespace);
}
