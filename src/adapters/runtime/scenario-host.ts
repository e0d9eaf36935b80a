/**
 * A scenario hosted by the runtime: loaded, prepared, and run in a `Session` whose clock moves the
 * scenario's timeline (from t = 0, or from a checkpoint). What the timeline did is kept until the
 * next reply takes it. Also the calls that read the hosted scenario: draft, health, score — the
 * run's log, observed as it grows, is traced and analysed on the way, so its score is cheap.
 *
 * A resume builds nothing it would throw away, and keeps the worker free for the calls that put
 * the run back on screen: the tracer (it starts from the world at t = 0, run from -history) is
 * made, and the whole log observed after the resume is taken, in slices once the host is idle.
 */
import { decodeWorld } from '../../core/cluster/world-codec';
import { draftStep } from '../../core/drafting/planted';
import type { RunEvent } from '../../core/rehearsal/schema';
import { resolutionHolds, slisAt } from '../../core/scenario/health';
import { formatProblem, lintScenario } from '../../core/scenario/lint';
import { loadScenario } from '../../core/scenario/load';
import {
	prepareLazily,
	prepareScenario,
	type Prepared,
	type ReadFile
} from '../../core/scenario/prepare';
import { advanceScenario, scenarioAt } from '../../core/scenario/timeline';
import { extendMs, scoreRun } from '../../core/scoring/score';
import { Tracer } from '../../core/scoring/trace';
import { Session } from '../../core/shell/session';
import type { DraftReply, HappenedEvent, HealthSample, ScenarioLoad, Scored } from './runtime';

export interface HostedScenario {
	prepared: Prepared;
	session: Session;
	/** Timeline events since the last reply took them, in the order they happened. */
	happened: HappenedEvent[];
	/**
	 * The run's log as observed so far, rebuilt and analysed for the score as it grows. Made when
	 * first read (`traced` until then undefined): a resume has no other use for the world at t = 0.
	 */
	readonly tracer: Tracer;
	traced: Tracer | undefined;
	/** Observed batches the tracer has not taken yet (`from`: the first one's seq), oldest first. */
	backlog: { events: RunEvent[]; from: number }[];
	/** Idle work waiting: the backlog's next slice, or a `settle` of the tracer. */
	settling?: ReturnType<typeof setTimeout>;
}

export type Hosting = { ok: true; hosted: HostedScenario } | { ok: false; message: string };

/** Loads, prepares and starts the scenario; the first problem as `file:line:col: path: message`. */
export function hostScenario({ yaml, file, files, resume }: ScenarioLoad): Hosting {
	const loaded = loadScenario(yaml, file);
	if (!loaded.ok) {
		const first = loaded.problems.find((p) => p.severity === 'error') ?? loaded.problems[0];
		return {
			ok: false,
			message: first ? formatProblem(first) : `${file}: the scenario did not load`
		};
	}
	const readFile: ReadFile = (path) => (Object.hasOwn(files, path) ? files[path] : undefined);
	// A resume starts from its checkpoint: the world at -history waits until scoring reads it.
	const prepared = (resume ? prepareLazily : prepareScenario)(loaded.scenario, readFile);
	if (!prepared.ok) {
		// The linter places problems inside manifests and timeline entries exactly; ask it first.
		const linted = lintScenario(yaml, file, readFile).find((p) => p.severity === 'error');
		if (linted) return { ok: false, message: formatProblem(linted) };
		const p = prepared.problems[0];
		const at = loaded.locate(p.path);
		return {
			ok: false,
			message: `${file}:${at.line}:${at.column}: ${p.path.join('.')}: ${p.message}`
		};
	}
	const start = startAt(prepared.prepared, resume);
	if (!start.ok) return start;
	const hosted = startSession(prepared.prepared, start.world, start.now);
	// From t = 0 the tracer's start is the session's, cached: cheap now, and live batches go in.
	if (!resume) void hosted.tracer;
	return { ok: true, hosted };
}

function startAt(prepared: Prepared, resume: ScenarioLoad['resume']) {
	if (!resume) {
		const moment = scenarioAt(prepared, 0);
		return { ok: true as const, world: moment.world, now: moment.now };
	}
	const decoded = decodeWorld(resume.world);
	if (!decoded.ok) return { ok: false as const, message: `checkpoint: ${decoded.message}` };
	if (!Number.isFinite(resume.now))
		return { ok: false as const, message: `checkpoint: now is not a time (${resume.now})` };
	return { ok: true as const, world: decoded.world, now: resume.now };
}

