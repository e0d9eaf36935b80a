/**
 * A prepared scenario moving through virtual time: the controllers run between events, each event
 * is applied at its time (in order of `at`, ties in the order written) and the controllers answer
 * it at once. `advanceScenario` is the step a rehearsal's Session takes (see `scenarioAdvance`);
 * `scenarioAt` and `sampleScenario` look at the world at offsets from t = 0.
 */
import { advanceWorld } from '../cluster/advance';
import type { World } from '../cluster/types';
import type { Prepared } from './prepare';
import { runEvent } from './run-event';
import type { Scenario, TimelineEvent } from './schema';

export interface FailedEvent {
	/** Index of the event in `scenario.timeline`. */
	event: number;
	message: string;
}

export interface Advanced {
	world: World;
	/** Events applied, in the order they happened. */
	happened: TimelineEvent[];
	failed: FailedEvent[];
}

export interface ScenarioMoment {
	world: World;
	now: number;
	/** Every event applied so far, from -history on. */
	happened: TimelineEvent[];
	failed: FailedEvent[];
}

interface Indexed {
	event: TimelineEvent;
	index: number;
}

const orders = new WeakMap<Scenario, Indexed[]>();

/** The timeline in order of `at`; Array.prototype.sort is stable, so ties keep their order. */
function ordered(scenario: Scenario): Indexed[] {
	let order = orders.get(scenario);
	if (!order) {
		order = scenario.timeline.map((event, index) => ({ event, index }));
		order.sort((a, b) => a.event.at - b.event.at);
		orders.set(scenario, order);
	}
	return order;
}

/** Advances `world` from `from` to `to` (absolute ms), applying the events due in (from, to]. */
export function advanceScenario(
	prepared: Prepared,
	world: World,
	from: number,
	to: number
): Advanced {
	const happened: TimelineEvent[] = [];
	const failed: FailedEvent[] = [];
	let current = from;
	for (const { event, index } of ordered(prepared.scenario)) {
		const at = prepared.t0 + event.at;
		if (at <= from) continue;
		if (at > to) break;
		if (at > current) world = advanceWorld(world, current, at);
		current = at;
		const outcome = runEvent(world, event, index, at);
		world = outcome.world;
		if (outcome.ok) happened.push(event);
		else failed.push({ event: index, message: outcome.message });
	}
	// Without an event at `to`, the controllers still get their pass there (also when from = to:
	// the Session's reconcile right after a mutating command).
	if (current < to || happened.length + failed.length === 0)
		world = advanceWorld(world, current, to);
	return { world, happened, failed };
}

/** How a rehearsal's Session moves time: the controllers and the scenario's timeline. */
export function scenarioAdvance(
	prepared: Prepared
): (world: World, from: number, to: number) => World {
	return (world, from, to) => advanceScenario(prepared, world, from, to).world;
}

/** The events applied while preparing (those at exactly -history). */
function startingEvents(prepared: Prepared): TimelineEvent[] {
	const start = -prepared.scenario.world.history;
	return prepared.scenario.timeline.filter((e) => e.at === start);
}

const CACHE_SIZE = 16;
const moments = new WeakMap<Prepared, Map<number, ScenarioMoment>>();

/** The world at offset `t` (ms from t = 0; no earlier than -history), timeline applied. Cached. */
export function scenarioAt(prepared: Prepared, t: number): ScenarioMoment {
	let cache = moments.get(prepared);
	if (!cache) moments.set(prepared, (cache = new Map()));
	const hit = cache.get(t);
	if (hit) return hit;
	const now = Math.max(prepared.t0 + t, prepared.now);
	const moved =
		now > prepared.now
			? advanceScenario(prepared, prepared.world, prepared.now, now)
			: { world: prepared.world, happened: [], failed: [] };
	const moment = {
		world: moved.world,
		now,
		happened: [...startingEvents(prepared), ...moved.happened],
		failed: moved.failed
	};
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
	cache.set(t, moment);
	return moment;
}

/**
 * Samples from offset `from` to `to` (inclusive) every `step` ms, in one pass: each sample is the
 * previous one moved on. Offsets before -history see the world at -history. `start` goes on from
 * a sample taken earlier (its world and now) instead of from the prepared world.
 */
export function* sampleScenario(
	prepared: Prepared,
	from: number,
	to: number,
	step: number,
	start: { world: World; now: number } = prepared
): Generator<{ t: number; now: number; world: World }> {
	if (!(step > 0)) throw new RangeError(`step must be positive, got ${step}`);
	let world = start.world;
	let now = start.now;
	for (let t = from; t <= to; t += step) {
		const target = Math.max(prepared.t0 + t, prepared.now);
		if (target > now) {
			world = advanceScenario(prepared, world, now, target).world;
			now = target;
		}
		yield { t, now: target, world };
	}
}
