/**
 * Resource arguments as kubectl's resource builder reads them, shared by every verb:
 * `TYPE`, `TYPE NAME…`, `TYPE1,TYPE2 [NAME…]`, `TYPE/NAME…`, `all`, short names, plurals, kinds,
 * `deployments.apps`. `resolveTargets` turns argv into targets (client-side, may be rejected);
 * `fetchTargets` reads them from a cluster with namespace, `-A` and selectors applied.
 */
import {
	API_RESOURCES,
	resolveResourceType,
	resourceKey,
	type ApiResource
} from '../cluster/resources';
import type { KubeObject } from '../cluster/types';
import { clientError, unknownResourceType } from './errors';
import { missingObject } from './not-found';
import {
	matchesFields,
	matchesLabels,
	parseFieldSelector,
	parseLabelSelector,
	unsupportedField,
	type FieldRequirement,
	type LabelRequirement
} from './selectors';
import type { KubectlError } from './types';

/** One thing to fetch: a whole resource (list) or one named object of it. */
export interface Target {
	resource: ApiResource;
	/** Absent: list every object of the resource (subject to selectors). */
	name?: string;
	/** How the user typed the type (`po`, `deploy`), for messages. */
	typed: string;
}

export interface ResolveOptions {
	/** `-l` or `--field-selector` was given (names then are refused). */
	hasSelector?: boolean;
	/** `--all` was given (resource/name forms then are refused). */
	all?: boolean;
	allNamespaces?: boolean;
}

export type ResolveResult =
	| { ok: true; targets: Target[] }
	/** `rejected`: kubectl refuses before any request (the contract test's notion). */
	| { ok: false; error: KubectlError; rejected: boolean; missingType?: boolean };

const NEED_NO_TYPE =
	"there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";

/** The `all` category, in discovery order: pods, services, daemonsets, deployments, … */
export const ALL_CATEGORY: readonly ApiResource[] = API_RESOURCES.filter(
	(r) => r.preferred && r.categories.includes('all')
);

/** `a,b,,a` → `[a, b]`, as `SplitResourceArgument` does. */
function splitTypes(text: string): string[] {
	return [...new Set(text.split(',').filter((t) => t !== ''))];
}

function lookup(typed: string): ApiResource[] | string {
	if (typed.toLowerCase() === 'all') return [...ALL_CATEGORY];
	const r = resolveResourceType(typed);
	return r ? [r] : typed;
}

function reject(message: string): ResolveResult {
	return { ok: false, error: clientError(message), rejected: true };
}

function resourceNameForm(args: readonly string[], opts: ResolveOptions): ResolveResult {
	const slashes = args.filter((a) => a.includes('/')).length;
	if (slashes !== args.length) return reject(NEED_NO_TYPE);
	const targets: Target[] = [];
	for (const arg of args) {
		const seg = arg.split('/');
		if (seg.length !== 2)
			return reject('arguments in resource/name form may not have more than one slash');
		const [typed, name] = seg;
		if (!typed || !name || splitTypes(typed).length !== 1) {
			return reject('arguments in resource/name form must have a single resource and name');
		}
		targets.push({ resource: undefined as unknown as ApiResource, name, typed });
	}
	if (opts.hasSelector || opts.all) {
		return reject('selectors and the all flag cannot be used when passing resource/name arguments');
	}
	if (opts.allNamespaces)
		return reject('a resource cannot be retrieved by name across all namespaces');
	for (const t of targets) {
		const found = lookup(t.typed);
		if (typeof found === 'string')
			return { ok: false, error: unknownResourceType(found), rejected: false };
		t.resource = found[0];
	}
	return { ok: true, targets };
}

/**
 * argv → targets. `{ ok: false, missingType: true }` when no argument was given, so each verb can
 * print its own "You must specify the type of resource" text.
 */
