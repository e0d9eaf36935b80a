/**
 * `prepareScenario`: the world a scenario starts from, seen at t = -history. A built-in world is
 * seen at its own time (so t = 0 is that plus `history`); manifests are built at `start` minus
 * `history`. The built-in's contexts come first, then the scenario's own. Timeline events at
 * exactly -history are applied here; later ones are `timeline.ts`'s. Problems are values with the
 * scenario path they concern, never thrown. `prepareLazily` knows the times and the problems
 * without building that world (a resume starts from its checkpoint instead).
 */
import { BUILTIN_CLUSTERS } from '../cluster/builtin/index';
import type { Cluster, KubeContext, KubeObject, World } from '../cluster/types';
import { formatDuration } from './format-offset';
import {
	buildContext,
	contextObjects,
	type PrepareProblem,
	type ReadFile
} from './context-clusters';
import { runEvent } from './run-event';
import type { ContextSpec, Scenario, TimelineEvent } from './schema';

export type { PrepareProblem, ReadFile } from './context-clusters';

export interface Prepared {
	scenario: Scenario;
	/** The world at t = -history (with `prepareLazily`, built when first read). */
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
	const planned = planScenario(scenario, readFile);
	if (!planned.ok) return planned;
	const { plan, now, t0 } = planned;
	return startingEvents({ scenario, world: buildWorld(plan, now), now, t0 });
}

/**
 * `prepareScenario` with the world at -history built only when first read: every check that
 * needs no world is made now, so a scenario that does not prepare says so here. For a resumed
 * run, which starts from its checkpoint (only scoring reads this world, later). A starting event
 * that fails is then skipped, as a failing timeline event is during a run; for the text and files
 * the run prepared from before, none does, and the world is `prepareScenario`'s.
 */
export function prepareLazily(scenario: Scenario, readFile: ReadFile = NO_FILES): Prepare {
	const planned = planScenario(scenario, readFile);
	if (!planned.ok) return planned;
	const { plan, now, t0 } = planned;
	let world: World | undefined;
	const build = () => applyStarting(scenario, buildWorld(plan, now), now).world;
	return {
		ok: true,
		prepared: {
			scenario,
			now,
			t0,
			get world() {
				return (world ??= build());
			}
		}
	};
}

/** One of the scenario's own contexts, its objects read and checked, to build at `now`. */
interface OwnContext {
	spec: ContextSpec;
	objects: KubeObject[];
	seed: number;
}

/** What the world at -history is made of: the built-in's contexts and clusters, then its own. */
interface WorldPlan {
	builtin: World | undefined;
	own: OwnContext[];
	current: string;
}

type Planned = { ok: true; plan: WorldPlan; now: number; t0: number } | (Prepare & { ok: false });

/** Every check that needs no world built, and the times: -history and t = 0. */
function planScenario(scenario: Scenario, readFile: ReadFile): Planned {
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
	const plan = planWorld(scenario, base?.world, readFile, problems);
	problems.push(...eventProblems(scenario, contextNames(scenario, base?.world), spec.history));
	if (problems.length > 0) return { ok: false, problems };
	return { ok: true, plan, now, t0: now + spec.history };
}

/** The built-in's contexts, then the scenario's own (read, not built), and the current context. */
function planWorld(
	scenario: Scenario,
	builtin: World | undefined,
	readFile: ReadFile,
	problems: PrepareProblem[]
): WorldPlan {
	const spec = scenario.world;
	const seed = spec.seed ?? DEFAULT_SEED;
	// Past the built-in's seeds (it takes seed, seed + 1, …), so no two clusters share uids.
	const offset = builtin?.contexts.length ?? 0;
	const names = new Set(builtin?.contexts.map((c) => c.name));
	const clusterNames = new Set(Object.keys(builtin?.clusters ?? {}));
	const own: OwnContext[] = [];
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
		if (found.length === 0) own.push({ spec: ctx, objects, seed: seed + offset + i });
	});
	const current = spec.current ?? builtin?.currentContext ?? spec.contexts[0]?.name ?? '';
	if (spec.current !== undefined && !contextNames(scenario, builtin).includes(spec.current))
		problems.push({
			path: ['world', 'current'],
			message: unknownContext(scenario, builtin, current)
		});
	return { builtin, own, current };
}

/** The world the plan describes, its own clusters built at `now`. */
function buildWorld({ builtin, own, current }: WorldPlan, now: number): World {
	const contexts: KubeContext[] = [...(builtin?.contexts ?? [])];
	const clusters: Record<string, Cluster> = { ...builtin?.clusters };
	for (const { spec, objects, seed } of own) {
		const built = buildContext(spec, objects, seed, now);
		contexts.push(built.context);
		clusters[built.cluster.name] = built.cluster;
	}
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

/** The events at exactly -history applied to `world`; the indexes of those that failed. */
function applyStarting(
	scenario: Scenario,
	world: World,
	now: number
): { world: World; failed: { index: number; message: string }[] } {
	const failed: { index: number; message: string }[] = [];
	scenario.timeline.forEach((event: TimelineEvent, i) => {
		if (event.at !== -scenario.world.history) return;
		const outcome = runEvent(world, event, i, now);
		world = outcome.world;
		if (!outcome.ok) failed.push({ index: i, message: outcome.message });
	});
	return { world, failed };
}

/** Applies the events at exactly -history; one that fails is a problem of the scenario. */
function startingEvents(prepared: Prepared): Prepare {
	const { scenario, now } = prepared;
	const { world, failed } = applyStarting(scenario, prepared.world, now);
	if (failed.length > 0)
		return {
			ok: false,
			problems: failed.map(({ index, message }) => {
				const event = scenario.timeline[index];
				return { path: ['timeline', index, event.kubectl ? 'kubectl' : 'apply'], message };
			})
		};
	return { ok: true, prepared: { ...prepared, world } };
}
