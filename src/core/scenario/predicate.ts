/**
 * The predicate / value language of scenarios (README.md has the grammar): parse, evaluate over a
 * World and the health model's SLIs, and list what an expression names for the linter.
 */
import type { PredicateExpr, Reference, ValueExpr } from './predicate-ast';

export {
	POD_FIELDS,
	SLI_METRICS,
	type CompareOp,
	type ObjectRefExpr,
	type ParseResult,
	type PathStep,
	type PodsField,
	type PredicateExpr,
	type Reference,
	type SliMetric,
	type ValueExpr
} from './predicate-ast';
export { parsePredicate, parseValue } from './predicate-parse';
export {
	evaluatePredicate,
	evaluateValue,
	isReady,
	lookup,
	namespaceFor,
	selectPods,
	type EvalContext,
	type Scalar
} from './predicate-eval';

/** Objects, pod sets and SLIs an expression names, in order of appearance, without repeats. */
export function referencesOf(expr: PredicateExpr | ValueExpr): Reference[] {
	const out: Reference[] = [];
	const seen = new Set<string>();
	const add = (ref: Reference) => {
		const key = JSON.stringify(ref);
		if (!seen.has(key)) {
			seen.add(key);
			out.push(ref);
		}
	};
	visit(expr, add);
	return out;
}

function visit(expr: PredicateExpr | ValueExpr, add: (ref: Reference) => void): void {
	switch (expr.kind) {
		case 'and':
		case 'or':
			return expr.items.forEach((e) => visit(e, add));
		case 'not':
			return visit(expr.expr, add);
		case 'compare':
			visit(expr.left, add);
			return visit(expr.right, add);
		case 'exists':
		case 'missing':
		case 'field': {
			const { context, resource, name, namespace } = expr.ref;
			return add({
				kind: 'object',
				...(context !== undefined ? { context } : {}),
				resource,
				name,
				...(namespace !== undefined ? { namespace } : {})
			});
		}
		case 'pods':
			return add({
				kind: 'pods',
				...(expr.context !== undefined ? { context: expr.context } : {}),
				namespace: expr.namespace,
				...(expr.selector !== undefined ? { selector: expr.selector } : {})
			});
		case 'sli':
			return add({ kind: 'sli', service: expr.service, metric: expr.metric });
		case 'time':
		case 'literal':
			return;
	}
}
