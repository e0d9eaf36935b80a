/**
 * The kubectl contract. `runKubectl(world, argv, now)` (run.ts) is a pure step:
 * it parses argv against the verb specs below, runs the verb, and returns output, exit code,
 * the next world and one audit entry. Long-running forms return a `Follow` the host drives on
 * virtual time.
 */
import type { World } from '../cluster/types';

export type FlagType = 'bool' | 'string' | 'int' | 'duration' | 'stringArray' | 'stringSlice';
export type FlagValue = string | boolean | number | string[];

export interface FlagSpec {
	/** Long name without dashes: `namespace`. */
	name: string;
	/** One-letter shorthand without dash: `n`. */
	short?: string;
	type: FlagType;
	/** Value when absent (shown in --help as kubectl does). */
	default?: FlagValue;
	/** For string flags that may be given bare (`--dry-run` means `--dry-run=client`). */
	noOptDefault?: string;
	/** One-line help, kubectl's wording. */
	description: string;
	/** Parsed but left out of `--help`, as cobra's `MarkHidden` (`--record`). */
	hidden?: boolean;
	/** pflag's deprecation note: using the flag prints `Flag --x has been deprecated, <note>`. */
	deprecated?: string;
}

export interface VerbSpec {
	/** `get`, or the subcommand name under its parent (`status` under `rollout`). */
	name: string;
	aliases?: string[];
	/** One-line summary, as in `kubectl --help`. */
	short: string;
	/** Full `--help` text above the Options list (description, examples). */
	long: string;
	/** `kubectl get [(-o|--output)=json|yaml|...] (TYPE[.VERSION][.GROUP] ...) [flags] [options]` */
	usage: string;
	flags: FlagSpec[];
	subcommands?: VerbSpec[];
	/** Absent for group commands like `rollout` that only hold subcommands. */
	run?: (inv: Invocation, env: Env) => Outcome;
}

/** What the parser hands a verb: positional args and typed flag values (defaults filled in). */
export interface Invocation {
	/** Command path: `['get']`, `['rollout', 'status']`. */
	path: string[];
	args: string[];
	flags: ReadonlyMap<string, FlagValue>;
	/** Names of the flags the user actually gave (defaults are not "given"). */
	given: ReadonlySet<string>;
	/** The raw argv, for messages and the audit. */
	argv: readonly string[];
}

/** What a verb can see: the world, the time, and the context/namespace the global flags chose. */
export interface Env {
	world: World;
	now: number;
	/** Context name after `--context` (may name an unknown context: verbs report it). */
	context: string;
	/** Namespace after `-n` / the context default / `default`. */
	namespace: string;
	/** Whether `-n` was given explicitly. */
	namespaceGiven: boolean;
}

/** An expected failure, rendered as kubectl does. Bugs throw instead. */
export interface KubectlError {
	/** The full stderr text (may be several lines; e.g. `error: unknown flag: --foo\nSee 'kubectl get --help' for usage.`). */
	message: string;
	exitCode: number;
}

export interface AuditEntry {
	/** Virtual time in ms. */
	at: number;
	command: string;
	context: string;
	namespace: string;
	/** `get`, `rollout undo`, `config use-context`. */
	verb: string;
	/** Objects named or touched, as `deployment.apps/payments-primary` (namespaced by `namespace`). */
	resources: string[];
	mutating: boolean;
	exitCode: number;
}

/** A stretch of output on one stream. */
export interface Written {
	stream: 'stdout' | 'stderr';
	text: string;
}

export interface Outcome {
	stdout: string;
	stderr: string;
	/**
	 * The same output in the order it was written, for commands that interleave the streams
	 * (`drain`: cordoned, a warning, evictions, retry errors). Hosts show this order when present.
	 */
	written?: Written[];
	exitCode: number;
	/** The next world; absent means unchanged. */
	world?: World;
	/** Objects the command read or changed, for the audit (`deployment.apps/x`). */
	resources?: string[];
	/** True when the command changed (or would have changed, in a dry run: false) the world. */
	mutating?: boolean;
	follow?: Follow;
	/**
	 * True when kubectl itself would refuse the command line before any request (unknown flag,
	 * bad flag value, missing required argument). The contract test holds this to the real kubectl.
	 */
	rejected?: boolean;
}

/** The rest of a long-running command (`get -w`, `logs -f`, `rollout status`, `wait`, `drain`). */
export interface Follow {
	/**
	 * Called whenever the host moved the virtual clock; returns what was printed since the last
	 * call and, once the command is over, its exit code. Watches only read; a command that keeps
	 * acting as time passes (`drain` retrying a PDB-blocked eviction) returns the next `world`,
	 * which the host must adopt.
	 */
	poll(
		world: World,
		now: number
	): { stdout: string; stderr: string; written?: Written[]; exitCode?: number; world?: World };
	/** Virtual time at which the command gives up by itself (its `--timeout`), if any. */
	deadline?: number;
}

export interface KubectlResult {
	stdout: string;
	stderr: string;
	exitCode: number;
	world: World;
	audit: AuditEntry;
	follow?: Follow;
	/** See `Outcome.written`. */
	written?: Written[];
	/** See `Outcome.rejected`. */
	rejected: boolean;
}
