/**
 * The offline drafter: a scenario's runbook step, its intent and the state → a guarded step, with
 * no model at all. Deterministic and pure. The pre-flight and action come from the intent with every
 * name filled from the state; blast radius, rollback, verify and staleness from the guard. Where the
 * scenario gives ground truth, its STOP condition is used, and its `stale` predicate, when it holds
 * now, raises a stale flag with the kubectl output that shows it.
 */
import type { World } from '../cluster/types';
import { classify } from '../guard/classify';
import { staleness, type StaleFlag } from '../guard/staleness';
import { runKubectl } from '../kubectl/run';
import { slisAt } from '../scenario/health';
import { evaluatePredicate, parsePredicate } from '../scenario/predicate';
import type { RunbookStep, Scenario } from '../scenario/schema';
import type { DraftRequest, Drafter } from './drafter';
import { planFromIntent } from './from-intent';
import { guardPlan } from './guard-plan';
import type { GuardedStep } from './schema';

/** The most lines of kubectl output a piece of evidence quotes. */
const EVIDENCE_LINES = 3;

/** What a read-only command prints now, trimmed to the lines that matter: `cmd: output`. */
export function evidenceOf(world: World, now: number, line: string, name?: string): string {
	const command = classify(line).commands[0];
	if (!command) return line;
	const result = runKubectl(world, command.argv, now);
	const lines = (result.stdout || result.stderr).trimEnd().split('\n');
	const rows =
		lines.length <= EVIDENCE_LINES || name === undefined
			? lines
			: [lines[0], ...lines.slice(1).filter((l) => l.includes(name))];
	return `${['kubectl', ...command.argv].join(' ')}: ${rows.slice(0, EVIDENCE_LINES).join('\n')}`;
}

/** Does the step's ground-truth `stale` predicate hold in this world? */
export function truthStale(
	scenario: Scenario,
	step: RunbookStep,
	world: World,
	now: number,
	t: number
): boolean {
	const stale = step.truth.stale;
	if (!stale) return false;
	const parsed = parsePredicate(stale.when);
	if (!parsed.ok) return false;
	const slis = slisAt(scenario.health, world, now, t);
	return evaluatePredicate(parsed.expr, { world, now, t, sli: (id) => slis[id] });
}

function targetName(step: RunbookStep): string | undefined {
	const intent = step.intent;
	if ('target' in intent && intent.target)
		return intent.target.slice(intent.target.indexOf('/') + 1);
	return 'node' in intent ? intent.node : undefined;
}

function staleFlagsOf(req: DraftRequest, step: RunbookStep, preflight: string): StaleFlag[] {
	const flags: StaleFlag[] = [];
	if (truthStale(req.scenario, step, req.world, req.now, req.t ?? Number.NaN))
		flags.push({
			reason: step.truth.stale!.reason,
			evidence: evidenceOf(req.world, req.now, preflight, targetName(step))
		});
	for (const flag of staleness(req.world, req.now, step.intent))
		if (!flags.some((f) => f.reason === flag.reason)) flags.push(flag);
	return flags;
}

export function offlineDraft(req: DraftRequest): GuardedStep {
	const step = req.scenario.runbook.steps[req.stepIndex];
	if (!step) throw new RangeError(`no runbook step ${req.stepIndex + 1} in ${req.scenario.id}`);
	const plan = planFromIntent(step.intent, req.world);
	return guardPlan(plan, req.world, req.now, {
		step: req.stepIndex + 1,
		title: step.title,
		stopIf: { text: step.truth.stopIf.text, when: step.truth.stopIf.when },
		staleFlags: staleFlagsOf(req, step, plan.preflight.command)
	});
}

export const offlineDrafter: Drafter = {
	name: 'offline',
	async draft(req) {
		if (!req.scenario.runbook.steps[req.stepIndex])
			return {
				ok: false,
				message: `no runbook step ${req.stepIndex + 1} in ${req.scenario.id} (it has ${req.scenario.runbook.steps.length})`
			};
		return { ok: true, step: offlineDraft(req) };
	}
};
