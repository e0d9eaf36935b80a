/**
 * A scenario's briefing dashboards as chart data: prepare the world, then sample the health model
 * from -history to the page. Pure and synchronous, so it can run in the page or in a worker.
 */
import { briefingCharts, type Chart } from '../../core/scenario/charts';
import { prepareScenario } from '../../core/scenario/prepare';
import type { Scenario } from '../../core/scenario/schema';

export type ChartsResult = { ok: true; charts: Chart[] } | { ok: false; message: string };

export function computeCharts(scenario: Scenario, files: Record<string, string>): ChartsResult {
	if (scenario.briefing.dashboards.length === 0) return { ok: true, charts: [] };
	const prepared = prepareScenario(scenario, (path) => files[path]);
	if (!prepared.ok) {
		const [first] = prepared.problems;
		const where = first.path.length ? `${first.path.join('.')}: ` : '';
		return { ok: false, message: `${where}${first.message}` };
	}
	try {
		return { ok: true, charts: briefingCharts(prepared.prepared) };
	} catch (error) {
		// A bug in the sampler must not take the page down with it: say so where the charts go.
		return { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
}
