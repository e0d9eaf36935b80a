/**
 * `prepareScenario`: the world a scenario starts from, seen at t = -history. A built-in world is
 * seen at its own time (so t = 0 is that plus `history`); manifests are built at `start` minus
 * `history`. The built-in's contexts come first, then the scenario's own. Timeline events at
 * exactly -history are applied here; later ones are `timeline.ts`'s. Problems are values with the
 * scenario path they concern, never thrown.
 */
import { BUILTIN_CLUSTERS } from '../cluster/builtin/index';
import type { Cluster, KubeContext, World } from '../cluster/types';
import { formatDuration } from './format-offset';
import {
	buildContext,
	contextObjects,
	type PrepareProblem,
	type ReadFile
} from './context-clusters';
import { runEvent } from './run-event';
import type { Scenario, TimelineEvent } from './schema';

export type { PrepareProblem, ReadFile } from './context-clusters';

export interface Prepared {
	scenario: Scenario;
	/** The world at t = -history. */
	world: World;
	/** Virtual ms at t = -history. */
	now: number;
	/** Virtual ms at t = 0. */
	t0: number;
}

export type Prepare = { ok: true; prepared: Prepared } | { ok: false; problems: PrepareProblem[] };

/** t = 0 of a scenario built from manifests that gives no `start`. */
export const DEFAULT_START = Date.parse('2026-03-14T09:41:00Z');
/** Seed of a scenario's own clusters when it gives none (context i gets seed + i, after a built-in's). */
export const DEFAULT_SEED = 20260314;

const NO_FILES: ReadFile = () => undefined;

export function prepareScenario(scenario: Scenario, readFile: ReadFile = NO_FILES): Prepare {
	const spec = scenario.world;
	const problems: PrepareProblem[] = [];
	let base: { world: World; now: number } | undefined;
	if (spec.builtin !== undefined) {
		const make = BUILTIN_CLUSTERS[spec.builtin];
		if (!make) {
			const names = Object.keys(BUILTIN_CLUSTERS).join(', ');
			problems.push({
				path: ['world', 'builtin'],
				message: `no built-in world "${spec.builtin}" (built-in: ${names})`
			});
		} else base = make(spec.seed);
	} else if (spec.contexts.length === 0)
		problems.push({ path: ['world'], message: 'give a builtin world or at least one context' });
	const now = base?.now ?? (spec.start ? Date.parse(spec.start) : DEFAULT_START) - spec.history;
	const world = composeWorld(scenario, base?.world, now, readFile, problems);
	problems.push(...eventProblems(scenario, contextNames(scenario, base?.world), spec.history));
	if (problems.length > 0) return { ok: false, problems };
	const prepared = { scenario, world, now, t0: now + spec.history };
	return startingEvents(prepared);
}

/** The built-in's contexts and clusters, then the scenario's own, and the current context. */
function composeWorld(
	scenario: Scenario,
	builtin: World | undefined,
	now: number,
	readFile: ReadFile,
	problems: PrepareProblem[]
): World {
	const spec = scenario.world;
	const contexts: KubeContext[] = [...(builtin?.contexts ?? [])];
	const clusters: Record<string, Cluster> = { ...builtin?.clusters };
	const seed = spec.seed ?? DEFAULT_SEED;
	// Past the built-in's seeds (it takes seed, seed + 1, …), so no two clusters share uids.
	const offset = builtin?.contexts.length ?? 0;
	const names = new Set(contexts.map((c) => c.name));
	const clusterNames = new Set(Object.keys(clusters));
	spec.contexts.forEach((ctx, i) => {
		const path = ['world', 'contexts', i];
		const clusterName = ctx.cluster ?? ctx.name;
		if (names.has(ctx.name))
			problems.push({ path: [...path, 'name'], message: `context "${ctx.name}" is defined twice` });
		else if (clusterNames.has(clusterName))
			problems.push({
				path: [...path, ctx.cluster ? 'cluster' : 'name'],
				message: `cluster "${clusterName}" is defined twice`
			});
		names.add(ctx.name);
		clusterNames.add(clusterName);
		const { objects, problems: found } = contextObjects(ctx, i, readFile);
		problems.push(...found);
		if (found.length > 0) return;
		const built = buildContext(ctx, objects, seed + offset + i, now);
		contexts.push(built.context);
		clusters[built.cluster.name] = built.cluster;
	});
	const current = spec.current ?? builtin?.currentContext ?? spec.contexts[0]?.name ?? '';
	if (spec.current !== undefined && !contextNames(scenario, builtin).includes(spec.current))
		problems.push({
			path: ['world', 'current'],
			message: unknownContext(scenario, builtin, current)
		});
	return { contexts, currentContext: current, clusters };
}

function contextNames(scenario: Scenario, builtin: World | undefined): string[] {
	const names = [
		...(builtin?.contexts.map((c) => c.name) ?? []),
		...scenario.world.contexts.map((c) => c.name)
	];
	return [...new Set(names)];
}

function unknownContext(scenario: Scenario, builtin: World | undefined, name: string): string {
	return `no context "${name}" (contexts: ${contextNames(scenario, builtin).join(', ')})`;
}

/** Events naming an unknown context, or set before the history the world starts at. */
function eventProblems(scenario: Scenario, names: string[], history: number): PrepareProblem[] {
	const problems: PrepareProblem[] = [];
	scenario.timeline.forEach((event, i) => {
		if (event.context !== undefined && !names.includes(event.context))
			problems.push({
				path: ['timeline', i, 'context'],
				message: `no context "${event.context}" (contexts: ${names.join(', ')})`
			});
		if (event.at < -history)
			problems.push({
				path: ['timeline', i, 'at'],
				message: `${formatDuration(event.at)} is before the history starts (${formatDuration(-history)}): make world.history at least ${formatDuration(-event.at)}`
			});
	});
	return problems;
}

/** Applies the events at exactly -history; one that fails is a problem of the scenario. */
function startingEvents(prepared: Prepared): Prepare {
	const { scenario, now } = prepared;
	let world = prepared.world;
	const problems: PrepareProblem[] = [];
	scenario.timeline.forEach((event: TimelineEvent, i) => {
		if (event.at !== -scenario.world.history) return;
		const outcome = runEvent(world, event, i, now);
		world = outcome.world;
		if (!outcome.ok)
			problems.push({
				path: ['timeline', i, event.kubectl ? 'kubectl' : 'apply'],
				message: outcome.message
			});
	});
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, prepared: { ...prepared, world } };
}
