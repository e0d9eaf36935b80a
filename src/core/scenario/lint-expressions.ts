/**
 * The scenario's predicates and value expressions: where each one is, parsed, with parse errors
 * reported at the character the parser stopped at.
 */
import { parsePredicate, parseValue, type PredicateExpr, type ValueExpr } from './predicate';
import type { LintReport } from './lint-report';
import type { Scenario } from './schema';

export interface ExpressionSite {
	path: (string | number)[];
	text: string;
	kind: 'predicate' | 'value';
}

export interface ParsedSite extends ExpressionSite {
	expr: PredicateExpr | ValueExpr;
}

/** Every predicate and value expression in the scenario, with its data path. */
export function expressionSites(scenario: Scenario): ExpressionSite[] {
	const sites: ExpressionSite[] = [];
	const add = (path: (string | number)[], text: string, kind: ExpressionSite['kind']) =>
		sites.push({ path, text, kind });
	scenario.runbook.steps.forEach((step, i) => {
		const truth = ['runbook', 'steps', i, 'truth'];
		add([...truth, 'stopIf', 'when'], step.truth.stopIf.when, 'predicate');
		if (step.truth.stale) add([...truth, 'stale', 'when'], step.truth.stale.when, 'predicate');
	});
	scenario.health.services.forEach((service, i) =>
		service.routes.forEach((route, j) => {
			const at = ['health', 'services', i, 'routes', j];
			if (typeof route.weight === 'string') add([...at, 'weight'], route.weight, 'value');
			route.pools.forEach((pool, k) =>
				pool.errorRateWhen.forEach((w, l) =>
					add([...at, 'pools', k, 'errorRateWhen', l, 'when'], w.when, 'predicate')
				)
			);
		})
	);
	if (scenario.health.resolved)
		add(['health', 'resolved', 'when'], scenario.health.resolved.when, 'predicate');
	scenario.briefing.dashboards.forEach((dashboard, i) =>
		dashboard.series.forEach((series, j) => {
			if ('value' in series)
				add(['briefing', 'dashboards', i, 'series', j, 'value'], series.value, 'value');
		})
	);
	return sites;
}

/** Parses every site; a parse error is reported inside the string and the site left out. */
export function parseExpressions(scenario: Scenario, report: LintReport): ParsedSite[] {
	const parsed: ParsedSite[] = [];
	for (const site of expressionSites(scenario)) {
		const result = site.kind === 'predicate' ? parsePredicate(site.text) : parseValue(site.text);
		if (result.ok) parsed.push({ ...site, expr: result.expr });
		else report.errorIn(site.path, result.offset, result.message);
	}
	return parsed;
}
