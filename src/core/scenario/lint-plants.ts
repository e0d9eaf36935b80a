/**
 * Planted flaws and trap pre-flights checked: a plant must change the draft, and the draft linter
 * must find the flaw it names in the planted draft (else the score would credit catching nothing);
 * a trap's STOP condition must hold when the step can be reached. Both are tried at t = 0 and after
 * the last timeline event — a stale assumption or a STOP may only hold once the world has moved.
 */
import type { World } from '../cluster/types';
import { applyPlant } from '../drafting/planted';
import { offlineDraft } from '../drafting/offline';
import { lintDraft } from '../guard/lint-draft';
import type { RuleId } from '../guard/lint-types';
import { formatDuration } from './format-offset';
import { slisAt } from './health';
import type { LintReport } from './lint-report';
import { evaluatePredicate, parsePredicate } from './predicate';
import type { PlantFlaw, Scenario } from './schema';

/** A moment the plants and traps are tried at. */
export interface PlantMoment {
	world: World;
	/** Absolute virtual ms. */
	now: number;
	/** Offset from t = 0, ms. */
	t: number;
}

/** The draft-linter findings that show each flaw. */
export const FLAW_FINDINGS: Record<PlantFlaw, RuleId[]> = {
	'wrong-namespace': ['wrong-target', 'unknown-namespace', 'unknown-resource'],
	'wrong-target': ['wrong-target'],
	'unflagged-stale': ['stale-not-flagged'],
	'rollback-not-inverse': ['rollback-not-inverse'],
	'rollback-missing': ['rollback-missing'],
	'understated-blast-radius': ['blast-radius-understated'],
	'skipped-verify': ['verify-missing', 'verify-unrelated'],
	'chained-action': ['action-chains-mutations'],
	'preflight-mutates': ['preflight-not-read-only']
};

const when = (moments: PlantMoment[]) =>
	moments.map((m) => `t = ${formatDuration(m.t)}`).join(' or ');

function plantShows(scenario: Scenario, index: number, m: PlantMoment): boolean {
	const step = scenario.runbook.steps[index];
	const req = { scenario, stepIndex: index, world: m.world, now: m.now, t: m.t };
	const clean = offlineDraft(req);
	const planted = applyPlant(clean, step.plant!, m.world);
	if (JSON.stringify(planted) === JSON.stringify(clean)) return false;
	const rules = FLAW_FINDINGS[step.plant!.flaw];
	const { findings } = lintDraft(planted, { ...m, step, scenario });
	return findings.some((f) => rules.includes(f.rule));
}

function stopHolds(scenario: Scenario, stopWhen: string, m: PlantMoment): boolean {
	const parsed = parsePredicate(stopWhen);
	if (!parsed.ok) return false;
	const slis = slisAt(scenario.health, m.world, m.now, m.t);
	return evaluatePredicate(parsed.expr, { ...m, sli: (id) => slis[id] });
}

export function checkPlants(scenario: Scenario, moments: PlantMoment[], report: LintReport): void {
	scenario.runbook.steps.forEach((step, i) => {
		const path = ['runbook', 'steps', i];
		if (step.plant && !moments.some((m) => plantShows(scenario, i, m))) {
			const rules = FLAW_FINDINGS[step.plant.flaw].join(' or ');
			report.error(
				[...path, 'plant', 'flaw'],
				`the draft linter finds no ${rules} in the planted draft at ${when(moments)}: the plant does not put a ${step.plant.flaw} flaw in the draft (give it in plant.draft)`
			);
		}
		if (step.trap && !moments.some((m) => stopHolds(scenario, step.truth.stopIf.when, m)))
			report.error(
				[...path, 'trap'],
				`truth.stopIf does not hold at ${when(moments)}: a trap's pre-flight must say STOP when the step is reached`
			);
	});
}
