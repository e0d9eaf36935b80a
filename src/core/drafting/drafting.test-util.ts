/** The built-in payments world at t = 0 and a scenario around it with the runbook steps a test gives. */
import type { World } from '../cluster/types';
import { prepareScenario } from '../scenario/prepare';
import { Scenario, type Intent } from '../scenario/schema';
import { scenarioAt } from '../scenario/timeline';

export interface StepSpec {
	title: string;
	intent: Intent | Record<string, unknown>;
	/** Ground truth's STOP; a plain one when not given. */
	stopIf?: { text: string; when: string };
	stale?: { when: string; reason: string };
}

export interface Fixture {
	scenario: Scenario;
	world: World;
	now: number;
}

/** A payments scenario whose runbook has exactly these steps, seen at t = 0. */
export function paymentsFixture(steps: StepSpec[], timeline: unknown[] = []): Fixture {
	const scenario = Scenario.parse({
		id: 'drafting-fixture',
		title: 'Drafting fixture',
		summary: 'The payments world with a runbook for the drafter tests.',
		difficulty: 1,
		minutes: 5,
		briefing: { alert: { severity: 'SEV3', title: 'FixtureAlert', text: 'Firing.' } },
		runbook: {
			title: 'Fixture runbook',
			markdown: 'Steps.',
			steps: steps.map((s, i) => ({
				id: `step-${i + 1}`,
				title: s.title,
				text: s.title,
				intent: s.intent,
				truth: {
					preflight: { confirms: ['The object is there.'] },
					stopIf: s.stopIf ?? { text: 'The object is missing.', when: 't < -100000' },
					...(s.stale && { stale: s.stale })
				}
			}))
		},
		world: { builtin: 'payments' },
		timeline
	});
	const prepared = prepareScenario(scenario);
	if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
	const moment = scenarioAt(prepared.prepared, 0);
	return { scenario, world: moment.world, now: moment.now };
}
