/**
 * What predicates and value expressions name must be there: contexts, the namespaces of pod
 * sets, services of `sli(...)`, and objects whose fields are read. `exists`/`missing` may name
 * an object that is absent — that is what they test.
 */
import { referencesOf, type PredicateExpr, type Reference, type ValueExpr } from './predicate';
import type { ParsedSite } from './lint-expressions';
import type { LintReport } from './lint-report';
import { resourceByKey, type WorldViews } from './lint-world';
import type { Scenario } from './schema';
import { didYouMean } from './suggest';

/** References whose target must exist (not those under `exists` / `missing`). */
function requiredRefs(expr: PredicateExpr | ValueExpr): Reference[] {
	switch (expr.kind) {
		case 'and':
		case 'or':
			return expr.items.flatMap(requiredRefs);
		case 'not':
			return requiredRefs(expr.expr);
		case 'exists':
		case 'missing':
			return [];
		case 'compare':
			return [...referencesOf(expr.left), ...referencesOf(expr.right)];
		default:
			return referencesOf(expr);
	}
}

/** Where a reference is written in the text (its first character), else 0. */
function offsetOf(text: string, ref: Reference): number {
	const needle =
		ref.kind === 'sli' ? `sli(${ref.service}` : ref.kind === 'pods' ? 'pods@' : `/${ref.name}`;
	const at = text.indexOf(needle);
	if (at === -1 || ref.kind !== 'object') return Math.max(0, at);
	const before = text.slice(0, at);
	return before.search(/[^\s()]*$/);
}

function checkRef(site: ParsedSite, ref: Reference, required: boolean, ctx: RefContext): void {
	const { views, report } = ctx;
	const at = offsetOf(site.text, ref);
	if (ref.kind === 'sli') {
		if (!ctx.services.includes(ref.service))
			report.errorIn(
				site.path,
				at,
				`no service "${ref.service}" in health.services${didYouMean(ref.service, ctx.services)}`
			);
		return;
	}
	const context = ref.context ?? views.current;
	if (!views.hasContext(context)) return report.errorIn(site.path, at, views.noContext(context));
	if (!required) return;
	if (ref.kind === 'pods') {
		if (!views.namespaceExists(context, ref.namespace))
			report.errorIn(site.path, at, views.noNamespace(context, ref.namespace));
		return;
	}
	const type = resourceByKey(ref.resource);
	if (!type) return;
	const ns = type.namespaced ? (ref.namespace ?? views.defaultNamespace(context)) : '';
	if (!views.exists(context, type.key, ns, ref.name))
		report.errorIn(site.path, at, views.notFound(context, type, ns, ref.name));
}

interface RefContext {
	views: WorldViews;
	report: LintReport;
	services: string[];
}

export function checkReferences(
	sites: ParsedSite[],
	scenario: Scenario,
	views: WorldViews,
	report: LintReport
): void {
	const ctx: RefContext = { views, report, services: scenario.health.services.map((s) => s.id) };
	for (const site of sites) {
		const required = new Set(requiredRefs(site.expr).map((r) => JSON.stringify(r)));
		for (const ref of referencesOf(site.expr))
			checkRef(site, ref, required.has(JSON.stringify(ref)), ctx);
	}
}
