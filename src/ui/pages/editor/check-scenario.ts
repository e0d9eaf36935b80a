/**
 * One check of the editor's text: the linter's problems, the scenario when it loads (for the
 * preview) and, when it lints without errors, the briefing's charts. Pure; runs in the check worker
 * or, where no Worker starts (tests, old browsers), on the page.
 */
import { briefingCharts, type Chart } from '../../../core/scenario/charts';
import { lintScenario } from '../../../core/scenario/lint';
import { loadScenario } from '../../../core/scenario/load';
import { prepareScenario, type ReadFile } from '../../../core/scenario/prepare';
import type { Scenario, ScenarioProblem } from '../../../core/scenario/schema';

export interface CheckResult {
	problems: ScenarioProblem[];
	/** The scenario when the text loads (it may still have cross-reference problems). */
	scenario?: Scenario;
	/** The briefing's dashboards, when the scenario lints without errors. */
	charts?: Chart[];
}

export function checkScenario(text: string, file: string, readFile?: ReadFile): CheckResult {
	const problems = lintScenario(text, file, readFile);
	const loaded = loadScenario(text, file);
	if (!loaded.ok) return { problems };
	if (problems.some((p) => p.severity === 'error')) return { problems, scenario: loaded.scenario };
	const prepared = prepareScenario(loaded.scenario, readFile);
	if (!prepared.ok) return { problems, scenario: loaded.scenario };
	try {
		return { problems, scenario: loaded.scenario, charts: briefingCharts(prepared.prepared) };
	} catch {
		// A chart that cannot be drawn must not hide the rest of the preview.
		return { problems, scenario: loaded.scenario };
	}
}
