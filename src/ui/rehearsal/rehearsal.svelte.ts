/**
 * The app's rehearsal: the gate, the event log, the runtime hosting the scenario and the run
 * store, behind one reactive object the rehearsal page binds to. The terminal reports each line
 * (`submitted`) and every runtime reply (`received`); the page's buttons send acts (`act`). Every
 * event is numbered by the log, put through the gate and queued for the store as it happens.
 * Only the current step's draft is ever in this object's state: a later step has no state until
 * the gate reveals it, and a draft's planted flaw stays in the log, out of page state.
 *
 * `received` must be called with each reply as its promise settles (no extra hops): a checkpoint
 * covers the events logged by the time it arrives, which are then exactly the calls before it.
 */
import type {
	HappenedEvent,
	HealthSample,
	Runtime,
	RuntimeReply,
	RuntimeStatus
} from '../../adapters/runtime/runtime';
import type { RunExport, RunStore } from '../../adapters/store/run-types';
import type { GuardedStep } from '../../core/drafting/schema';
import {
	startEffects,
	visibleDraft,
	type Effect,
	type RehearsalState,
	type StepState
} from '../../core/rehearsal/gate';
import type { Appended, EventBody, RunLog } from '../../core/rehearsal/run-log';
import { Act, type Mode, type RunEvent } from '../../core/rehearsal/schema';
import type { Scenario } from '../../core/scenario/schema';
import type { ScoreReport } from '../../core/scoring/types';
import { promptAnsi } from '../terminal/prompt';
import { changesWorld } from './catch-up';
import { Coalesced } from './coalesced';
import { HealthSeries } from './health-series';
import {
	messageOf,
	openNew,
	openStored,
	type Opened,
	type Opening,
	type RehearsalOptions,
	type ResumeOptions
} from './open-run';
import { replyEvents } from './reply-events';
import { RunWriter } from './run-writer';
import { transcript } from './transcript';

export type { RehearsalOptions, ResumeOptions } from './open-run';

export type Done = { ok: true } | { ok: false; reason: string };

/** An act the page sends: not a line (the terminal reports those) and not a wait (the clock). */
export type PageAct = Exclude<Act, { act: 'run' | 'wait' }>;

/**
 * Virtual ms after which the clock alone earns a checkpoint (a checkpoint is ~0.5 MB of world, so
 * not on every tick); every change to the world gets one at once.
 */
const CHECKPOINT_EVERY_MS = 60_000;

/** The log's event as the page may hold it: a draft without its planted flaw. */
function pageEvent(event: RunEvent): RunEvent {
	if (event.kind !== 'draft-shown' || event.planted === undefined) return event;
	const { planted: _, ...shown } = event;
	return shown;
}

export class Rehearsal {
	readonly runId: string;
	readonly mode: Mode;
	readonly scenario: Scenario;
	/** Virtual ms at the scenario's t = 0. */
	readonly t0: number;

	/** The gate: only revealed steps exist. */
	gate: RehearsalState;
	/** The log so far, drafts without their planted flaw. */
	events: RunEvent[] = $state.raw([]);
	/** Virtual ms, from the last runtime reply. */
	now = $state(0);
	/** SLIs along the run: one per 15 s of virtual time, and the latest. */
	health: HealthSample[] = $state.raw([]);
	/** Why the run will not outlive this tab (storage full or unavailable), in one line. */
	notice: string | undefined = $state();
	/** Why the current step has no draft (the drafter failed); `redraft` tries again. */
	problem: string | undefined = $state();
	/** A draft is being fetched. */
	drafting = $state(false);
	/** The run is being scored. */
	scoring = $state(false);
	/** The trainee ended the run (`end`); nothing more is logged. */
	ended = $state(false);
	/** The score, once ended. */
	report: ScoreReport | undefined = $state.raw();

	readonly #runtime: Runtime;
	readonly #runs: RunStore;
	readonly #log: RunLog;
	readonly #writer: RunWriter;
	readonly #wall: () => number;
	readonly #health: HealthSeries;
	#status: RuntimeStatus;
	/** Timeline events while a line runs, logged with its commands when it ends. */
	#held: HappenedEvent[] = [];
	/** Virtual ms of the last checkpoint written. */
	#checkpointNow = -Infinity;
	readonly #checkpoints: Coalesced;
	readonly #samples: Coalesced;

