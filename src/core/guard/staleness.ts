/**
 * Staleness: a step's assumption checked against the state at `now` — the object is gone, is in
 * another namespace, is already at the target (replicas, image, cordoned, labels, a patch that
 * changes nothing), was already rolled back, or an HPA owns its replicas. Each flag carries the
 * kubectl output that shows it. `stalenessOfCommand` does the same for a bare action line.
 */
import type { World } from '../cluster/types';
import { findContext } from '../cluster/world';
import { parseCommandLine } from '../kubectl/parse';
import { commandText } from '../kubectl/run';
import { VERBS } from '../kubectl/verbs';
import type { Intent } from '../scenario/schema';
import { classify, type ClassifiedCommand } from './classify';
import { simulate } from './simulate';
import { intentsOf } from './command-intents';
import {
	imageFlags,
	locate,
	look,
	metadataFlags,
	nodeFlags,
	place,
	scaleFlags,
	undoFlags,
	type Place,
	type StaleFlag
} from './stale-checks';

export type { StaleFlag } from './stale-checks';

function split(ref: string): [string, string] {
	const at = ref.indexOf('/');
	return [ref.slice(0, at), ref.slice(at + 1)];
}

function patchFlags(
	p: Place,
	kind: string,
	intent: Extract<Intent, { kind: 'patch' }>
): StaleFlag[] {
	const [typed, name] = split(intent.target);
	const argv = ['patch', `${typed}/${name}`, '-n', p.namespace, '--type', intent.type];
	const full = [
		...argv,
		'-p',
		JSON.stringify(intent.patch),
		...(p.contextGiven ? ['--context', p.context] : [])
	];
	const sim = simulate(p.world, p.now, commandText(full));
	if (!sim.ok || sim.steps.some((s) => s.changes.length > 0)) return [];
	return [
		{
			reason: `the patch changes nothing: ${kind} ${name} already has these values`,
			evidence: sim.steps.map((s) => s.result.stdout.trimEnd()).join('\n')
		}
	];
}

function useContextFlags(world: World, now: number, context: string): StaleFlag[] {
	if (!findContext(world, context)) {
		const p = place(world, now);
		return [
			{
				reason: `context ${context} is not in the kubeconfig`,
				evidence: look(p, ['config', 'get-contexts'], false)
			}
		];
	}
	if (world.currentContext !== context) return [];
	return [
		{
			reason: `context ${context} is already the current context`,
			evidence: look(place(world, now), ['config', 'current-context'], false)
		}
	];
}

function inspectFlags(p: Place, selector: string): StaleFlag[] {
	const out = look(p, ['get', 'pods', '-l', selector]);
	if (!out.startsWith('No resources found')) return [];
	return [{ reason: `no pods match ${selector} in namespace ${p.namespace}`, evidence: out }];
}

function targetFlags(p: Place, intent: Intent): StaleFlag[] {
	if (intent.kind === 'inspect' || intent.kind === 'use-context' || intent.kind === 'command')
		return [];
	const [typed, name] =
		intent.kind === 'cordon' || intent.kind === 'uncordon' || intent.kind === 'drain'
			? ['node', intent.node]
			: split(intent.target);
	const loc = locate(p, typed, name);
	if (!loc.obj) return loc.flags;
	switch (intent.kind) {
		case 'scale':
			return scaleFlags(p, loc, intent.replicas);
		case 'set-image':
			return imageFlags(p, loc, intent.container, intent.image);
		case 'rollout-undo':
			return undoFlags(p, loc, intent.toRevision);
		case 'cordon':
		case 'uncordon':
		case 'drain':
			return nodeFlags(p, loc, intent.kind);
		case 'label':
			return metadataFlags(p, loc, 'labels', intent.set);
		case 'annotate':
			return metadataFlags(p, loc, 'annotations', intent.set);
		case 'patch':
			return patchFlags(p, loc.kind, intent);
		default:
			return [];
	}
}

export function staleness(world: World, now: number, intent: Intent): StaleFlag[] {
	if (intent.kind === 'command') return stalenessOfCommand(world, now, intent.command);
	if (intent.kind === 'use-context') return useContextFlags(world, now, intent.context);
	const namespace = 'namespace' in intent ? intent.namespace : undefined;
	const p = place(world, now, intent.context, namespace);
	if (intent.kind === 'inspect') {
		if (intent.target) return targetFlags(p, { ...intent, kind: 'delete', target: intent.target });
		return intent.selector ? inspectFlags(p, intent.selector) : [];
	}
	return targetFlags(p, intent);
}

/** A command the guard cannot turn into an intent: only "the object is gone" can be seen. */
function genericFlags(world: World, now: number, command: ClassifiedCommand): StaleFlag[] {
	const sim = simulate(world, now, commandText(command.argv));
	if (sim.ok || !/\(NotFound\)/.test(sim.message)) return [];
	const what = command.target?.names.join(', ') || 'the object';
	return [{ reason: `${what} not found`, evidence: sim.message }];
}

export function stalenessOfCommand(world: World, now: number, line: string): StaleFlag[] {
	const c = classify(line);
	const out: StaleFlag[] = [];
	const seen = new Set<string>();
	for (const command of c.commands) {
		if (command.class === 'read-only' || !command.verb) continue;
		const parsed = parseCommandLine(command.argv, VERBS);
		if (!parsed.ok) continue;
		const intents = intentsOf(parsed.inv);
		const flags = intents
			? intents.flatMap((i) => staleness(world, now, i))
			: genericFlags(world, now, command);
		for (const f of flags)
			if (!seen.has(f.reason)) {
				seen.add(f.reason);
				out.push(f);
			}
	}
	return out;
}
