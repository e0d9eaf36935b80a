/**
 * An explicit command line → the plan of its guarded step: the line is the action (or, when it
 * only reads, the look of a read-only step) and the pre-flight is the targeted `get` of what it
 * points at — found by `classify`, which parses the line as kubectl would.
 */
import { resolveResourceType } from '../cluster/resources';
import type { World } from '../cluster/types';
import { classify, type ClassifiedCommand } from '../guard/classify';
import type { Plan } from './from-intent';
import {
	contextCheck,
	drainCheck,
	kubectl,
	nodeCheck,
	objectCheck,
	podsCheck,
	type Check
} from './preflight';
import { defaultNamespace, placeOf, type Subject } from './subject';

/** `$ kubectl …`, `kubectl …` or `scale …`: the line as a kubectl command line. */
export function normalizeCommand(line: string): string {
	const bare = line.trim().replace(/^\$\s+/, '');
	return /^kubectl(\s|$)/.test(bare) ? bare : `kubectl ${bare}`;
}

/**
 * The line with every `<placeholder>` replaced by a plain word, so that classifying it sees the
 * command a runbook meant (`<new pod>` would otherwise read as a shell redirection).
 */
export function classifiable(line: string): string {
	return line.replace(/<[^<>\n]+>/g, 'placeholder');
}

/** The first command of the line that changes something (or the first, when none does). */
export function mainCommand(line: string): ClassifiedCommand | undefined {
	const { commands } = classify(classifiable(line));
	return commands.find((c) => c.class !== 'read-only') ?? commands[0];
}

/** Where a parsed command points, as a subject (its first named object, or its selection). */
export function subjectOfCommand(world: World, command: ClassifiedCommand): Subject {
	const target = command.target;
	const context = target?.context ?? world.currentContext;
	const otherContext = context !== world.currentContext;
	const resource = target?.resources[0] ? resolveResourceType(target.resources[0]) : undefined;
	const namespaced = resource?.namespaced ?? true;
	const namespace = namespaced
		? (target?.namespace ?? defaultNamespace(world, context))
		: undefined;
	const name = target?.names[0];
	return {
		context,
		otherContext,
		...(resource && { resource, typed: resource.singularName }),
		...(name !== undefined && { name }),
		...(namespace !== undefined && { namespace }),
		...(target?.selector && { selector: target.selector })
	};
}

function checkFor(world: World, command: ClassifiedCommand, s: Subject): Check {
	switch (command.verb) {
		case 'cordon':
		case 'uncordon':
			return nodeCheck(world, s, command.verb);
		case 'drain':
			return drainCheck(world, s);
		case 'config use-context':
			return contextCheck(world, command.argv[command.argv.length - 1] ?? '');
	}
	if (s.name !== undefined && s.resource)
		return objectCheck(world, s, { hpa: command.verb === 'scale' });
	if (s.resource?.name === 'pods' || (!s.resource && s.selector)) return podsCheck(world, s);
	const what = s.resource?.name ?? 'all';
	const selector = s.selector ? ` -l ${s.selector}` : '';
	return {
		command: `${kubectl(`get ${what}`, s)}${selector} -o wide`,
		expect: `the ${what} the command acts on are listed${placeOf(s)}`,
		stop: { text: `nothing the command would act on is listed${placeOf(s)}` }
	};
}

export function planFromCommand(line: string, world: World): Plan {
	const action = normalizeCommand(line);
	const command = mainCommand(action);
	if (!command)
		return {
			preflight: {
				command: 'kubectl config current-context',
				expect: `the current context is ${world.currentContext}`,
				stop: { text: `the current context is not ${world.currentContext}` }
			},
			action,
			readOnly: false
		};
	const s = subjectOfCommand(world, command);
	return {
		preflight: checkFor(world, command, s),
		action,
		readOnly: command.class === 'read-only'
	};
}
