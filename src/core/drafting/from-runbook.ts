/**
 * `draftFromRunbook`: a pasted runbook with explicit kubectl commands → one guarded step per
 * command that changes something, in order. A read-only command just before it becomes its
 * pre-flight when it reads the very object the action changes (same context, namespace and
 * name); otherwise the pre-flight is the targeted `get` the guard derives. Placeholders the state
 * answers unambiguously are filled (`<node>` when exactly one node is NotReady; a `set image`
 * container the workload does not have, when it has exactly one).
 */
import { resourceKey } from '../cluster/resources';
import type { Node, Pod, World } from '../cluster/types';
import { classify, type ClassifiedCommand } from '../guard/classify';
import { stalenessOfCommand } from '../guard/staleness';
import { classifiable, mainCommand, planFromCommand, subjectOfCommand } from './from-command';
import type { Plan } from './from-intent';
import { guardPlan } from './guard-plan';
import { nodeStatus } from './preflight';
import { runbookCommands } from './runbook-commands';
import type { GuardedStep } from './schema';
import { listIn, objectOf } from './subject';

const NODE_PLACEHOLDER = /<(node|node-?name)>/i;
const READ_VERBS = new Set(['get', 'describe', 'rollout history']);

/** Fills what the state answers unambiguously; leaves every other placeholder for the linter. */
export function fillPlaceholders(line: string, world: World): string {
	let filled = line;
	if (NODE_PLACEHOLDER.test(filled)) {
		const notReady = listIn<Node>(world, world.currentContext, 'nodes').filter((n) =>
			nodeStatus(n).startsWith('NotReady')
		);
		if (notReady.length === 1)
			filled = filled.replace(new RegExp(NODE_PLACEHOLDER, 'gi'), notReady[0].metadata.name);
	}
	return fixContainer(filled, world);
}

/** `set image deploy/x wrong=img` → the workload's only container, when `wrong` is not one. */
function fixContainer(line: string, world: World): string {
	const command = classify(classifiable(line)).commands[0];
	if (command?.verb !== 'set image') return line;
	const s = subjectOfCommand(world, command);
	const containers = (objectOf(world, s)?.spec?.template?.spec?.containers ??
		[]) as Pod['spec']['containers'];
	if (containers.length !== 1) return line;
	const real = containers[0].name;
	return line.replace(/(\s)([\w-]+)=(\S+)/, (whole, space: string, name: string, image: string) =>
		name === real || name.startsWith('-') ? whole : `${space}${real}=${image}`
	);
}

/** The read-only command reads exactly the object the action changes. */
function reads(world: World, look: ClassifiedCommand, action: ClassifiedCommand): boolean {
	if (!READ_VERBS.has(look.verb) || !look.target || !action.target) return false;
	const a = subjectOfCommand(world, action);
	const l = subjectOfCommand(world, look);
	return (
		a.context === l.context &&
		a.namespace === l.namespace &&
		a.name !== undefined &&
		look.target.names.includes(a.name) &&
		a.resource !== undefined &&
		l.resource !== undefined &&
		resourceKey(a.resource) === resourceKey(l.resource)
	);
}

function withLook(plan: Plan, look: string | undefined): Plan {
	return look
		? { ...plan, preflight: { ...plan.preflight, command: look, reads: undefined } }
		: plan;
}

export function draftFromRunbook(markdown: string, world: World, now: number): GuardedStep[] {
	const steps: GuardedStep[] = [];
	let looks: string[] = [];
	for (const { line: raw, title } of runbookCommands(markdown)) {
		const line = fillPlaceholders(raw, world);
		const classified = classify(classifiable(line));
		if (classified.class === 'read-only') {
			looks.push(line);
			continue;
		}
		const action = mainCommand(line);
		const look = action
			? looks
					.filter((l) => classify(l).commands.length === 1)
					.reverse()
					.find((l) => reads(world, classify(l).commands[0], action))
			: undefined;
		looks = [];
		const unfilled = /<[^<>\n]+>/.exec(line)?.[0];
		const plan = { ...withLook(planFromCommand(line, world), look), ...(unfilled && { unfilled }) };
		steps.push(
			guardPlan(plan, world, now, {
				step: steps.length + 1,
				title: title ?? line,
				staleFlags: unfilled ? [] : stalenessOfCommand(world, now, plan.action)
			})
		);
	}
	return steps;
}
