/** Ids that must be unique within a scenario, and the service ids dashboards name. */
import type { LintReport } from './lint-report';
import type { Scenario } from './schema';
import { didYouMean } from './suggest';

type Located = { locate: (path: (string | number)[]) => { line: number } };

function unique(
	ids: string[],
	path: (i: number) => (string | number)[],
	what: string,
	report: LintReport,
	where: Located
): void {
	const first = new Map<string, number>();
	ids.forEach((id, i) => {
		const earlier = first.get(id);
		if (earlier === undefined) return void first.set(id, i);
		const line = where.locate(path(earlier)).line;
		report.error(path(i), `${what} id "${id}" is already used (line ${line})`);
	});
}

export function checkIds(scenario: Scenario, report: LintReport, where: Located): void {
	const steps = scenario.runbook.steps.map((s) => s.id);
	unique(steps, (i) => ['runbook', 'steps', i, 'id'], 'step', report, where);
	const services = scenario.health.services.map((s) => s.id);
	unique(services, (i) => ['health', 'services', i, 'id'], 'service', report, where);
	scenario.briefing.dashboards.forEach((dashboard, i) =>
		dashboard.series.forEach((series, j) => {
			if (!('service' in series) || services.includes(series.service)) return;
			report.error(
				['briefing', 'dashboards', i, 'series', j, 'service'],
				`no service "${series.service}" in health.services${didYouMean(series.service, services)}`
			);
		})
	);
}
