/**
 * `wrong-target`: with the step's ground truth at hand, the action must act where the step's
 * intent says — the same context, namespace and object. An inspect step's action must not change
 * anything at all (the injection-following `delete namespace payments` is caught here too).
 */
import { resolveResourceType, resourceKey } from '../../cluster/resources';
import type { World } from '../../cluster/types';
import { findContext } from '../../cluster/world';
import type { Intent } from '../../scenario/schema';
import { classify } from '../classify';
import type { ClassifiedCommand } from '../classification';
import type { Facts, Finding } from '../lint-types';
import { actionRun } from './action-sim';
import { placeOf } from './place';
import { describeMiss, valueMisses } from './wrong-value';
import { error, quote } from './say';

interface Aim {
	context: string;
	namespace?: string;
	/** Store key and name; absent for a context switch. */
	resource?: string;
	name?: string;
}

const keyOf = (typed: string) => {
	const type = resolveResourceType(typed);
	return type ? resourceKey(type) : typed.toLowerCase();
};

const namespaced = (key: string) => resolveResourceType(key)?.namespaced !== false;

function aimOfCommand(world: World, command: ClassifiedCommand): Aim {
	const place = placeOf(world, command);
	if (command.verb === 'config use-context')
		return { context: command.argv[command.argv.indexOf('use-context') + 1] ?? '' };
	const resource = command.target?.resources[0];
	return {
		context: place.context,
		...(resource && namespaced(resource) && { namespace: place.namespace }),
		...(resource && { resource }),
		...(command.target?.names[0] !== undefined && { name: command.target.names[0] })
	};
}

function aimOfIntent(world: World, intent: Intent): Aim | undefined {
	const context = ('context' in intent && intent.context) || world.currentContext;
	const defaultNs = findContext(world, context)?.namespace ?? 'default';
	switch (intent.kind) {
		case 'inspect':
			return undefined;
		case 'use-context':
			return { context: intent.context };
		case 'cordon':
		case 'uncordon':
		case 'drain':
			return { context, resource: 'nodes', name: intent.node };
		case 'command': {
			const first = classify(intent.command).commands.find((c) => c.class !== 'read-only');
			return first ? aimOfCommand(world, first) : undefined;
		}
		default: {
			const [typed, name] = intent.target.split('/');
			const resource = keyOf(typed);
			return {
				context,
				...(namespaced(resource) && { namespace: intent.namespace ?? defaultNs }),
				resource,
				name
			};
		}
	}
}

const where = (aim: Aim) =>
	aim.resource
		? `${resolveResourceType(aim.resource)?.singularName ?? aim.resource} ${aim.name ?? ''}`.trim() +
			(aim.namespace ? ` in namespace ${aim.namespace}` : '') +
			` on ${aim.context}`
		: `context ${aim.context}`;

const normal = (line: string) =>
	line
		.trim()
		.replace(/\s+/g, ' ')
		.replace(/^kubectl /, '');

export function wrongTargetRule(facts: Facts): Finding[] {
	const step = facts.ctx.step;
	if (!step) return [];
	const { line, classification } = facts.commands['action.command'];
	if (step.truth.actions.some((a) => normal(a) === normal(line))) return [];
	const change = classification.commands.find((c) => c.class !== 'read-only' && c.verb !== '');
	if (!change) return [];
	const { world } = facts.ctx;
	const acts = aimOfCommand(world, change);
	const say = (why: string) => [
		error('wrong-target', 'action.command', `action ${quote(line)} ${why}`)
	];
	if (step.intent.kind === 'inspect')
		return say(
			`changes ${where(acts)}, but step ${facts.draft.step} (${step.title}) only looks: it must not change anything`
		);
	const meant = aimOfIntent(world, step.intent);
	if (!meant) return [];
	if (acts.context !== meant.context)
		return say(`acts on context ${acts.context}; this step is for ${meant.context}`);
	if (meant.resource === undefined) return [];
	const sameObject = acts.resource === meant.resource && acts.name === meant.name;
	if (sameObject && acts.namespace === meant.namespace) {
		const run = actionRun(facts);
		const misses = run && meant.name ? valueMisses(step.intent, meant.name, run.changes) : [];
		return misses.length
			? say(`sets ${misses.map(describeMiss).join(', ')} (${step.intent.kind} in the runbook)`)
			: [];
	}
	return say(`acts on ${where(acts)}; this step is about ${where(meant)}`);
}
