/**
 * Runs a line's changing commands through the kubectl simulator, one after another, on the world
 * at `now`, and keeps each step's before/after world and the objects it changed. The guard reasons
 * from these rather than from the words: what kubectl would really do, against this state.
 */
import { findContext } from '../cluster/world';
import type { World } from '../cluster/types';
import { parseCommandLine } from '../kubectl/parse';
import { runKubectl } from '../kubectl/run';
import type { Invocation, KubectlResult } from '../kubectl/types';
import { VERBS } from '../kubectl/verbs';
import { classify, type ClassifiedCommand } from './classify';
import { diffWorlds, type Change } from './diff-worlds';

export interface SimStep {
	command: ClassifiedCommand;
	inv: Invocation;
	before: World;
	after: World;
	result: KubectlResult;
	/** The context and namespace the command acted in (after `--context`, `-n`, the defaults). */
	context: string;
	namespace: string;
	changes: Change[];
}

export type Simulation =
	| { ok: true; steps: SimStep[]; context: string; namespace: string }
	| { ok: false; message: string };

function words(c: ClassifiedCommand): string {
	return c.verb ? `kubectl ${c.argv.join(' ')}` : c.argv.join(' ');
}

/** Where a read-only line looks: its first command's context and namespace, else the defaults. */
function whereItLooks(world: World, commands: ClassifiedCommand[]) {
	const target = commands.find((c) => c.target)?.target;
	const context = target?.context ?? world.currentContext;
	const namespace = target?.namespace ?? findContext(world, context)?.namespace ?? 'default';
	return { context, namespace };
}

function runOne(world: World, now: number, command: ClassifiedCommand): SimStep | string {
	if (!command.verb) return `${words(command)} is not a kubectl command: it cannot be simulated`;
	if (command.target?.namesUnknown)
		return `${words(command)} takes names from another command's output: it cannot be simulated`;
	const parsed = parseCommandLine(command.argv, VERBS);
	if (!parsed.ok) return parsed.error.message.trim();
	const result = runKubectl(world, command.argv, now);
	if (result.rejected || result.exitCode !== 0)
		return (result.stderr || result.stdout).trim() || `${words(command)} failed`;
	return {
		command,
		inv: parsed.inv,
		before: world,
		after: result.world,
		result,
		context: result.audit.context,
		namespace: result.audit.namespace,
		changes: diffWorlds(world, result.world)
	};
}

export function simulate(world: World, now: number, line: string): Simulation {
	const c = classify(line);
	if (c.error) return { ok: false, message: c.error };
	const changing = c.commands.filter((cmd) => cmd.class !== 'read-only');
	const steps: SimStep[] = [];
	let current = world;
	for (const command of changing) {
		const step = runOne(current, now, command);
		if (typeof step === 'string') return { ok: false, message: step };
		steps.push(step);
		current = step.after;
	}
	const where = steps.length
		? { context: steps[0].context, namespace: steps[0].namespace }
		: whereItLooks(world, c.commands);
	return { ok: true, steps, ...where };
}
