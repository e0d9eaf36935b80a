/**
 * A cobra/pflag-faithful command-line parser. It finds the command path the way cobra's `Find`
 * does (skipping flags and their values), then parses every remaining word against the verb's
 * flags plus the global ones: flags interspersed with arguments, `--flag=v`, `--flag v`, `-nv`,
 * `-n=v`, shorthand clusters, bare-flag defaults, `--` ending flags. Errors use kubectl's words.
 */
import { GLOBAL_FLAGS } from '../global-flags';
import type { FlagSpec, FlagValue, Invocation, KubectlError, VerbSpec } from '../types';
import { applyFlagValue, parseGoDuration } from './flag-value';
import { suggestionsFor } from './suggest';

export type ParseResult =
	{ ok: true; spec: VerbSpec; inv: Invocation } | { ok: false; error: KubectlError };

/** cobra's `-h, --help`, which every command carries. */
export const HELP_FLAG: FlagSpec = {
	name: 'help',
	short: 'h',
	type: 'bool',
	default: false,
	description: 'help for this command'
};

/** The root command: `kubectl` alone, or with only flags. Its path is `[]`. */
export const ROOT_SPEC: VerbSpec = {
	name: 'kubectl',
	short: 'kubectl controls the Kubernetes cluster manager',
	long: '',
	usage: 'kubectl [flags] [options]',
	flags: []
};

interface FlagSet {
	long: Map<string, FlagSpec>;
	short: Map<string, FlagSpec>;
}

function flagSet(flags: readonly FlagSpec[]): FlagSet {
	const set: FlagSet = { long: new Map(), short: new Map() };
	// Later entries (the verb's own) win over earlier ones (global), as a local flag shadows.
	for (const f of [HELP_FLAG, ...GLOBAL_FLAGS, ...flags]) {
		set.long.set(f.name, f);
		if (f.short) set.short.set(f.short, f);
	}
	return set;
}

function takesNoValue(f: FlagSpec | undefined): boolean {
	return f !== undefined && (f.type === 'bool' || f.noOptDefault !== undefined);
}

/** cobra's `stripFlags`: the non-flag words, each with its index in `args`. */
function commandWords(args: readonly string[], set: FlagSet): { word: string; at: number }[] {
	const out: { word: string; at: number }[] = [];
	for (let i = 0; i < args.length; i++) {
		const s = args[i];
		if (s === '--') break;
		const longValued =
			s.startsWith('--') && !s.includes('=') && !takesNoValue(set.long.get(s.slice(2)));
		const shortValued =
			!s.startsWith('--') &&
			s.startsWith('-') &&
			!s.includes('=') &&
			s.length === 2 &&
			!takesNoValue(set.short.get(s[1]));
		if (longValued || shortValued) {
			if (args.length - i - 1 <= 1) break;
			i++;
		} else if (s !== '' && !s.startsWith('-')) out.push({ word: s, at: i });
	}
	return out;
}

function findSub(spec: { subcommands?: VerbSpec[] }, word: string): VerbSpec | undefined {
	return spec.subcommands?.find((v) => v.name === word || v.aliases?.includes(word));
}

/** Names offered by "Did you mean this?" (the registry plus `options`, not `help`). */
function suggestable(verbs: readonly VerbSpec[]): string[] {
	return verbs.filter((v) => v.name !== 'help').map((v) => v.name);
}

function unknownCommand(word: string, verbs: readonly VerbSpec[]): KubectlError {
	const hints = suggestionsFor(word, suggestable(verbs));
	const tail = hints.length
		? `\n\nDid you mean this?\n${hints.map((h) => `\t${h}\n`).join('')}`
		: '\n';
	return { message: `error: unknown command "${word}" for "kubectl"${tail}`, exitCode: 1 };
}

function flagError(message: string, path: readonly string[]): KubectlError {
	const cmd = ['kubectl', ...path].join(' ');
	return { message: `error: ${message}\nSee '${cmd} --help' for usage.\n`, exitCode: 1 };
}

function flagDisplayName(f: FlagSpec): string {
	return f.short ? `-${f.short}, --${f.name}` : `--${f.name}`;
}

interface FlagState {
	values: Map<string, FlagValue>;
	given: Set<string>;
	args: string[];
	/** Every flag occurrence in order, by long name, with the text given. */
	trail: [string, string][];
}

function setFlag(
	state: FlagState,
	f: FlagSpec,
	text: string,
	path: readonly string[]
): KubectlError | undefined {
	const prior = state.given.has(f.name) ? state.values.get(f.name) : undefined;
	const result = applyFlagValue(f, text, prior);
	if (!result.ok) {
		const msg = `invalid argument ${JSON.stringify(text)} for "${flagDisplayName(f)}" flag: ${result.reason}`;
		return flagError(msg, path);
	}
	state.values.set(f.name, result.value);
	state.given.add(f.name);
	state.trail.push([f.name, text]);
	return undefined;
}

