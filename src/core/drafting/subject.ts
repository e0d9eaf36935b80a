/**
 * What a step acts on, resolved against the world: the context (and whether commands must name
 * it), the namespace, the resource type as kubectl resolves it, the object or the pods by
 * selector. Drafted commands are written from a subject, so every placeholder comes from here.
 */
import { resolveResourceType, resourceKey, type ApiResource } from '../cluster/resources';
import { ClusterTx } from '../cluster/store';
import type { KubeObject, World } from '../cluster/types';
import { clusterOf, findContext } from '../cluster/world';

export interface Subject {
	/** The context the step acts in (the current one unless the step names another). */
	context: string;
	/** The step names a context other than the current one: commands carry `--context`. */
	otherContext: boolean;
	/** The resource type as written (`deploy`, `statefulset`, `node`), lower case. */
	typed?: string;
	resource?: ApiResource;
	name?: string;
	/** Set for namespaced resources and pod selections. */
	namespace?: string;
	selector?: string;
}

export interface SubjectInput {
	context?: string;
	namespace?: string;
	/** `kind/name` as kubectl takes it. */
	target?: string;
	selector?: string;
}

/** The context's default namespace, as kubectl would use it. */
export function defaultNamespace(world: World, context: string): string {
	return findContext(world, context)?.namespace || 'default';
}

export function subjectOf(world: World, input: SubjectInput): Subject {
	const context = input.context ?? world.currentContext;
	const otherContext = context !== world.currentContext;
	const ns = input.namespace ?? defaultNamespace(world, context);
	if (input.target === undefined)
		return {
			context,
			otherContext,
			namespace: ns,
			...(input.selector && { selector: input.selector })
		};
	const slash = input.target.indexOf('/');
	const typed = input.target.slice(0, slash).toLowerCase();
	const name = input.target.slice(slash + 1);
	const resource = resolveResourceType(typed);
	const namespaced = resource?.namespaced ?? true;
	return {
		context,
		otherContext,
		typed,
		...(resource && { resource }),
		name,
		...(namespaced && { namespace: ns }),
		...(input.selector && { selector: input.selector })
	};
}

/** The node a node step acts on (cluster-scoped). */
export function nodeSubject(world: World, context: string | undefined, node: string): Subject {
	return subjectOf(world, { context, target: `node/${node}` });
}

/** `-n ns` and `--context c` as the subject needs them, in that order. */
export function whereArgs(s: Subject): string {
	const parts: string[] = [];
	if (s.namespace !== undefined) parts.push(`-n ${s.namespace}`);
	if (s.otherContext) parts.push(`--context ${s.context}`);
	return parts.join(' ');
}

/** `deploy/payments-secondary` — the object as the step wrote it. */
export function refOf(s: Subject): string {
	return `${s.typed}/${s.name}`;
}

/** `deployment payments-secondary` — the object in a sentence. */
export function phraseOf(s: Subject): string {
	return `${s.resource?.singularName ?? s.typed} ${s.name}`;
}

/** ` in namespace payments on prod-us-east-1`: where, as the blast radius sentences say it. */
export function placeOf(s: Subject): string {
	const ns = s.namespace !== undefined ? ` in namespace ${s.namespace}` : '';
	return `${ns} on ${s.context}`;
}

/** The predicate language's reference: `[context:]deployment/x[@ns]`. */
export function predicateRef(s: Subject): string {
	const ctx = s.otherContext ? `${s.context}:` : '';
	const ns = s.namespace !== undefined ? `@${s.namespace}` : '';
	return `${ctx}${s.resource?.singularName ?? s.typed}/${s.name}${ns}`;
}

/** The predicate language's pod set: `[context:]pods@ns[selector]`. */
export function podsRef(s: Subject): string {
	const ctx = s.otherContext ? `${s.context}:` : '';
	return `${ctx}pods@${s.namespace}${s.selector ? `[${s.selector}]` : ''}`;
}

/** The object the subject names, as the cluster holds it now. */
export function objectOf(world: World, s: Subject): KubeObject | undefined {
	const cluster = clusterOf(world, s.context);
	if (!cluster || !s.resource || s.name === undefined) return undefined;
	return new ClusterTx(cluster).get(resourceKey(s.resource), s.namespace ?? '', s.name);
}

/** Objects of one store key in the subject's cluster (one namespace, or all). */
export function listIn<T extends KubeObject = KubeObject>(
	world: World,
	context: string,
	key: string,
	namespace?: string
): T[] {
	const cluster = clusterOf(world, context);
	return cluster ? new ClusterTx(cluster).list<T>(key, namespace) : [];
}
