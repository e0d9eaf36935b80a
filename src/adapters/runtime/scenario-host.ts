/**
 * A scenario hosted by the runtime: loaded, prepared, and run in a `Session` whose clock moves the
 * scenario's timeline (from t = 0, or from a checkpoint). What the timeline did is kept until the
 * next reply takes it. Also the calls that read the hosted scenario: draft, health, score — the
 * run's log, observed as it grows, is traced and analysed on the way, so its score is cheap.
 */
import { decodeWorld } from '../../core/cluster/world-codec';
import { draftStep } from '../../core/drafting/planted';
import type { RunEvent } from '../../core/rehearsal/schema';
import { resolutionHolds, slisAt } from '../../core/scenario/health';
import { formatProblem, lintScenario } from '../../core/scenario/lint';
import { loadScenario } from '../../core/scenario/load';
import { prepareScenario, type Prepared, type ReadFile } from '../../core/scenario/prepare';
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
	/** The run's log as observed so far, rebuilt and analysed for the score as it grows. */
	tracer: Tracer;
	/** A `settle` of the tracer waiting for the host to be idle. */
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
	const prepared = prepareScenario(loaded.scenario, readFile);
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
	return { ok: true, hosted: startSession(prepared.prepared, start.world, start.now) };
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
	return { prepared, session, happened, tracer: new Tracer(prepared) };
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
 * How long the log must stay still before the tracer walks past its end (a few ms to tens: worth
 * doing once the trainee pauses, not after each event of a burst).
 */
export const SETTLE_AFTER_MS = 250;

/**
 * Events the run logged (the log from `events[0].seq` on: seqs count from 0 without gaps), taken
 * into the scenario's tracer now; the walk past the run's end waits until the log is still.
 */
export function observeRun(hosted: HostedScenario, events: RunEvent[]): null {
	if (events.length === 0) return null;
	hosted.tracer.ingest(events, events[0].seq);
	clearTimeout(hosted.settling);
	hosted.settling = setTimeout(() => settleRun(hosted), SETTLE_AFTER_MS);
	return null;
}

/** Walks past the end of the run observed so far, so a score of it now walks nothing. */
export function settleRun(hosted: HostedScenario): void {
	clearTimeout(hosted.settling);
	hosted.settling = undefined;
	hosted.tracer.settle(extendMs(hosted.prepared));
}

/** The run scored, from what the tracer took as it was observed (the whole log, if never). */
export function scoreOf(hosted: HostedScenario, events: RunEvent[]): Scored {
	clearTimeout(hosted.settling);
	hosted.settling = undefined;
	return scoreRun(hosted.prepared, events, hosted.tracer);
}
