/**
 * The parsed form of the predicate / value language (see README.md). Resource types are resolved
 * at parse time, so evaluation only looks objects up.
 */
import type { LabelRequirement } from '../kubectl/selectors';

export type ParseResult<T> = { ok: true; expr: T } | { ok: false; offset: number; message: string };

export const POD_FIELDS = [
	'count',
	'ready',
	'notReady',
	'running',
	'pending',
	'crashing',
	'restarts'
] as const;
export type PodsField = (typeof POD_FIELDS)[number];

export const SLI_METRICS = ['errorRate', 'latencyMs', 'saturation', 'ready'] as const;
export type SliMetric = (typeof SLI_METRICS)[number];

/** One step of a jsonpath: a field name or an array index (negative counts from the end). */
export type PathStep = string | number;

/** `[context:]resource/name[@namespace]`, the resource resolved as kubectl resolves it. */
export interface ObjectRefExpr {
	context?: string;
	/** Store key: `deployments.apps`, `nodes`, `configmaps`. */
	resource: string;
	namespaced: boolean;
	name: string;
	/** As written; undefined → the context's default namespace (namespaced resources only). */
	namespace?: string;
}

export type ValueExpr =
	| { kind: 'field'; ref: ObjectRefExpr; path: PathStep[] }
	| {
			kind: 'pods';
			context?: string;
			namespace: string;
			/** The selector as written, when there is one. */
			selector?: string;
			requirements: LabelRequirement[];
			field: PodsField;
	  }
	| { kind: 'sli'; service: string; metric: SliMetric }
	/** Seconds since t=0. */
	| { kind: 'time' }
	| { kind: 'literal'; value: string | number | boolean | null };

export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export type PredicateExpr =
	| { kind: 'and' | 'or'; items: PredicateExpr[] }
	| { kind: 'not'; expr: PredicateExpr }
	| { kind: 'exists' | 'missing'; ref: ObjectRefExpr }
	| { kind: 'compare'; op: CompareOp; left: ValueExpr; right: ValueExpr };

/** What an expression names, for the linter to check against the world and the health model. */
export type Reference =
	| { kind: 'object'; context?: string; resource: string; name: string; namespace?: string }
	| { kind: 'pods'; context?: string; namespace: string; selector?: string }
	| { kind: 'sli'; service: string; metric: string };
