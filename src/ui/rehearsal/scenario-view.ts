/**
 * What the rehearsal page may hold of a scenario: its metadata, briefing, the runbook as the team
 * wrote it (steps' id, title and text) and the services' SLOs for the live chart. No plant, no
 * answer key (`truth`, `intent`), no timeline and no world: the gate reveals drafts one step at a
 * time, and nothing in page state should read around it.
 */
import type { Scenario } from '../../core/scenario/schema';

export interface ScenarioView {
	id: string;
	title: string;
	summary: string;
	difficulty: number;
	tags: string[];
	minutes: number;
	goals: string[];
	briefing: Scenario['briefing'];
	runbook: {
		title: string;
		markdown: string;
		steps: { id: string; title: string; text: string }[];
	};
	health: {
		services: { id: string; title: string; slo: { objective: number; window: number } }[];
	};
}

export function scenarioView(s: Scenario): ScenarioView {
	const { id, title, summary, difficulty, tags, minutes, goals, briefing, runbook } = s;
	return {
		...{ id, title, summary, difficulty, tags: [...tags], minutes, goals: [...goals] },
		briefing: structuredClone(briefing),
		runbook: {
			title: runbook.title,
			markdown: runbook.markdown,
			steps: runbook.steps.map(({ id, title, text }) => ({ id, title, text }))
		},
		health: {
			services: s.health.services.map(({ id, title, slo }) => ({
				id,
				title,
				slo: { objective: slo.objective, window: slo.window }
			}))
		}
	};
}