function parseLong(
	s: string,
	rest: string[],
	set: FlagSet,
	state: FlagState,
	path: readonly string[]
): KubectlError | undefined {
	const body = s.slice(2);
	if (body === '' || body[0] === '-' || body[0] === '=') {
		return flagError(`bad flag syntax: ${s}`, path);
	}
	const eq = body.indexOf('=');
	const name = eq < 0 ? body : body.slice(0, eq);
	const f = set.long.get(name);
	if (!f) return flagError(`unknown flag: --${name}`, path);
	if (eq >= 0) return setFlag(state, f, body.slice(eq + 1), path);
	if (f.type === 'bool') return setFlag(state, f, 'true', path);
	if (f.noOptDefault !== undefined) return setFlag(state, f, f.noOptDefault, path);
	if (rest.length === 0) return flagError(`flag needs an argument: ${s}`, path);
	return setFlag(state, f, rest.shift()!, path);
}

function parseShort(
	s: string,
	rest: string[],
	set: FlagSet,
	state: FlagState,
	path: readonly string[]
): KubectlError | undefined {
	let shorts = s.slice(1);
	while (shorts.length > 0) {
		const c = shorts[0];
		const f = set.short.get(c);
		if (!f) return flagError(`unknown shorthand flag: '${c}' in -${shorts}`, path);
		let value: string;
		if (shorts.length > 2 && shorts[1] === '=') {
			value = shorts.slice(2);
			shorts = '';
		} else if (f.type === 'bool' || f.noOptDefault !== undefined) {
			value = f.type === 'bool' ? 'true' : f.noOptDefault!;
			shorts = shorts.slice(1);
		} else if (shorts.length > 1) {
			value = shorts.slice(1);
			shorts = '';
		} else if (rest.length > 0) {
			value = rest.shift()!;
			shorts = '';
		} else {
			return flagError(`flag needs an argument: '${c}' in -${shorts}`, path);
		}
		const err = setFlag(state, f, value, path);
		if (err) return err;
	}
	return undefined;
}

/** pflag's parse loop over everything but the command words. */
function parseFlags(
	words: string[],
	spec: VerbSpec,
	path: readonly string[]
): { ok: true; state: FlagState } | { ok: false; error: KubectlError } {
	const set = flagSet(spec.flags);
	const state: FlagState = { values: new Map(), given: new Set(), args: [], trail: [] };
	for (const f of set.long.values()) {
		if (f.default === undefined) continue;
		const d = f.type === 'duration' ? parseGoDuration(String(f.default)) : undefined;
		state.values.set(f.name, d?.ok ? d.value : f.default);
	}
	const rest = [...words];
	while (rest.length > 0) {
		const s = rest.shift()!;
		if (s.length < 2 || s[0] !== '-') {
			state.args.push(s);
			continue;
		}
		if (s === '--') {
			state.args.push(...rest);
			break;
		}
		const err =
			s[1] === '-' ? parseLong(s, rest, set, state, path) : parseShort(s, rest, set, state, path);
		if (err) return { ok: false, error: err };
	}
	return { ok: true, state };
}

/**
 * Parses `argv` (the words after `kubectl`) against the registry. The root command comes back
 * as `ROOT_SPEC` with path `[]`; a group command (no `run`) comes back only when given no args.
 */
export function parseCommandLine(argv: readonly string[], verbs: VerbSpec[]): ParseResult {
	const root = { ...ROOT_SPEC, subcommands: verbs };
	let spec: VerbSpec = root;
	const path: string[] = [];
	let rest = [...argv];
	for (;;) {
		const words = commandWords(rest, flagSet(spec.flags));
		if (words.length === 0) break;
		const next = findSub(spec, words[0].word);
		if (!next) {
			if (spec === root) {
				if (argv[0].startsWith('-')) {
					const message = `Error: flags cannot be placed before plugin name: ${argv[0]}\n`;
					return { ok: false, error: { message, exitCode: 1 } };
				}
				return { ok: false, error: unknownCommand(words[0].word, verbs) };
			}
			break;
		}
		spec = next;
		path.push(next.name);
		rest = [...rest.slice(0, words[0].at), ...rest.slice(words[0].at + 1)];
	}
	const parsed = parseFlags(rest, spec, path);
	if (!parsed.ok) return parsed;
	const { values, given, args } = parsed.state;
	if (!spec.run && spec !== root && args.length > 0 && !values.get('help')) {
		const cmd = ['kubectl', ...path].join(' ');
		const message = `error: unknown command "${args.join(' ')}"\nSee '${cmd} -h' for help and examples\n`;
		return { ok: false, error: { message, exitCode: 1 } };
	}
	return { ok: true, spec, inv: { path, args, flags: values, given, argv } };
}

/**
 * What pflag's `ParseAll` visits over a whole argv (command words included, as positional args):
 * the non-flag words, and each flag occurrence by long name with the text given
 * (`-n payments` → `['namespace', 'payments']`, a bare `--record` → `['record', 'true']`).
 * Undefined when the line does not parse.
 */
export function flagTrail(
	argv: readonly string[],
	flags: FlagSpec[]
): { args: string[]; flags: [string, string][] } | undefined {
	const parsed = parseFlags([...argv], { ...ROOT_SPEC, flags }, []);
	return parsed.ok ? { args: parsed.state.args, flags: parsed.state.trail } : undefined;
}
