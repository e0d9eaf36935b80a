/**
 * The command tree the guard parses against: the simulator's own `VERBS` (their real flag specs)
 * plus `EXTRA_COMMANDS` for what it does not run. Nothing here is ever run; extra commands carry
 * a stub `run` only because the parser treats a command without one as a group.
 */
import { DRY_RUN_FLAG } from '../kubectl/flags/common';
import { OPTIONS_VERB } from '../kubectl/help';
import type { FlagSpec, FlagType, VerbSpec } from '../kubectl/types';
import { VERBS } from '../kubectl/verbs';
import { EXTRA_COMMANDS } from './extra-commands';

const TYPES: Record<string, FlagType> = {
	b: 'bool',
	s: 'string',
	i: 'int',
	d: 'duration',
	a: 'stringArray'
};

/** pflag's `NoOptDefVal`s among the extra commands' flags (a bare `--cascade` is `background`). */
const NO_OPT: Record<string, string> = { cascade: 'background', validate: 'strict' };

/** Aliases of groups that only exist through the extra commands. */
const GROUP_ALIASES: Record<string, string[]> = { 'create service': ['svc'] };

const stub = () => ({ stdout: '', stderr: '', exitCode: 0 });

function flagSpec(text: string): FlagSpec {
	const [names, type] = text.split(':');
	const [name, short] = names.split('/');
	if (name === 'dry-run') return DRY_RUN_FLAG;
	const spec: FlagSpec = { name, type: TYPES[type], description: '' };
	if (short) spec.short = short;
	if (NO_OPT[name]) spec.noOptDefault = NO_OPT[name];
	return spec;
}

function emptyGroup(name: string, aliases: string[] = []): VerbSpec {
	return { name, aliases, short: '', long: '', usage: '', flags: [], subcommands: [] };
}

/** Copies the tree down `path`, creating groups as needed, and returns the parent's children. */
function childrenAt(root: VerbSpec[], path: string[]): VerbSpec[] {
	let level = root;
	for (let i = 0; i < path.length; i++) {
		const at = level.findIndex((v) => v.name === path[i]);
		const prefix = path.slice(0, i + 1).join(' ');
		const copy: VerbSpec =
			at >= 0
				? { ...level[at], subcommands: [...(level[at].subcommands ?? [])] }
				: emptyGroup(path[i], GROUP_ALIASES[prefix]);
		if (at >= 0) level[at] = copy;
		else level.push(copy);
		level = copy.subcommands!;
	}
	return level;
}

function buildRegistry(): VerbSpec[] {
	// `options` and `help` live in run.ts, beside the registry.
	const help: VerbSpec = { ...emptyGroup('help'), subcommands: undefined, run: stub };
	const root = [...VERBS, OPTIONS_VERB, help];
	for (const [path, aliases, flags] of EXTRA_COMMANDS) {
		const words = path.split(' ');
		const name = words.pop()!;
		const spec: VerbSpec = {
			name,
			aliases: aliases ? aliases.split(' ') : [],
			short: '',
			long: '',
			usage: '',
			flags: flags.trim().split(/\s+/).map(flagSpec),
			run: stub
		};
		childrenAt(root, words).push(spec);
	}
	return root;
}

export const COMMAND_REGISTRY: readonly VerbSpec[] = buildRegistry();

/** Every runnable command path in the registry (`get`, `rollout undo`, `create service nodeport`). */
export function commandPaths(verbs: readonly VerbSpec[] = COMMAND_REGISTRY, prefix = ''): string[] {
	return verbs.flatMap((v) => {
		const path = prefix ? `${prefix} ${v.name}` : v.name;
		return [...(v.run ? [path] : []), ...commandPaths(v.subcommands ?? [], path)];
	});
}
