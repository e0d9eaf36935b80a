/**
 * `kubectl get`: resolves resource arguments, reads them with namespace, `-A` and selectors,
 * and prints them in any `-o` format; `-w` / `--watch-only` return a `Follow` that prints a row
 * whenever a watched object changes as the world moves.
 */
import { ClusterTx } from '../../cluster/store';
import { clusterOf } from '../../cluster/world';
import { clientError, failed, objectRef, rejected } from '../errors';
import { PRINT_FLAGS, parseOutputFormat, type OutputFormat } from '../output-flags';
import { printObjects, type PrintOptions } from '../printers/print-objects';
import { fetchTargets, resolveTargets, type Fetched, type Target } from '../resolve';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import { GET_FLAGS, GET_LONG, GET_USAGE } from './get-help';
import { getRaw } from './get-raw';
import { sortItems } from './get-sort';
import { watchFollow } from './get-watch';

const MISSING_TYPE =
	'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n';

const str = (inv: Invocation, name: string) => String(inv.flags.get(name) ?? '');
const bool = (inv: Invocation, name: string) => inv.flags.get(name) === true;
const list = (inv: Invocation, name: string) => (inv.flags.get(name) as string[] | undefined) ?? [];

function formatOf(
	inv: Invocation
): { ok: true; format: OutputFormat } | { ok: false; error: string } {
	// `--template` alone means a go-template, as kubectl infers.
	if (str(inv, 'output') === '' && str(inv, 'template') !== '') {
		return { ok: true, format: { kind: 'go-template', template: str(inv, 'template') } };
	}
	const parsed = parseOutputFormat(inv.flags);
	if (!parsed.ok) return parsed;
	const kind = parsed.format.kind;
	if (bool(inv, 'show-labels') && kind !== 'table' && kind !== 'wide') {
		const printer = kind === 'jsonpath-as-json' ? 'jsonpath' : kind;
		return { ok: false, error: `--show-labels option cannot be used with ${printer} printer` };
	}
	return parsed;
}

/** Everything `get` decided from flags before reading the cluster. */
export interface GetPlan {
	targets: Target[];
	format: OutputFormat;
	print: PrintOptions;
	selectors: { labels?: string; fields?: string };
	allNamespaces: boolean;
	sortBy: string;
}

function plan(
	inv: Invocation,
	env: Env
): { ok: true; plan: GetPlan } | { ok: false; out: Outcome } {
	const format = formatOf(inv);
	if (!format.ok) return { ok: false, out: rejected(clientError(format.error)) };
	if (list(inv, 'filename').length) {
		return {
			ok: false,
			out: failed(clientError(`the path "${list(inv, 'filename')[0]}" does not exist`))
		};
	}
	const allNamespaces = bool(inv, 'all-namespaces');
	const selectors = { labels: str(inv, 'selector'), fields: str(inv, 'field-selector') };
	const resolved = resolveTargets(inv.args, {
		hasSelector: selectors.labels !== '' || selectors.fields !== '',
		allNamespaces
	});
	if (!resolved.ok) {
		if (resolved.missingType)
			return { ok: false, out: { stdout: '', stderr: MISSING_TYPE, exitCode: 1, rejected: true } };
		return {
			ok: false,
			out: resolved.rejected ? rejected(resolved.error) : failed(resolved.error)
		};
	}
	const targets = resolved.targets;
	const kinds = new Set(targets.map((t) => t.resource));
	const print: PrintOptions = {
		format: format.format,
		now: env.now,
		single: targets.length === 1 && targets[0].name !== undefined,
		allNamespaces,
		noHeaders: bool(inv, 'no-headers'),
		showLabels: bool(inv, 'show-labels'),
		labelColumns: list(inv, 'label-columns'),
		withKind: kinds.size > 1 || bool(inv, 'show-kind'),
		showManagedFields: bool(inv, 'show-managed-fields')
	};
	return {
		ok: true,
		plan: {
			targets,
			format: format.format,
			print,
			selectors,
			allNamespaces,
			sortBy: str(inv, 'sort-by')
		}
	};
}

function noneFound(p: GetPlan, env: Env): string {
	const namespaced = p.targets.some((t) => t.resource.namespaced);
	return p.allNamespaces || !namespaced
		? 'No resources found\n'
		: `No resources found in ${env.namespace} namespace.\n`;
}

function isTable(f: OutputFormat): boolean {
	return f.kind === 'table' || f.kind === 'wide';
}

/** Reads the plan's objects from the env's cluster. */
export function fetchPlan(p: GetPlan, env: Env, world = env.world) {
	const cluster = clusterOf(world, env.context);
	const tx = cluster ? new ClusterTx(cluster) : { get: () => undefined, list: () => [] };
	return fetchTargets(tx, p.targets, env.namespace, p.allNamespaces, p.selectors);
}

function run(inv: Invocation, env: Env): Outcome {
	if (str(inv, 'raw') !== '') return getRaw(inv, env, str(inv, 'raw'));
	const planned = plan(inv, env);
	if (!planned.ok) return planned.out;
	const p = planned.plan;
	const fetched = fetchPlan(p, env);
	const ignoreMissing = bool(inv, 'ignore-not-found');
	const errors = fetched.errors.filter((e) => !(ignoreMissing && e.includes('(NotFound)')));
	const sorted = sortItems(fetched.items, p.sortBy);
	if (!sorted.ok) return failed(clientError(sorted.error));
	const items: Fetched[] = sorted.items;
	const resources = items.map((i) => `${objectRef(i.resource, i.obj.metadata.name)}`);
	let stdout = '';
	let stderr = errors.join('');
	if (!bool(inv, 'watch-only')) {
		if (isTable(p.format) && items.length === 0) {
			if (fetched.listed && errors.length === 0) stderr = noneFound(p, env);
		} else if (items.length > 0 || fetched.listed) stdout = printObjects(items, p.print);
	}
	const exitCode = errors.length ? 1 : 0;
	const watching = bool(inv, 'watch') || bool(inv, 'watch-only');
	const outcome: Outcome = { stdout, stderr, exitCode, resources: [...new Set(resources)] };
	if (watching && exitCode === 0)
		outcome.follow = watchFollow(p, env, items, bool(inv, 'watch-only'));
	return outcome;
}

export const getVerb: VerbSpec = {
	name: 'get',
	short: 'Display one or many resources',
	long: GET_LONG,
	usage: GET_USAGE,
	flags: [...GET_FLAGS, ...PRINT_FLAGS],
	run
};
