/**
 * A stored run made ready for the debrief: its scenario parsed again from the text the run kept
 * (a run outlives edits to the scenario), or why it cannot be.
 */
import type { StoredRun } from '../../../adapters/store/run-types';
import { firstProblem } from '../../../adapters/scenarios/catalog';
import { loadScenario } from '../../../core/scenario/load';
import type { Scenario } from '../../../core/scenario/schema';
import type { ServiceLine } from './timeline-geometry';

export type DebriefOf = { ok: true; scenario: Scenario } | { ok: false; message: string };

export function debriefOf(stored: StoredRun): DebriefOf {
	const { yaml, file } = stored.run.scenario;
	const loaded = loadScenario(yaml, file);
	if (!loaded.ok) return { ok: false, message: firstProblem(loaded.problems) };
	return { ok: true, scenario: loaded.scenario };
}

export function serviceLines(scenario: Scenario): ServiceLine[] {
	return scenario.health.services.map((s) => ({
		id: s.id,
		title: s.title,
		objective: s.slo.objective
	}));
}
