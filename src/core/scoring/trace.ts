/**
 * The world of a run, rebuilt from its event log: from t=0 the scenario's timeline and the
 * controllers move it on, and every command that changed something is run again at its virtual
 * time (the audit's command text is kubectl's own argv). Kept: the world just before the events
 * the rubric asks about, and the SLIs on a grid (every 15 s, plus the run's end) — then on past
 * the end for the resolution window, to see whether the state the trainee left stays mitigated.
 */
import type { World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import type { RunEvent } from '../rehearsal/schema';
import { resolutionHolds, slisAt, type Sli } from '../scenario/health';
import type { Prepared } from '../scenario/prepare';
import { advanceScenario, sampleScenario, scenarioAt } from '../scenario/timeline';
import { parse } from '../shell/tokenize';

/** Virtual ms between SLI samples. */
export const GRID_MS = 15_000;

export interface Moment {
	world: World;
	/** Absolute virtual ms. */
	now: number;
	t: number;
}

export interface Sample {
	t: number;
	slis: Record<string, Sli>;
	/** The scenario's resolution condition holds. */
	holds: boolean;
}

export interface Trace {
	/** The world just before each event asked for, by seq. */
	moments: Map<number, Moment>;
	/** From t=0 to `endT + extendMs`, in order of t. */
	samples: Sample[];
	/** t of the run's last event (0 for an empty log). */
	endT: number;
}

/** The kubectl argv of an audit command (`kubectl scale deploy/x …`). */
function argvOf(command: string): string[] | undefined {
	const parsed = parse(command);
	if (!parsed.ok || parsed.list.length !== 1 || parsed.list[0].stages.length !== 1)
		return undefined;
	const words = parsed.list[0].stages[0].words;
	return words[0] === 'kubectl' || words[0] === 'k' ? words.slice(1) : words;
}

/** Commands that change the world, kubeconfig included (`config use-context`). */
function changesWorld(event: RunEvent): event is Extract<RunEvent, { kind: 'command' }> {
	return (
		event.kind === 'command' && (event.record.mutating || event.record.verb.startsWith('config '))
	);
}

function sampleOf(prepared: Prepared, world: World, now: number, t: number): Sample {
	const health = prepared.scenario.health;
	return {
		t,
		slis: slisAt(health, world, now, t),
		holds: resolutionHolds(health, world, now, t)
	};
}

export function traceRun(
	prepared: Prepared,
	events: readonly RunEvent[],
	want: ReadonlySet<number>,
	extendMs: number
): Trace {
	const t0 = prepared.t0;
	let world = scenarioAt(prepared, 0).world;
	let now = t0;
	let grid = 0;
	const moments = new Map<number, Moment>();
	const samples: Sample[] = [];
	const moveTo = (at: number) => {
		if (at <= now) return;
		world = advanceScenario(prepared, world, now, at).world;
		now = at;
	};
	const sampleUntil = (limitT: number, inclusive: boolean) => {
		while (grid < limitT || (inclusive && grid === limitT)) {
			moveTo(t0 + grid);
			samples.push(sampleOf(prepared, world, now, grid));
			grid += GRID_MS;
		}
	};
	for (const event of events) {
		sampleUntil(event.t, false);
		if (want.has(event.seq)) {
			moveTo(event.at);
			moments.set(event.seq, { world, now: Math.max(now, event.at), t: event.t });
		}
		if (!changesWorld(event)) continue;
		const argv = argvOf(event.record.command);
		if (!argv) continue;
		moveTo(event.at);
		const r = runKubectl(world, argv, event.at);
		world = r.audit.mutating
			? advanceScenario(prepared, r.world, event.at, event.at).world
			: r.world;
	}
	const endT = events.length > 0 ? Math.max(0, events[events.length - 1].t) : 0;
	sampleUntil(endT, true);
	if (samples[samples.length - 1]?.t !== endT) {
		moveTo(t0 + endT);
		samples.push(sampleOf(prepared, world, now, endT));
	}
	sampleUntil(endT + extendMs, true);
	return { moments, samples, endT };
}

const baselines = new WeakMap<Prepared, Map<number, Sample[]>>();

/** The same samples up to `endT` had nobody touched anything (cached per scenario and end). */
export function baselineSamples(prepared: Prepared, endT: number): Sample[] {
	let cache = baselines.get(prepared);
	if (!cache) baselines.set(prepared, (cache = new Map()));
	const hit = cache.get(endT);
	if (hit) return hit;
	const out: Sample[] = [];
	let last = { world: prepared.world, now: prepared.now };
	for (const s of sampleScenario(prepared, 0, endT, GRID_MS)) {
		out.push(sampleOf(prepared, s.world, s.now, s.t));
		last = s;
	}
	if (out[out.length - 1]?.t !== endT) {
		const at = prepared.t0 + endT;
		const world = advanceScenario(prepared, last.world, last.now, at).world;
		out.push(sampleOf(prepared, world, at, endT));
	}
	cache.set(endT, out);
	return out;
}
