/**
 * `--help` texts laid out as kubectl's templates print them: the root command's groups, a verb's
 * Long/Examples, its Options, Usage and the footer; `kubectl options` for the global flags.
 */
import { GLOBAL_FLAGS } from './global-flags';
import type { FlagSpec, VerbSpec } from './types';

const ROOT_HEADER =
	'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\n';

const OPTIONS_FOOTER =
	'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';

/** kubectl's command groups, in `kubectl --help` order; unlisted verbs go under Other Commands. */
const GROUPS: [string, string[]][] = [
	['Basic Commands (Beginner)', ['create', 'expose', 'run', 'set']],
	['Basic Commands (Intermediate)', ['explain', 'get', 'edit', 'delete']],
	['Deploy Commands', ['rollout', 'scale', 'autoscale']],
	[
		'Cluster Management Commands',
		['certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint']
	],
	[
		'Troubleshooting and Debugging Commands',
		['describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events']
	],
	['Advanced Commands', ['diff', 'apply', 'patch', 'replace', 'wait', 'kustomize']],
	['Settings Commands', ['label', 'annotate', 'completion']]
];

const HIDDEN = new Set(['help', 'options']);

/** cobra pads command names to max(11, longest sibling) + 2, then one space. */
function commandLines(cmds: readonly VerbSpec[], width: number): string {
	return cmds.map((c) => `  ${c.name.padEnd(width)} ${c.short}\n`).join('');
}

function padWidth(cmds: readonly VerbSpec[]): number {
	return Math.max(11, ...cmds.map((c) => c.name.length)) + 2;
}

/** `kubectl` / `kubectl --help`: the command groups, built from the registry. */
export function rootHelp(verbs: readonly VerbSpec[]): string {
	return ROOT_HEADER + rootUsage(verbs);
}

/**
 * The root's usage without its description, as `kubectl help foo` prints it after
 * "Unknown help topic".
 */
export function rootUsage(verbs: readonly VerbSpec[]): string {
	const visible = verbs.filter((v) => !HIDDEN.has(v.name));
	const width = Math.max(15, padWidth(visible));
	const grouped = new Set(GROUPS.flatMap(([, names]) => names));
	let out = '';
	for (const [title, names] of GROUPS) {
		const cmds = names.map((n) => visible.find((v) => v.name === n)).filter((v) => v !== undefined);
		if (cmds.length) out += `${title}:\n${commandLines(cmds, width)}\n`;
	}
	out += 'Subcommands provided by plugins:\n\n';
	const other = visible
		.filter((v) => !grouped.has(v.name))
		.sort((a, b) => (a.name < b.name ? -1 : 1));
	if (other.length) out += `Other Commands:\n${commandLines(other, width)}\n`;
	out += 'Usage:\n  kubectl [flags] [options]\n\n';
	out += 'Use "kubectl <command> --help" for more information about a given command.\n';
	return out + OPTIONS_FOOTER;
}

function defaultText(f: FlagSpec): string {
	const d = f.default;
	if (f.name === 'vmodule') return '';
	switch (f.type) {
		case 'string':
			return `'${d ?? ''}'`;
		case 'stringArray':
		case 'stringSlice':
			return `[${((d as string[] | undefined) ?? []).join(',')}]`;
		case 'bool':
			return String(d ?? false);
		case 'int':
			return String(d ?? 0);
		case 'duration':
			return String(d ?? '0s');
	}
}

/** One flag as the Options list shows it. */
export function flagHelp(f: FlagSpec): string {
	const names = f.short ? `-${f.short}, --${f.name}` : `--${f.name}`;
	return `    ${names}=${defaultText(f)}:\n\t${f.description}\n`;
}

function optionsBlock(flags: readonly FlagSpec[]): string {
	const sorted = flags
		.filter((f) => !f.hidden)
		.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return sorted.map(flagHelp).join('\n');
}

/** `kubectl <path> --help`. */
export function verbHelp(spec: VerbSpec, path: readonly string[]): string {
	let out = spec.long.endsWith('\n') ? spec.long : `${spec.long}\n`;
	if (spec.subcommands?.length) {
		out += `\nAvailable Commands:\n${commandLines(spec.subcommands, padWidth(spec.subcommands))}`;
	}
	if (spec.flags.some((f) => !f.hidden)) out += `\nOptions:\n${optionsBlock(spec.flags)}`;
	out += `\nUsage:\n  ${spec.usage}\n\n`;
	if (spec.subcommands?.length) {
		out += `Use "kubectl ${path.join(' ')} <command> --help" for more information about a given command.\n`;
	}
	return out + OPTIONS_FOOTER;
}

/** `kubectl options`. */
export function optionsHelp(): string {
	return `The following options can be passed to any command:\n\n${optionsBlock(GLOBAL_FLAGS)}\n`;
}

/** The built-in `kubectl options` command. */
export const OPTIONS_VERB: VerbSpec = {
	name: 'options',
	short: 'Print the list of flags inherited by all commands',
	long: 'Print the list of flags inherited by all commands.\n\nExamples:\n  # Print flags inherited by all commands\n  kubectl options\n',
	usage: 'kubectl options [flags] [options]',
	flags: [],
	run: () => ({ stdout: optionsHelp(), stderr: '', exitCode: 0 })
};