	private constructor(parts: Opened) {
		this.runId = parts.runId;
		this.mode = parts.mode;
		this.scenario = parts.scenario;
		this.t0 = parts.log.t0;
		this.#runtime = parts.runtime;
		this.#runs = parts.runs;
		this.#log = parts.log;
		this.#wall = parts.wall;
		this.#status = parts.status;
		this.#writer = new RunWriter(parts.runs, parts.runId, (notice) => (this.notice = notice));
		this.gate = $state.raw(parts.log.state);
		this.events = parts.log.events.map(pageEvent);
		this.now = parts.status.now;
		// A resumed run's chart starts with what it showed before the tab closed.
		this.#health = HealthSeries.from(parts.health);
		this.health = this.#health.samples;
		if (parts.notice) this.notice = parts.notice;
		this.#checkpoints = new Coalesced(
			() => this.#writeCheckpoint(),
			(error) => (this.notice = `The run's progress could not be saved: ${messageOf(error)}`)
		);
		// No SLIs this time: the chart waits for the next sample.
		this.#samples = new Coalesced(
			() => this.#takeSample(),
			() => {}
		);
	}

	/** The current step's draft (`visibleDraft`): never a later step's. */
	get draft(): GuardedStep | undefined {
		return visibleDraft(this.gate);
	}

	/** The current step's state. */
	get step(): StepState | undefined {
		return this.gate.steps[this.gate.current - 1];
	}

	/** Offset from t = 0, ms. */
	get t(): number {
		return this.now - this.t0;
	}

	/** Every step decided, or the run ended. */
	get finished(): boolean {
		return this.gate.finished || this.ended;
	}

	/** A new run: the scenario loaded at t = 0, the run stored, step 1 revealed (drafted in approve). */
	static async start(o: RehearsalOptions): Promise<Rehearsal | { error: string }> {
		try {
			return await Rehearsal.#open(await openNew(o));
		} catch (error) {
			return { error: `The rehearsal could not start: ${messageOf(error)}` };
		}
	}

	/**
	 * A stored run picked up again: the runtime resumes from the run's checkpoint, the gate is the
	 * log folded from the start, and commands logged after the checkpoint that changed the world
	 * are run again at their times (`catch-up.ts`) — a checkpoint follows every change, so that is
	 * only the change whose checkpoint the tab closed before writing. The clock resumes at the later
	 * of the checkpoint (every change, every virtual minute, `save`) and the last logged event.
	 */
	static async resume(o: ResumeOptions): Promise<Rehearsal | { error: string }> {
		const start = performance.now();
		try {
			return await Rehearsal.#open(await openStored(o));
		} catch (error) {
			return { error: `The run could not be resumed: ${messageOf(error)}` };
		} finally {
			// `preflight:resume` in the page's performance timeline: the e2e benchmark reads it.
			performance.measure?.('preflight:resume', { start });
		}
	}

	static async #open(opening: Opening): Promise<Rehearsal | { error: string }> {
		if ('error' in opening) return opening;
		const run = new Rehearsal(opening);
		// A new run reveals step 1; a reload while a step was being drafted drafts it now.
		if (opening.log.size === 0) await run.#perform(startEffects(opening.log.state));
		else if (run.#awaitingDraft()) await run.#draft(run.gate.current);
		await Promise.all([run.#samples.run(), opening.checkpointDue && run.#checkpoints.run()]);
		return run;
	}

	/** The terminal submitted a line (Enter, before it runs): a `run` act at the current time. */
	submitted(line: string): void {
		const command = line.trim();
		if (this.ended || command === '') return;
		this.#add(this.now, { kind: 'act', act: { act: 'run', command } });
	}

	/** Every runtime reply (execute, advance, interrupt): commands and timeline events, the clock. */
	received(reply: RuntimeReply): void {
		if (this.ended) return;
		const happened = [...this.#held, ...(reply.happened ?? [])];
		// As `replay` does, timeline events during a line are logged with its commands once it
		// ends, all in time order: the app's log and `preflight score`'s agree.
		const lineRuns = reply.status.running && !reply.records?.length;
		this.#held = lineRuns ? happened : [];
		let changed = false;
		for (const { at, body } of lineRuns ? [] : replyEvents({ records: reply.records, happened })) {
			this.#add(at, body);
			if (body.kind === 'timeline' || (body.kind === 'command' && changesWorld(body.record)))
				changed = true;
		}
		this.#status = reply.status;
		this.now = Math.max(this.now, reply.status.now);
		if (changed || this.#health.due(this.t)) void this.#samples.run();
		if (changed || this.now - this.#checkpointNow >= CHECKPOINT_EVERY_MS)
			void this.#checkpoints.run();
	}

	/**
	 * A trainee act through the gate. Like `replay` (and so `preflight score`), an act the gate
	 * refuses is still logged — the score reads the log as it happened — and its reason returned.
	 */
	async act(act: PageAct): Promise<Done> {
		if (this.ended) return { ok: false, reason: 'the run has ended' };
		const parsed = Act.safeParse(act);
		if (!parsed.success) return { ok: false, reason: parsed.error.issues[0].message };
		const { effects } = this.#add(this.now, { kind: 'act', act: parsed.data });
		const rejected = effects.find((e) => e.kind === 'rejected-act');
		if (rejected) return { ok: false, reason: rejected.reason };
		await this.#perform(effects);
		return { ok: true };
	}

	/** Drafts the current step again after the drafter failed (`problem`). */
	async redraft(): Promise<Done> {
		if (!this.#awaitingDraft() || this.drafting)
			return { ok: false, reason: 'the current step is not waiting for a draft' };
		await this.#draft(this.gate.current);
		return this.problem ? { ok: false, reason: this.problem } : { ok: true };
	}

	/** Ends the run: scores the log (async: it can take a second) and stores the score. */
	async end(): Promise<Done> {
		if (this.ended) return { ok: false, reason: 'the run has already ended' };
		this.ended = true;
		this.scoring = true;
		try {
			const scored = await this.#runtime.score([...this.#log.events]);
			await this.#writer.finish({ ...scored, scoredAt: this.#wall() });
			this.report = scored.report;
			return { ok: true };
		} catch (error) {
			this.ended = false;
			return { ok: false, reason: `The run could not be scored: ${messageOf(error)}` };
		} finally {
			this.scoring = false;
		}
	}

	/** The run as an export document (its stored events first written). */
	async exportRun(): Promise<RunExport> {
		await this.settled();
		return this.#runs.exportRuns([this.runId]);
	}

	/** The logged lines, each after its own prompt, and their output, for the terminal on resume. */
	transcript(): string {
		return transcript(this.#log.events, this.#status, promptAnsi);
	}

	/** Checkpoints the world now (the page calls it when the tab is hidden or closed). */
	save(): Promise<void> {
		return this.ended ? Promise.resolve() : this.#checkpoints.run();
	}

	/** Resolves once the checkpoint, health sample and store writes under way are done. */
	async settled(): Promise<void> {
		await Promise.all([this.#checkpoints.settled(), this.#samples.settled()]);
		await this.#writer.settled();
	}

	#add(at: number, body: EventBody): Appended {
		const added = this.#log.add(at, { ...body, wall: this.#wall() });
		this.#writer.append(added.event);
		this.gate = this.#log.state;
		this.events = [...this.events, pageEvent(added.event)];
		return added;
	}

	async #perform(effects: Effect[]): Promise<void> {
		for (const effect of effects)
			if (effect.kind === 'reveal' && this.mode === 'approve') await this.#draft(effect.step);
	}

	#awaitingDraft(): boolean {
		return this.mode === 'approve' && this.step?.phase === 'awaiting-draft' && !this.ended;
	}

	async #draft(step: number): Promise<void> {
		this.drafting = true;
		this.problem = undefined;
		try {
			const reply = await this.#runtime.draft(step);
			if (!reply.ok) this.problem = `Step ${step} could not be drafted: ${reply.message}`;
			else {
				const planted = reply.planted === undefined ? {} : { planted: reply.planted };
				this.#add(this.now, { kind: 'draft-shown', step, draft: reply.step, ...planted });
			}
		} catch (error) {
			this.problem = `Step ${step} could not be drafted: ${messageOf(error)}`;
		} finally {
			this.drafting = false;
		}
	}

	async #takeSample(): Promise<void> {
		this.#health.add(await this.#runtime.health());
		this.health = this.#health.samples;
	}

	/**
	 * Its seq is the log's size when the checkpoint arrives: the replies to the calls sent before it
	 * have been received by then, and no later one has. The chart's samples so far go with it.
	 */
	async #writeCheckpoint(): Promise<void> {
		const checkpoint = await this.#runtime.checkpoint();
		this.#checkpointNow = checkpoint.now;
		// The sample the same change asked for belongs with it.
		await this.#samples.settled();
		const health = this.#health.samples;
		await this.#writer.checkpoint({ ...checkpoint, seq: this.#log.size, health });
	}
}
