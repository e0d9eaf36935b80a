/**
 * Tab completion for the rehearsal shell: command names, kubectl verbs and subcommands, flags of
 * the verb (`--replicas=`), resource types (plurals and short names), object names of the typed
 * type in the namespace in effect, `TYPE/NAME`, contexts after `--context`, namespaces after `-n`.
 * Pure: it reads the world, never changes it.
 */
import { ClusterTx } from '../cluster/store';
import { API_RESOURCES, resolveResourceType, resourceKey } from '../cluster/resources';
import type { World } from '../cluster/types';
import { clusterOf, findContext } from '../cluster/world';
import type { FlagSpec, VerbSpec } from '../kubectl/types';
import { flagsFor, readKubectlLine, type KubectlLine } from './completion-context';
import { FILTERS } from './filters';
import { lex, type WordToken } from './tokenize';

export interface CompletionContext {
	world: World;
	verbs: VerbSpec[];
}

export interface Completion {
	/** Where the replaced text starts; it ends at the cursor. */
	replaceFrom: number;
	/** Full replacements for `line.slice(replaceFrom, cursor)`, sorted, without duplicates. */
	candidates: string[];
}

const COMMANDS = [
	'kubectl',
	'k',
	'sleep',
	'echo',
	'help',
	'history',
	'clear',
	...Object.keys(FILTERS)
];
const OUTPUTS = ['json', 'yaml', 'wide', 'name', 'jsonpath=', 'custom-columns=', 'go-template='];

/** Verbs whose first argument is not a resource type. */
const FIRST_ARG: Record<string, 'pods' | 'nodes' | 'contexts' | 'types' | 'none'> = {
	logs: 'pods',
	exec: 'pods',
	attach: 'pods',
	'port-forward': 'pods',
	cordon: 'nodes',
	uncordon: 'nodes',
	drain: 'nodes',
	'top pod': 'pods',
	'top node': 'nodes',
	'config use-context': 'contexts',
	'config delete-context': 'contexts',
	'config rename-context': 'contexts',
	'config set-context': 'contexts',
	explain: 'types',
	version: 'none',
	'api-resources': 'none',
	'api-versions': 'none',
	'cluster-info': 'none',
	'config current-context': 'none',
	'config get-contexts': 'contexts',
	'create namespace': 'none',
	'create deployment': 'none',
	'create configmap': 'none'
};

const RESOURCE_TYPES = [
	...new Set(
		API_RESOURCES.filter(
			(r) => r.preferred && r.group !== 'metrics.k8s.io' && r.verbs.includes('get')
		).flatMap((r) => [r.name, ...r.shortNames])
	)
];

function startingWith(prefix: string, items: Iterable<string>): string[] {
	return [...new Set([...items].filter((c) => c.startsWith(prefix)))].sort();
}

/** The words of the command the cursor is in, and the partial word under the cursor. */
function currentCommand(line: string, cursor: number) {
	const before = line.slice(0, cursor);
	const tokens = lex(before).tokens;
	let start = 0;
	tokens.forEach((t, i) => t.kind === 'op' && (start = i + 1));
	const words = tokens.slice(start) as WordToken[];
	const last = words[words.length - 1];
	const partial = last && last.end === before.length ? last : undefined;
	return {
		words: (partial ? words.slice(0, -1) : words).map((w) => w.value),
		prefix: partial?.value ?? '',
		replaceFrom: partial?.start ?? before.length
	};
}

export function complete(line: string, cursor: number, ctx: CompletionContext): Completion {
	const { words, prefix, replaceFrom } = currentCommand(line, cursor);
	const done = (candidates: string[]) => ({
		replaceFrom,
		candidates: startingWith(prefix, candidates)
	});
	if (words.length === 0) return done(COMMANDS);
	if (words[0] !== 'kubectl' && words[0] !== 'k') return done([]);
	const parsed = readKubectlLine(words.slice(1), ctx.verbs);
	if (parsed.valueFor) return done(flagValues(parsed.valueFor, parsed, ctx.world));
	if (prefix.startsWith('-')) return done(flagCandidates(prefix, parsed, ctx.world));
	return done(positional(prefix, parsed, ctx));
}

function flagCandidates(prefix: string, parsed: KubectlLine, world: World): string[] {
	const eq = prefix.indexOf('=');
	if (prefix.startsWith('--') && eq > 0) {
		const flag = flagsFor(parsed.path).find((f) => f.name === prefix.slice(2, eq));
		return flag ? flagValues(flag, parsed, world).map((v) => `${prefix.slice(0, eq + 1)}${v}`) : [];
	}
	return flagsFor(parsed.path).map((f) =>
		f.type === 'bool' || f.noOptDefault !== undefined ? `--${f.name}` : `--${f.name}=`
	);
}

function flagValues(flag: FlagSpec, parsed: KubectlLine, world: World): string[] {
	if (flag.name === 'namespace') return names(world, parsed, 'namespaces', '');
	if (flag.name === 'context' || flag.name === 'cluster')
		return world.contexts.map((c) => (flag.name === 'context' ? c.name : c.cluster));
	if (flag.name === 'output') return OUTPUTS;
	return [];
}

function positional(prefix: string, parsed: KubectlLine, ctx: CompletionContext): string[] {
	const verb = parsed.path[parsed.path.length - 1];
	if (!verb) return ctx.verbs.map((v) => v.name);
	if (verb.subcommands?.length && !verb.run) return verb.subcommands.map((v) => v.name);
	const kind = FIRST_ARG[parsed.path.map((v) => v.name).join(' ')] ?? 'type';
	const { world } = ctx;
	if (kind === 'none') return [];
	if (kind === 'contexts') return parsed.args.length === 0 ? world.contexts.map((c) => c.name) : [];
	if (kind === 'types') return parsed.args.length === 0 ? RESOURCE_TYPES : [];
	if (kind === 'pods' || kind === 'nodes') {
		if (prefix.includes('/')) return typedNames(prefix, parsed, world);
		return parsed.args.length === 0 ? names(world, parsed, kind, undefined) : [];
	}
	if (prefix.includes('/')) return typedNames(prefix, parsed, world);
	const first = parsed.args[0];
	if (first === undefined) return RESOURCE_TYPES;
	if (first.includes('/')) return [];
	return first
		.split(',')
		.flatMap((type) => names(world, parsed, type, undefined))
		.filter((name) => !parsed.args.slice(1).includes(name));
}

/** `deploy/pay` → `deploy/payments-primary`, … */
function typedNames(prefix: string, parsed: KubectlLine, world: World): string[] {
	const type = prefix.slice(0, prefix.indexOf('/'));
	return names(world, parsed, type, undefined).map((n) => `${type}/${n}`);
}

/** Names of objects of a typed resource in the namespace in effect (`ns` forces one). */
function names(world: World, parsed: KubectlLine, typed: string, ns: string | undefined): string[] {
	const resource = resolveResourceType(typed);
	const contextName = parsed.context ?? world.currentContext;
	const cluster = clusterOf(world, contextName);
	if (!resource || !cluster) return [];
	const tx = new ClusterTx(cluster);
	const key = resourceKey(resource);
	if (!resource.namespaced) return tx.list(key, '').map((o) => o.metadata.name);
	if (parsed.allNamespaces) return tx.list(key).map((o) => o.metadata.name);
	const namespace =
		ns ?? parsed.namespace ?? (findContext(world, contextName)?.namespace || 'default');
	return tx.list(key, namespace).map((o) => o.metadata.name);
}