export function resolveTargets(args: readonly string[], opts: ResolveOptions = {}): ResolveResult {
	if (args.length === 0) {
		return {
			ok: false,
			error: clientError('Required resource not specified.'),
			rejected: true,
			missingType: true
		};
	}
	if (args.some((a) => a.includes('/'))) return resourceNameForm(args, opts);
	const names = args.slice(1);
	if (names.length && opts.hasSelector)
		return reject('name cannot be provided when a selector is specified');
	if (names.length && opts.allNamespaces) {
		return reject('a resource cannot be retrieved by name across all namespaces');
	}
	const targets: Target[] = [];
	// `kubectl get ''`: the empty type goes to discovery like any other and is not found.
	if (args[0] === '') return { ok: false, error: unknownResourceType(''), rejected: false };
	for (const typed of splitTypes(args[0])) {
		const found = lookup(typed);
		if (typeof found === 'string')
			return { ok: false, error: unknownResourceType(found), rejected: false };
		for (const resource of found) {
			if (names.length === 0) targets.push({ resource, typed });
			for (const name of names) targets.push({ resource, name, typed });
		}
	}
	// client-go refuses to build a request for an empty name.
	if (names.includes('')) return reject('resource name may not be empty');
	return { ok: true, targets };
}

export interface Selectors {
	labels?: string;
	fields?: string;
}

/** What `fetchTargets` reads: anything with the store's `get`/`list` (a `ClusterTx`). */
export interface ObjectSource {
	get(key: string, namespace: string, name: string): KubeObject | undefined;
	list(key: string, namespace?: string): KubeObject[];
}

export interface Fetched {
	resource: ApiResource;
	obj: KubeObject;
}

export interface FetchResult {
	/** Objects found, in target order (each list in API server order). */
	items: Fetched[];
	/** Per-target failures (NotFound, BadRequest) as full stderr text, in order. */
	errors: string[];
	/** Whether a target was a list (so an empty result prints `No resources found`). */
	listed: boolean;
}

function badRequest(r: ApiResource, sel: Selectors, why: string): string {
	const gvr = `${r.group ? `${r.group}/` : '/'}${r.version}, Resource=${r.name}`;
	return `Error from server (BadRequest): Unable to find "${gvr}" that match label selector "${sel.labels ?? ''}", field selector "${sel.fields ?? ''}": ${why}\n`;
}

interface ParsedSelectors {
	labels: LabelRequirement[];
	fields: FieldRequirement[];
	error?: string;
}

function parseSelectors(sel: Selectors): ParsedSelectors {
	const labels = parseLabelSelector(sel.labels ?? '');
	if (!labels.ok) return { labels: [], fields: [], error: labels.error };
	const fields = parseFieldSelector(sel.fields ?? '');
	if (!fields.ok) return { labels: [], fields: [], error: fields.error };
	return { labels: labels.value, fields: fields.value };
}

/**
 * Reads targets from a cluster. Namespaced resources are read in `namespace` (every namespace
 * with `allNamespaces`); cluster-scoped ones ignore it. Named objects missing give NotFound.
 */
export function fetchTargets(
	source: ObjectSource,
	targets: readonly Target[],
	namespace: string,
	allNamespaces: boolean,
	selectors: Selectors = {}
): FetchResult {
	const out: FetchResult = { items: [], errors: [], listed: false };
	const parsed = parseSelectors(selectors);
	for (const t of targets) {
		const key = resourceKey(t.resource);
		const ns = t.resource.namespaced ? namespace : '';
		if (t.name !== undefined) {
			const obj = source.get(key, ns, t.name);
			if (obj) out.items.push({ resource: t.resource, obj });
			else out.errors.push(missingObject(source, t.resource, ns, t.name).message);
			continue;
		}
		out.listed = true;
		const why = parsed.error ?? unsupportedField(key, parsed.fields);
		if (why) {
			out.errors.push(badRequest(t.resource, selectors, why));
			continue;
		}
		const objs = source.list(key, t.resource.namespaced && !allNamespaces ? ns : undefined);
		for (const obj of objs) {
			if (!matchesLabels(parsed.labels, obj.metadata.labels)) continue;
			if (!matchesFields(parsed.fields, obj)) continue;
			out.items.push({ resource: t.resource, obj });
		}
	}
	return out;
}
