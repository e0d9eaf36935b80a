/**
 * Resource arguments as the mutating verbs take them: `TYPE NAME…`, `TYPE/NAME…`, or `TYPE` with
 * `-l` / `--all`. Resolves them against the cluster, keeping per-object NotFound errors apart so a
 * verb can act on what exists and report the rest, as kubectl's builder does.
 */
import { resolveResourceType, type ApiResource } from '../../cluster/resources';
import type { KubeObject } from '../../cluster/types';
import { clientError, notFound, objectRef, unknownResourceType } from '../errors';
import { missingObject } from '../not-found';
import type { KubectlError } from '../types';
import { fieldsMatch, parseFieldSelector } from './field-selector';
import { matches, parseSelector } from './label-selector';
import type { Session } from './session';

export interface Target {
	resource: ApiResource;
	namespace: string;
	obj: KubeObject;
	/** `deployment.apps/x` */
	ref: string;
}

export interface TargetQuery {
	args: string[];
	selector?: string;
	/** `--field-selector`, which like `-l` selects objects of a bare type. */
	fieldSelector?: string;
	all?: boolean;
	allNamespaces?: boolean;
	/** Report a missing object as such even when its namespace is missing (`delete` never reads it). */
	plainNotFound?: boolean;
}

export interface Resolved {
	targets: Target[];
	/** NotFound messages for named objects that do not exist (full stderr lines). */
	missing: string[];
	/** Whether the user named objects (vs selecting them with `-l` / `--all`). */
	named: boolean;
	/** The types that were asked for (for `No resources found`). */
	resources: ApiResource[];
}

export const NO_RESOURCES = `You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'`;

const SLASH_MIX =
	"there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";

/** Checks the argument shape only (no cluster): kubectl's client-side refusals. */
export function checkTargetArgs(q: TargetQuery): KubectlError | undefined {
	if (q.args.length === 0) return clientError(NO_RESOURCES);
	const slashed = q.args.filter((a) => a.includes('/')).length;
	if (slashed > 0 && slashed < q.args.length) return clientError(SLASH_MIX);
	if (q.all && q.selector)
		return clientError("setting 'all' parameter but found a non empty selector. ");
	if (slashed === 0 && q.args.length === 1 && !q.selector && !q.fieldSelector && !q.all)
		return clientError('resource(s) were provided, but no name was specified');
	// client-go refuses to build a request for an empty name.
	if (slashed === 0 && q.args.slice(1).includes(''))
		return clientError('resource name may not be empty');
	return undefined;
}

export function resolveTargets(s: Session, q: TargetQuery): Resolved | KubectlError {
	const shapeError = checkTargetArgs(q);
	if (shapeError) return shapeError;
	const out: Resolved = { targets: [], missing: [], named: true, resources: [] };
	if (q.args[0].includes('/')) {
		for (const arg of q.args) {
			const [typed, name] = splitSlash(arg);
			const r = resolveResourceType(typed);
			if (!r) return unknownResourceType(typed);
			out.resources.push(r);
			lookup(s, r, name, out, q.plainNotFound);
		}
		return out;
	}
	const types: ApiResource[] = [];
	for (const typed of q.args[0].split(',')) {
		const r = resolveResourceType(typed);
		if (!r) return unknownResourceType(typed);
		types.push(r);
	}
	out.resources = types;
	const names = q.args.slice(1);
	if (names.length > 0) {
		for (const r of types) for (const name of names) lookup(s, r, name, out, q.plainNotFound);
		return out;
	}
	const reqs = parseSelector(q.selector ?? '');
	if ('error' in reqs) return clientError(reqs.error);
	out.named = false;
	const fields = parseFieldSelector(q.fieldSelector ?? '');
	for (const r of types) {
		const ns = !r.namespaced ? '' : q.allNamespaces ? undefined : s.env.namespace;
		for (const obj of s.tx.list(keyOf(r), ns))
			if (matches(reqs, obj.metadata.labels) && fieldsMatch(fields, obj))
				out.targets.push(target(r, obj));
	}
	return out;
}

export function keyOf(r: Pick<ApiResource, 'name' | 'group'>): string {
	return r.group ? `${r.name}.${r.group}` : r.name;
}

export function target(r: ApiResource, obj: KubeObject): Target {
	return {
		resource: r,
		namespace: obj.metadata.namespace ?? '',
		obj,
		ref: objectRef(r, obj.metadata.name)
	};
}

function lookup(s: Session, r: ApiResource, name: string, out: Resolved, plain = false): void {
	const ns = r.namespaced ? s.env.namespace : '';
	const obj = s.tx.get(keyOf(r), ns, name);
	if (obj) out.targets.push(target(r, obj));
	else out.missing.push((plain ? notFound(r, name) : missingObject(s.tx, r, ns, name)).message);
}

function splitSlash(arg: string): [string, string] {
	const i = arg.indexOf('/');
	return [arg.slice(0, i), arg.slice(i + 1)];
}

/** `No resources found in payments namespace.` / `No resources found` for cluster-scoped types. */
export function noResourcesFound(s: Session, resources: ApiResource[]): string {
	return resources.some((r) => r.namespaced)
		? `No resources found in ${s.env.namespace} namespace.\n`
		: 'No resources found\n';
}
