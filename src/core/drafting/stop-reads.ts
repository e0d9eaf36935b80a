/**
 * A pre-flight must show the output that means STOP: when the STOP condition names objects or
 * pods the pre-flight does not read (the secondary pool, a budget), their `get` joins it — in the
 * same `get` when they share its namespace and context, else as a read-only `&& kubectl get …`.
 * SLIs and time have no kubectl answer and add nothing.
 */
import { resolveResourceType, resourceKey } from '../cluster/resources';
import type { World } from '../cluster/types';
import { classify } from '../guard/classify';
import { parsePredicate, referencesOf, type Reference } from '../scenario/predicate';
import { defaultNamespace, whereArgs, type Subject } from './subject';

export interface Reads {
	/** The `get` whose object list can take more objects of its namespace and context. */
	subject?: Subject;
	refs?: string[];
}

interface Read {
	subject: Subject;
	ref?: string;
	key?: string;
}

function readOf(world: World, ref: Reference): Read | undefined {
	if (ref.kind === 'sli') return undefined;
	const context = ref.context ?? world.currentContext;
	const base = { context, otherContext: context !== world.currentContext };
	if (ref.kind === 'pods')
		return {
			subject: {
				...base,
				namespace: ref.namespace,
				...(ref.selector && { selector: ref.selector })
			}
		};
	const resource = resolveResourceType(ref.resource);
	if (!resource) return undefined;
	const namespace = resource.namespaced
		? (ref.namespace ?? defaultNamespace(world, context))
		: undefined;
	return {
		subject: {
			...base,
			resource,
			typed: resource.singularName,
			name: ref.name,
			...(namespace && { namespace })
		},
		ref: `${resource.singularName}/${ref.name}`,
		key: resourceKey(resource)
	};
}

/** The pre-flight already reads it: a `get` in its context and namespace names it (or its pods). */
function covered(line: string, world: World, read: Read): boolean {
	return classify(line).commands.some((c) => {
		const t = c.target;
		if (c.verb !== 'get' || !t) return false;
		const context = t.context ?? world.currentContext;
		const ns = t.namespace ?? defaultNamespace(world, context);
		if (context !== read.subject.context) return false;
		if (read.key === undefined)
			return (
				t.resources.includes('pods') &&
				(t.allNamespaces || ns === read.subject.namespace) &&
				t.selector === read.subject.selector
			);
		const sameNs =
			read.subject.namespace === undefined || t.allNamespaces || ns === read.subject.namespace;
		// A list of the resource (no names) shows the object too.
		const named = t.names.length === 0 || t.names.includes(read.subject.name!);
		return sameNs && t.resources.includes(read.key) && named;
	});
}

function sameWhere(a: Subject, b: Subject): boolean {
	return a.context === b.context && a.namespace === b.namespace;
}

function getLine(read: Read): string {
	const where = whereArgs(read.subject);
	const what = read.ref ?? 'pods';
	const selector =
		read.ref === undefined && read.subject.selector ? ` -l ${read.subject.selector}` : '';
	return `kubectl get ${what}${where ? ` ${where}` : ''}${selector} -o wide`;
}

/** The pre-flight command, reading also what `stopWhen` names. */
export function withStopReads(
	command: string,
	reads: Reads,
	stopWhen: string | undefined,
	world: World
): string {
	const parsed = stopWhen === undefined ? undefined : parsePredicate(stopWhen);
	if (!parsed?.ok) return command;
	const missing = referencesOf(parsed.expr)
		.map((r) => readOf(world, r))
		.filter((r): r is Read => r !== undefined && !covered(command, world, r));
	const joined = new Set<Read>();
	let head = command;
	if (reads.subject && reads.refs) {
		const extra = missing.filter(
			(r) => r.ref !== undefined && sameWhere(r.subject, reads.subject!)
		);
		extra.forEach((r) => joined.add(r));
		if (extra.length > 0) {
			const refs = [...reads.refs, ...extra.map((r) => r.ref!)];
			const where = whereArgs(reads.subject);
			head = `kubectl get ${refs.join(' ')}${where ? ` ${where}` : ''} -o wide`;
		}
	}
	const rest = [...new Set(missing.filter((r) => !joined.has(r)).map(getLine))];
	return [head, ...rest].join(' && ');
}
