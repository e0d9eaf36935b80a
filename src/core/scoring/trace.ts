/**
 * The world of a run, rebuilt from its event log: from t=0 the scenario's timeline and the
 * controllers move it on, and every command that changed something is run again at its virtual
 * time (the audit's command text is kubectl's own argv). Kept: the world just before the events
 * the rubric asks about, and the SLIs on a grid (every 15 s, plus the run's end) — then on past
 * the end for the resolution window, to see whether the state the trainee left stays mitigated.
 *
 * A `Tracer` does this one event at a time, so a host that sees the log grow (the runtime, as the
 * run happens) pays for the rebuild as it goes and a score at the end only walks the tail — or
 * nothing, once `settle` walked it while the run was idle. Each event it takes is analysed for the
 * rubric there and then (analyse.ts). `traceRun` is the same walk over a whole log at once; both
 * give the same `Trace`.
 */
import type { World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import type { RunEvent } from '../rehearsal/schema';
import { resolutionHoldsWith, slisAt, type Sli } from '../scenario/health';
import type { Prepared } from '../scenario/prepare';
import { advanceScenario, sampleScenario, scenarioAt } from '../scenario/timeline';
import { parse } from '../shell/tokenize';
import { analyseEvent } from './analyse';
import { WantGuess } from './trace-want';

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

/** The argv to run again for a command that changed the world (kubeconfig included), if any. */
function replayArgv(event: RunEvent): string[] | undefined {
	if (event.kind !== 'command') return undefined;
	if (!event.record.mutating && !event.record.verb.startsWith('config ')) return undefined;
	return argvOf(event.record.command);
}

function sampleOf(prepared: Prepared, world: World, now: number, t: number): Sample {
	const health = prepared.scenario.health;
	const slis = slisAt(health, world, now, t);
	return { t, slis, holds: resolutionHoldsWith(health, world, now, t, slis) };
}

/** Where the walk stands: the world at `now`, and the next grid offset to sample. */
interface Cursor {
	world: World;
	now: number;
	grid: number;
	/** Samples so far (owned by the cursor: copied before a rewound walk appends). */
	samples: Sample[];
}

/** What one event did to the walk, enough to rewind to it or read its moment. */
interface Step {
	event: RunEvent;
	/** The cursor before the event (its samples' length: the array only grows). */
	before: { world: World; now: number; grid: number; samples: number };
	/** The world just before the event: what a moment of it shows. */
	pre: { world: World; now: number };
	/** Whether asking for its moment moved the clock (something else would not have). */
	moved: boolean;
	/** The clock after the grid samples up to it, before any move for the event itself. */
	midNow: number;
}

export class Tracer {
	readonly #prepared: Prepared;
	readonly #cursor: Cursor;
	readonly #steps: Step[] = [];
	readonly #guess: WantGuess;
	readonly #known: ReadonlySet<number> | undefined;
	/** The walk past the run's end for the events taken so far (as guessed), once made. */
	#tail: { extendMs: number; samples: Sample[] } | undefined;

	/** `want`, when the events asked about are known already (traceRun): no guessing. */
	constructor(prepared: Prepared, want?: ReadonlySet<number>) {
		this.#prepared = prepared;
		this.#cursor = { world: scenarioAt(prepared, 0).world, now: prepared.t0, grid: 0, samples: [] };
		this.#guess = new WantGuess(prepared.scenario);
		this.#known = want;
	}

	/** The scenario it traces. */
	get prepared(): Prepared {
		return this.#prepared;
	}

	/** Events taken so far. */
	get size(): number {
		return this.#steps.length;
	}

	/**
	 * Takes the log (in seq order) from where it left off: `events` is the log from position `from`
	 * on (the whole log when 0; a log shorter than what it holds drops the rest). Events it has
	 * already taken are skipped; from the first that differs, it rewinds and takes the rest again.
	 * Events that would leave a gap (`from` past what it holds) are not taken.
	 */
	ingest(events: readonly RunEvent[], from = 0): void {
		const steps = this.#steps;
		if (from > steps.length) return;
		let i = 0;
		while (
			i < events.length &&
			from + i < steps.length &&
			sameEvent(steps[from + i].event, events[i])
		)
			i++;
		const whole = from === 0;
		if (from + i < steps.length && (whole || i < events.length)) this.#rewind(from + i);
		for (; i < events.length; i++) this.#add(events[i]);
	}

	/**
	 * Walks past the run's end now (for `extendMs`, as `trace` would), so a `trace` of the log as it
	 * stands, asking for the moments guessed, walks nothing; and samples the no-action baseline to
	 * the same end. For a host to call while the run is idle; the next event undoes it.
	 */
	settle(extendMs: number): void {
		if (this.#tail?.extendMs === extendMs) return;
		const cursor = { ...this.#cursor, samples: [...this.#cursor.samples] };
		finish(this.#prepared, cursor, this.#endT(), extendMs);
		this.#tail = { extendMs, samples: cursor.samples };
		baselineSamples(this.#prepared, this.#endT());
	}

	/** The trace of the log taken so far, asking for the moments of `want`, `extendMs` past its end. */
	trace(want: ReadonlySet<number>, extendMs: number): Trace {
		const prepared = this.#prepared;
		const steps = this.#steps;
		const split = steps.findIndex((s) => asked(s, want.has(s.event.seq)) !== s.moved);
		const moments = new Map<number, Moment>();
		const kept = split < 0 ? steps : steps.slice(0, split);
		for (const s of kept) if (want.has(s.event.seq)) moments.set(s.event.seq, momentOf(s));
		const endT = this.#endT();
		if (split < 0) {
			this.settle(extendMs);
			return { moments, samples: [...this.#tail!.samples], endT };
		}
		// A moment asked for differs from the guess and moved the clock: walk again from there.
		const b = steps[split].before;
		const cursor: Cursor = { ...b, samples: this.#cursor.samples.slice(0, b.samples) };
		for (const s of steps.slice(split)) {
			const step = walk(prepared, cursor, s.event, want.has(s.event.seq));
			if (want.has(s.event.seq)) moments.set(s.event.seq, momentOf(step));
		}
		finish(prepared, cursor, endT, extendMs);
		return { moments, samples: cursor.samples, endT };
	}

	/** t of the last event taken (0 for none). */
	#endT(): number {
		const last = this.#steps[this.#steps.length - 1]?.event;
		// A run that ends idle (a trailing `wait`) ends when the wait does.
		const idle = last?.kind === 'act' && last.act.act === 'wait' ? last.act.seconds * 1000 : 0;
		return last ? Math.max(0, last.t + idle) : 0;
	}

	#add(event: RunEvent): void {
		const wanted = this.#known ? this.#known.has(event.seq) : this.#guess.take(event);
		const step = walk(this.#prepared, this.#cursor, event, wanted);
		this.#steps.push(step);
		this.#tail = undefined;
		const seen = wanted || replayArgv(event) !== undefined;
		analyseEvent(this.#prepared, event, seen ? momentOf(step) : undefined);
	}

	#rewind(to: number): void {
		this.#tail = undefined;
		const b = this.#steps[to].before;
		Object.assign(this.#cursor, { world: b.world, now: b.now, grid: b.grid });
		this.#cursor.samples.length = b.samples;
		this.#steps.length = to;
		this.#guess.reset();
		for (const s of this.#steps) this.#guess.take(s.event);
	}
}

function sameEvent(a: RunEvent, b: RunEvent): boolean {
	return a === b || (a.seq === b.seq && a.kind === b.kind && a.at === b.at && a.t === b.t);
}

/** Whether asking for this event's moment moves the clock (a change to run moves it anyway). */
function asked(s: Step, wanted: boolean): boolean {
	return wanted && s.midNow < s.event.at && !replayArgv(s.event);
}

function momentOf(s: Step): Moment {
	return { world: s.pre.world, now: Math.max(s.pre.now, s.event.at), t: s.event.t };
}

function moveTo(prepared: Prepared, c: Cursor, at: number): void {
	if (at <= c.now) return;
	c.world = advanceScenario(prepared, c.world, c.now, at).world;
	c.now = at;
}

function sampleUntil(prepared: Prepared, c: Cursor, limitT: number, inclusive: boolean): void {
	while (c.grid < limitT || (inclusive && c.grid === limitT)) {
		moveTo(prepared, c, prepared.t0 + c.grid);
		c.samples.push(sampleOf(prepared, c.world, c.now, c.grid));
		c.grid += GRID_MS;
	}
}

/** One event: the grid up to it, its moment if `wanted`, and the change it made run again. */
function walk(prepared: Prepared, c: Cursor, event: RunEvent, wanted: boolean): Step {
	const before = { world: c.world, now: c.now, grid: c.grid, samples: c.samples.length };
	sampleUntil(prepared, c, event.t, false);
	const midNow = c.now;
	const argv = replayArgv(event);
	const moved = wanted && midNow < event.at && !argv;
	if (wanted || argv) moveTo(prepared, c, event.at);
	const pre = { world: c.world, now: c.now };
	if (argv) {
		const r = runKubectl(c.world, argv, event.at);
		c.world = r.audit.mutating
			? advanceScenario(prepared, r.world, event.at, event.at).world
			: r.world;
	}
	return { event, before, pre, moved, midNow };
}

/** The samples up to the run's end (and at it), then on for `extendMs`. */
function finish(prepared: Prepared, c: Cursor, endT: number, extendMs: number): void {
	sampleUntil(prepared, c, endT, true);
	if (c.samples[c.samples.length - 1]?.t !== endT) {
		moveTo(prepared, c, prepared.t0 + endT);
		c.samples.push(sampleOf(prepared, c.world, c.now, endT));
	}
	sampleUntil(prepared, c, endT + extendMs, true);
}

export function traceRun(
	prepared: Prepared,
	events: readonly RunEvent[],
	want: ReadonlySet<number>,
	extendMs: number
): Trace {
	const tracer = new Tracer(prepared, want);
	tracer.ingest(events);
	return tracer.trace(want, extendMs);
}

interface Baseline {
	/** Grid samples so far, each with the world it was taken in. */
	grid: { sample: Sample; world: World; now: number }[];
	byEnd: Map<number, Sample[]>;
}

const baselines = new WeakMap<Prepared, Baseline>();

/** The same samples up to `endT` had nobody touched anything (cached per scenario and end). */
export function baselineSamples(prepared: Prepared, endT: number): Sample[] {
	let b = baselines.get(prepared);
	if (!b) baselines.set(prepared, (b = { grid: [], byEnd: new Map() }));
	const hit = b.byEnd.get(endT);
	if (hit) return hit;
	// The grid is the same whatever the end: go on from where an earlier call left it.
	const from = b.grid.length * GRID_MS;
	const start = b.grid[b.grid.length - 1] ?? prepared;
	for (const s of sampleScenario(prepared, from, endT, GRID_MS, start))
		b.grid.push({ sample: sampleOf(prepared, s.world, s.now, s.t), world: s.world, now: s.now });
	const upTo = b.grid.filter((g) => g.sample.t <= endT);
	const out = upTo.map((g) => g.sample);
	if (out[out.length - 1]?.t !== endT) {
		const last = upTo[upTo.length - 1] ?? prepared;
		const at = prepared.t0 + endT;
		const world = advanceScenario(prepared, last.world, last.now, at).world;
		out.push(sampleOf(prepared, world, at, endT));
	}
	// A settling host asks for each end the run reaches: keep the latest few.
	if (b.byEnd.size >= 16) b.byEnd.delete(b.byEnd.keys().next().value as number);
	b.byEnd.set(endT, out);
	return out;
}
