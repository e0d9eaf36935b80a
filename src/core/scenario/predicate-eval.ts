/**
 * Evaluating parsed predicates and values over a World. A missing context, object or field is
 * `null`; comparisons with `null` are false except `== null` / `!= null`; numbers (and numeric
 * strings) compare numerically, other strings lexically.
 */
import { ClusterTx } from '../cluster/store';
import type { Pod, World } from '../cluster/types';
import { clusterOf, findContext } from '../cluster/world';
import { matchesLabels } from '../kubectl/selectors';
import { podStatus } from '../kubectl/printers/pod';
import type { Sli } from './health';
import type {
	CompareOp,
	ObjectRefExpr,
	PodsField,
	PredicateExpr,
	ValueExpr
} from './predicate-ast';
import { walkPath } from './predicate-path';

export interface EvalContext {
	world: World;
	/** Absolute virtual ms. */
	now: number;
	/** Offset from t=0 in ms. */
	t: number;
	/** SLIs by service id, when a health model is around (sli(...) atoms). */
	sli?: (service: string) => Sli | undefined;
}

export type Scalar = string | number | boolean | null;

export function evaluatePredicate(expr: PredicateExpr, ctx: EvalContext): boolean {
	switch (expr.kind) {
		case 'and':
			return expr.items.every((e) => evaluatePredicate(e, ctx));
		case 'or':
			return expr.items.some((e) => evaluatePredicate(e, ctx));
		case 'not':
			return !evaluatePredicate(expr.expr, ctx);
		case 'exists':
			return lookup(ctx.world, expr.ref) !== undefined;
		case 'missing':
			return lookup(ctx.world, expr.ref) === undefined;
		case 'compare':
			return compare(expr.op, evaluateValue(expr.left, ctx), evaluateValue(expr.right, ctx));
	}
}

export function evaluateValue(expr: ValueExpr, ctx: EvalContext): Scalar {
	switch (expr.kind) {
		case 'literal':
			return expr.value;
		case 'time':
			return ctx.t / 1000;
		case 'sli':
			return ctx.sli?.(expr.service)?.[expr.metric] ?? null;
		case 'field': {
			const obj = lookup(ctx.world, expr.ref);
			return obj === undefined ? null : scalar(walkPath(obj, expr.path));
		}
		case 'pods': {
			const pods = selectPods(ctx.world, expr.context, expr.namespace, expr.requirements);
			return pods === undefined ? null : podsField(pods, expr.field, ctx.now);
		}
	}
}

/** The namespace a namespaced reference means: as written, else the context's, else `default`. */
export function namespaceFor(world: World, context: string | undefined, written?: string): string {
	return written ?? findContext(world, context ?? world.currentContext)?.namespace ?? 'default';
}

/** The object a reference names, or undefined (unknown context or no such object). */
export function lookup(world: World, ref: ObjectRefExpr): Record<string, unknown> | undefined {
	const cluster = clusterOf(world, ref.context ?? world.currentContext);
	if (!cluster) return undefined;
	const ns = ref.namespaced ? namespaceFor(world, ref.context, ref.namespace) : '';
	return new ClusterTx(cluster).get(ref.resource, ns, ref.name);
}

/** Pods of a namespace matching label requirements; undefined when the context is unknown. */
export function selectPods(
	world: World,
	context: string | undefined,
	namespace: string,
	requirements: Parameters<typeof matchesLabels>[0]
): Pod[] | undefined {
	const cluster = clusterOf(world, context ?? world.currentContext);
	if (!cluster) return undefined;
	return new ClusterTx(cluster)
		.list<Pod>('pods', namespace)
		.filter((p) => matchesLabels(requirements, p.metadata.labels));
}

/** Ready and serving: the Ready condition is True and the pod is not terminating. */
export function isReady(pod: Pod): boolean {
	if (pod.metadata.deletionTimestamp) return false;
	return (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
}

const CRASHING = new Set(['CrashLoopBackOff', 'Error', 'OOMKilled']);

function podsField(pods: Pod[], field: PodsField, now: number): number {
	const count = (test: (p: Pod) => boolean) => pods.filter(test).length;
	switch (field) {
		case 'count':
			return pods.length;
		case 'ready':
			return count(isReady);
		case 'notReady':
			return count((p) => !isReady(p) && p.status?.phase !== 'Succeeded');
		case 'running':
			return count((p) => podStatus(p, now).status === 'Running');
		case 'pending':
			return count((p) => p.status?.phase === 'Pending' && !p.metadata.deletionTimestamp);
		case 'crashing':
			return count((p) => CRASHING.has(podStatus(p, now).status.replace(/^Init:/, '')));
		case 'restarts':
			return pods.reduce((sum, p) => sum + restartsOf(p), 0);
	}
}

function restartsOf(pod: Pod): number {
	const statuses = [
		...(pod.status?.initContainerStatuses ?? []),
		...(pod.status?.containerStatuses ?? [])
	];
	return statuses.reduce((sum, s) => sum + (s.restartCount ?? 0), 0);
}

/** A jsonpath result as a scalar: maps and lists become their JSON text, as kubectl prints them. */
function scalar(value: unknown): Scalar {
	if (value === undefined || value === null) return null;
	if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
		return value;
	}
	return JSON.stringify(value);
}

const NUMERIC = /^\s*-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

function asNumber(v: Scalar): number | undefined {
	if (typeof v === 'number') return v;
	if (typeof v === 'string' && NUMERIC.test(v)) return Number(v);
	return undefined;
}

export function compare(op: CompareOp, a: Scalar, b: Scalar): boolean {
	if (a === null || b === null) {
		if (op === '==') return a === b;
		if (op === '!=') return a !== b;
		return false;
	}
	const x = asNumber(a);
	const y = asNumber(b);
	if (x !== undefined && y !== undefined) return ordered(op, x, y);
	if (op === '==' || op === '!=') return (String(a) === String(b)) === (op === '==');
	if (typeof a === 'string' && typeof b === 'string') return ordered(op, a, b);
	return false;
}

function ordered<T extends number | string>(op: CompareOp, x: T, y: T): boolean {
	switch (op) {
		case '==':
			return x === y;
		case '!=':
			return x !== y;
		case '<':
			return x < y;
		case '<=':
			return x <= y;
		case '>':
			return x > y;
		case '>=':
			return x >= y;
	}
}
