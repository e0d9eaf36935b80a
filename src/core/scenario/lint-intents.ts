/**
 * Runbook intents name what is there: an existing context, a namespace and an object that exist
 * at -history or at 0 (a stale step may name an object already gone at 0), a node for node steps.
 * Steps run in order, so a `use-context` step sets the context of the steps after it.
 */
import type { LintReport } from './lint-report';
import { resourceType, type WorldViews } from './lint-world';
import type { Intent, Scenario } from './schema';

type Path = (string | number)[];

/** The intent's `kind/name` target, resolved, or undefined with the problem reported. */
function checkTarget(
	intent: Extract<Intent, { target?: string }>,
	path: Path,
	context: string,
	views: WorldViews,
	report: LintReport
): void {
	if (intent.target === undefined) return;
	const slash = intent.target.indexOf('/');
	const [typed, name] = [intent.target.slice(0, slash), intent.target.slice(slash + 1)];
	const type = resourceType(typed);
	if (!type)
		return report.error([...path, 'target'], `the server doesn't have a resource type "${typed}"`);
	const ns = type.namespaced ? (intent.namespace ?? views.defaultNamespace(context)) : '';
	if (type.namespaced && !views.namespaceExists(context, ns))
		return report.error(
			[...path, intent.namespace !== undefined ? 'namespace' : 'target'],
			views.noNamespace(context, ns)
		);
	if (!views.exists(context, type.key, ns, name))
		report.error([...path, 'target'], views.notFound(context, type, ns, name));
}

function checkIntent(
	intent: Intent,
	path: Path,
	current: string,
	views: WorldViews,
	report: LintReport
): void {
	const context = 'context' in intent && intent.context ? intent.context : current;
	if (!views.hasContext(context))
		return report.error([...path, 'context'], views.noContext(context));
	switch (intent.kind) {
		case 'use-context':
		case 'command':
			return;
		case 'cordon':
		case 'uncordon':
		case 'drain':
			if (!views.exists(context, 'nodes', '', intent.node))
				report.error(
					[...path, 'node'],
					views.notFound(context, { key: 'nodes', namespaced: false }, '', intent.node)
				);
			return;
		default:
			return checkTarget(intent, path, context, views, report);
	}
}

/** Checks each step's intent; returns the context each step runs in. */
export function checkIntents(scenario: Scenario, views: WorldViews, report: LintReport): string[] {
	let current = views.current;
	return scenario.runbook.steps.map((step, i) => {
		const { intent } = step;
		const path = ['runbook', 'steps', i, 'intent'];
		checkIntent(intent, path, current, views, report);
		const context = 'context' in intent && intent.context ? intent.context : current;
		if (intent.kind === 'use-context' && views.hasContext(intent.context)) current = intent.context;
		return views.hasContext(context) ? context : current;
	});
}
