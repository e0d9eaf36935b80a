/**
 * The Runtime port: how the UI talks to a shell session that runs kubectl against the simulated
 * cluster. Every call is async so the session can live in a Web Worker (the in-page runtime) or
 * later a WebContainer; the direct runtime runs it on the page's own thread for tests and as the
 * fallback. Implementations: `worker-runtime.ts`, `direct-runtime.ts`; a fake for component
 * tests is `fake-runtime.ts`.
 */
import type { Completion as CompletionReply } from '../../core/shell/completion';
import type { DraftedStep } from '../../core/drafting/planted';
import type { CommandRecord, RunEvent } from '../../core/rehearsal/schema';
import type { Sli } from '../../core/scenario/health';
import type { ScoreReport } from '../../core/scoring/types';
import type { ClusterSnapshot } from './snapshot';

/** Where the session stands after a call: what the prompt and the clock need. */
export interface RuntimeStatus {
	/** Current kubeconfig context, e.g. `prod-us-east-1`. */
	context: string;
	/** The context's default namespace (`default` when it names none). */
	namespace: string;
	/** Virtual time in ms since the epoch. */
	now: number;
	/** True while a long-running command (`get -w`, `rollout status`) still holds the terminal. */
	running: boolean;
}

/** What one call printed, and its exit code once the command is over. */
export interface RuntimeReply {
	/** Terminal text; lines end in `\n` (the terminal turns them into `\r\n`). */
	output: string;
	/** Set when the command finished during this call. */
	exitCode?: number;
	status: RuntimeStatus;
	/**
	 * The commands of the running line the session's audit recorded that are over by the end of
	 * this call, in order, each at its virtual time: a command once the next one of its line has
	 * started, the rest when the line finishes — the last carrying the line's whole output
	 * (truncated as the rehearsal log keeps it). Absent when none.
	 */
	records?: RecordedCommand[];
	/** Scenario timeline events that happened during this call (scenario loaded only). */
	happened?: HappenedEvent[];
	/**
	 * With `records` or `happened`: how many records and timeline events the runtime has reported
	 * since `load`, these included — a reply's place in the order things happened, whatever order
	 * the replies reach the page in (`CheckpointReply.reported` counts the same way).
	 */
	reported?: number;
}

export interface RecordedCommand {
	/** Virtual ms. */
	at: number;
	record: CommandRecord;
}

export interface HappenedEvent {
	/** Virtual ms. */
	at: number;
	/** Index in `scenario.timeline`. */
	index: number;
	by: string;
	note: string;
}

/**
 * The world as plain JSON (Maps as entry arrays): what a checkpoint, IndexedDB and an export keep.
 * `encodeWorld`/`decodeWorld` in `core/cluster/world-codec.ts`.
 */
export type EncodedWorld = { encoding: 'preflight-world/1' } & Record<string, unknown>;

/** Where a rehearsal stands: enough to pick it up again exactly (clock and cluster). */
export interface Checkpoint {
	world: EncodedWorld;
	/** Virtual ms. */
	now: number;
}

/**
 * A checkpoint as `checkpoint()` answers it: the world and clock, and what had not been reported
 * yet — the running line's commands so far, the last with its output so far, and timeline
 * events — so the log holds every change the world holds. `reported` counts as a reply's does.
 */
export interface CheckpointReply extends Checkpoint {
	records?: RecordedCommand[];
	happened?: HappenedEvent[];
	reported: number;
}

/** A scenario for the runtime to host instead of the bare built-in cluster. */
export interface ScenarioLoad {
	/** The scenario's YAML exactly as written. */
	yaml: string;
	/** Its file name, for problems (`payments-pool-drain.yaml`). */
	file: string;
	/** Files the scenario names beside it (its clusters), by the path it names them with. */
	files: Record<string, string>;
	/** Resume here instead of t = 0. */
	resume?: Checkpoint;
}

export type LoadReply =
	| { ok: true; status: RuntimeStatus; /** Virtual ms at the scenario's t = 0. */ t0: number }
	| { ok: false; message: string };

/** The SLIs and the resolution condition at the session's `now`. */
export interface HealthSample {
	/** Offset from t = 0, ms. */
	t: number;
	slis: Record<string, Sli>;
	/** The scenario's resolution condition holds now. */
	holds: boolean;
}

/** A drafted step, or why the drafter could not draft it. */
export type DraftReply = ({ ok: true } & DraftedStep) | { ok: false; message: string };

/** The score of a run and the SLIs along it (every 15 s), for the debrief. */
export interface Scored {
	report: ScoreReport;
	samples: HealthSample[];
}

/** Tab completion: candidates for `line.slice(replaceFrom, cursor)` (the core's `Completion`). */
export type { Completion as CompletionReply } from '../../core/shell/completion';

export interface Runtime {
	/** Runs one command line; a long-running one keeps `status.running` until it ends. */
	execute(line: string): Promise<RuntimeReply>;
	/** Moves the virtual clock; returns what running commands printed meanwhile. */
	advance(ms: number): Promise<RuntimeReply>;
	/** Ctrl-C: stops the running command (exit code 130). */
	interrupt(): Promise<RuntimeReply>;
	/** The current status without doing anything. */
	status(): Promise<RuntimeStatus>;
	/** The cluster at a glance, for the side panel. */
	snapshot(): Promise<ClusterSnapshot>;
	complete(line: string, cursor: number): Promise<CompletionReply>;
	/**
	 * Hosts a scenario: its world (at t = 0, or at `resume`) with its timeline moving under the
	 * clock. Replaces the session; a scenario that does not load or prepare answers `ok: false`.
	 */
	load(load: ScenarioLoad): Promise<LoadReply>;
	/** Drafts runbook step `step` (1-based) against the world now (scenario loaded only). */
	draft(step: number): Promise<DraftReply>;
	/** The SLIs now (scenario loaded only). */
	health(): Promise<HealthSample>;
	/** The world and clock now, to resume from, with what was not reported yet. */
	checkpoint(): Promise<CheckpointReply>;
	/** Scores a run of the loaded scenario (off the page's thread when the runtime is a worker). */
	score(events: RunEvent[]): Promise<Scored>;
	/**
	 * Events the run just logged (the log from `events[0].seq` on), so the runtime rebuilds and
	 * analyses the run as it happens and `score` at the end is cheap. Optional to call: `score`
	 * takes whatever was not observed. After `load` with `resume`, observe the whole log once.
	 */
	observe(events: RunEvent[]): Promise<void>;
	/** Stops a worker, if any. */
	dispose(): void;
}
