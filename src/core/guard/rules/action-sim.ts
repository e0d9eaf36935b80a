/**
 * The action run once on the world for every rule that needs it (memoised per draft): the world
 * after it and the objects it changed. The controllers are not run: kubectl's own write is what
 * the rules compare, and a controller pass costs far more than the whole lint.
 */
import type { World } from '../../cluster/types';
import { consequences, type DrainHold, type PodCounts } from '../consequences';
import type { Change } from '../diff-worlds';
import { radiusSentence } from '../sentence';
import type { Facts } from '../lint-types';
import { simulate, type SimStep } from '../simulate';

export interface ActionRun {
	steps: SimStep[];
	after: World;
	changes: Change[];
	context: string;
	namespace: string;
}

const runs = new WeakMap<object, ActionRun | undefined>();
/** kubectl's refusal of the action, when it refused (memoised with the run). */
const refusals = new WeakMap<object, string>();

/** The action simulated on the lint's world; undefined when kubectl refuses it. */
export function actionRun(facts: Facts): ActionRun | undefined {
	if (runs.has(facts.draft)) return runs.get(facts.draft);
	const { world, now } = facts.ctx;
	const sim = simulate(world, now, facts.commands['action.command'].line);
	const run = sim.ok
		? {
				steps: sim.steps,
				after: sim.steps.at(-1)?.after ?? world,
				changes: sim.steps.flatMap((s) => s.changes),
				context: sim.context,
				namespace: sim.namespace
			}
		: undefined;
	runs.set(facts.draft, run);
	if (!sim.ok) refusals.set(facts.draft, sim.message);
	return run;
}

/** Why kubectl refuses the action on the lint's world; undefined when it runs. */
export function actionRefusal(facts: Facts): string | undefined {
	actionRun(facts);
	return refusals.get(facts.draft);
}

/** What blastRadius() says, from the same run (one simulation serves every rule). */
export interface RunRadius {
	context: string;
	namespace: string;
	changes: Change[];
	pods: PodCounts;
	sentence: string;
	/** A drain that deletes past the budgets or kills with no grace period. */
	drain?: DrainHold;
}

export function radiusOf(run: ActionRun): RunRadius {
	const out = consequences(run.steps);
	return {
		context: run.context,
		namespace: run.namespace,
		changes: run.changes,
		pods: out.pods,
		sentence: radiusSentence(run.steps, out),
		...(out.drain && { drain: out.drain })
	};
}