function startSession(prepared: Prepared, world: Prepared['world'], now: number): HostedScenario {
	const { scenario, t0 } = prepared;
	const happened: HappenedEvent[] = [];
	const session = new Session({
		world,
		now,
		advance: (current, from, to) => {
			const moved = advanceScenario(prepared, current, from, to);
			for (const event of moved.happened)
				happened.push({
					at: t0 + event.at,
					index: scenario.timeline.indexOf(event),
					by: event.by,
					note: event.note
				});
			return moved.world;
		}
	});
	return {
		prepared,
		session,
		happened,
		traced: undefined,
		backlog: [],
		get tracer() {
			return (this.traced ??= new Tracer(prepared));
		}
	};
}

/** Runbook step `step` (1-based) drafted against the world now, with its planted flaw if any. */
export function draftFor({ prepared, session }: HostedScenario, step: number): DraftReply {
	const steps = prepared.scenario.runbook.steps.length;
	if (!Number.isInteger(step) || step < 1 || step > steps)
		return {
			ok: false,
			message: `no step ${step}: the runbook has ${steps} step${steps === 1 ? '' : 's'}`
		};
	const { world, now } = session;
	const drafted = draftStep({
		scenario: prepared.scenario,
		stepIndex: step - 1,
		world,
		now,
		t: now - prepared.t0
	});
	return { ok: true, ...drafted };
}

export function healthOf({ prepared, session }: HostedScenario): HealthSample {
	const { world, now } = session;
	const t = now - prepared.t0;
	const health = prepared.scenario.health;
	return { t, slis: slisAt(health, world, now, t), holds: resolutionHolds(health, world, now, t) };
}

/**
 * How long the log must stay still before idle work starts (a few ms to tens each: worth doing
 * once the trainee pauses, not after each event of a burst).
 */
export const SETTLE_AFTER_MS = 250;
/** A batch up to this size is taken at once (a live event or line); larger ones wait for idle. */
export const LIVE_BATCH = 64;
/** Events taken per idle slice, so a call arriving meanwhile waits a few ms, not the whole log. */
export const SLICE = 50;

/**
 * Events the run logged (the log from `events[0].seq` on: seqs count from 0 without gaps), taken
 * into the scenario's tracer now when few and the tracer is made; else (a resume's whole log)
 * once the host is idle, a slice at a time. The walk past the run's end waits until then too.
 */
export function observeRun(hosted: HostedScenario, events: RunEvent[]): null {
	if (events.length === 0) return null;
	const { traced, backlog } = hosted;
	if (traced && backlog.length === 0 && events.length <= LIVE_BATCH)
		traced.ingest(events, events[0].seq);
	else backlog.push({ events, from: events[0].seq });
	idleIn(hosted, SETTLE_AFTER_MS);
	return null;
}

function idleIn(hosted: HostedScenario, ms: number): void {
	clearTimeout(hosted.settling);
	hosted.settling = setTimeout(() => idleSlice(hosted), ms);
}

/** One slice of idle work: the tracer made, or some backlog taken, or at last the settle. */
function idleSlice(hosted: HostedScenario): void {
	hosted.settling = undefined;
	if (!hosted.traced) void hosted.tracer;
	else if (!takeBacklog(hosted, SLICE)) return hosted.tracer.settle(extendMs(hosted.prepared));
	idleIn(hosted, 0);
}

/**
 * Takes up to `limit` events of the backlog (a whole batch where it does not carry the log on);
 * whether any is left.
 */
function takeBacklog(hosted: HostedScenario, limit: number): boolean {
	const { tracer, backlog } = hosted;
	const batch = backlog[0];
	if (!batch) return false;
	// A prefix of a batch is the same log only where the batch carries on from what is held.
	const take = batch.from === tracer.size ? Math.min(limit, batch.events.length) : Infinity;
	tracer.ingest(batch.events.slice(0, take), batch.from);
	batch.events = batch.events.slice(take);
	batch.from += take;
	if (batch.events.length === 0) backlog.shift();
	return backlog.length > 0;
}

/** Takes the backlog and walks past the end of the run observed, so a score now walks nothing. */
export function settleRun(hosted: HostedScenario): void {
	clearTimeout(hosted.settling);
	hosted.settling = undefined;
	while (takeBacklog(hosted, Infinity));
	hosted.tracer.settle(extendMs(hosted.prepared));
}

/** The run scored, from what the tracer took as it was observed (the whole log, if never). */
export function scoreOf(hosted: HostedScenario, events: RunEvent[]): Scored {
	clearTimeout(hosted.settling);
	hosted.settling = undefined;
	// The score takes the whole log: what waited is in it.
	hosted.backlog = [];
	return scoreRun(hosted.prepared, events, hosted.tracer);
}
