/**
 * The app's rehearsal: the gate, the event log, the runtime hosting the scenario and the run
 * store, behind one reactive object the rehearsal page binds to. The terminal reports each line
 * (`submitted`) and every runtime reply (`received`); the page's buttons send acts (`act`). Every
 * event is numbered by the log, put through the gate and queued for the store as it happens.
 * Only the current step's draft is ever in this object's state: a later step has no state until
 * the gate reveals it, and a draft's planted flaw stays in the log, out of page state.
 *
 * Replies may arrive late or twice: the runtime numbers what it reports (`reported-items.ts`), so
 * the log keeps the order things happened in and a checkpoint's seq is where its world stands.
 * Idle virtual time is logged as `wait` acts, as `replay` logs it, so the exported acts replay
 * (`preflight score`) to the same run and the damage of a run left burning is counted.
 */
import type {
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
import type { Timed } from './reply-events';
import { ReportedItems } from './reported-items';
import { RunWriter } from './run-writer';
import { scenarioView, type ScenarioView } from './scenario-view';
import { transcript } from './transcript';
import { idleWaits, replayClock } from './idle-waits';

export type { RehearsalOptions, ResumeOptions } from './open-run';

export type Done = { ok: true } | { ok: false; reason: string };

/** An act the page sends: not a line (the terminal reports those) and not a wait (the clock). */
export type PageAct = Exclude<Act, { act: 'run' | 'wait' }>;

/**
 * Virtual ms after which the clock alone earns a checkpoint (a checkpoint is ~0.5 MB of world, so
 * not on every tick); every change to the world gets one at once.
 */
const CHECKPOINT_EVERY_MS = 60_000;
/** Wall ms between clock-earned checkpoints at the least (at 60× a virtual minute is a second). */
const CHECKPOINT_MIN_WALL_MS = 10_000;
/** Virtual ms a line runs before a checkpoint stops waiting for it to end (`replay`'s cap). */
const LINE_CAP_MS = 60_000;
/** Wall ms a checkpoint waits for a reply the page has not passed on before it is dropped. */
const CHECKPOINT_WAIT_MS = 5_000;

/** The log's event as the page may hold it: a draft without its planted flaw. */
function pageEvent(event: RunEvent): RunEvent {
	if (event.kind !== 'draft-shown' || event.planted === undefined) return event;
	const { planted: _, ...shown } = event;
	return shown;
}

export class Rehearsal {
	readonly runId: string;
	readonly mode: Mode;
	/** What the page may show of the scenario: no plants, no answer key, no timeline. */
	readonly view: ScenarioView;
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
	/** `end` is under way: the clock should stop; replies meanwhile are kept, not lost. */
	ending = $state(false);
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
	readonly #clock: () => number;
	#status: RuntimeStatus;
	readonly #items: ReportedItems;
	/** Virtual ms `replay` of the acts logged so far would be at: idle time after it is a `wait`. */
	#mark: number;
	/** A line was submitted and has not ended (its timeline events are not idle time). */
	#lineOpen = false;
	/** Virtual ms when the running line was submitted. */
	#lineStart = 0;
	/** Something logged changed the world since the last look. */
	#changed = false;
	/** A checkpoint is due but waits for the running line to end. */
	#checkpointOwed = false;
	/** Replies that came while `end` ran, taken if it fails. */
	readonly #queued: RuntimeReply[] = [];
	/** Events in the last export (`unsaved`). */
	#exported = $state(0);
	/** Virtual and monotonic wall ms of the last checkpoint taken. */
	#checkpointNow = -Infinity;
	#checkpointWall = -Infinity;
	readonly #checkpoints: Coalesced;
	readonly #samples: Coalesced;

	private constructor(parts: Opened) {
		this.runId = parts.runId;
		this.mode = parts.mode;
		this.view = scenarioView(parts.scenario);
		this.t0 = parts.log.t0;
		this.#runtime = parts.runtime;
		this.#runs = parts.runs;
		this.#log = parts.log;
		this.#wall = parts.wall;
		this.#status = parts.status;
		this.#clock = parts.clock;
		this.#mark = replayClock(parts.log.t0, parts.log.events);
		this.#items = new ReportedItems(parts.reported, (item) => this.#logItem(item));
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

	/** The run would be lost with the tab (kept in memory only) and has events not exported. */
	get unsaved(): boolean {
		return this.notice !== undefined && this.events.length > this.#exported;
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
			// The page says "could not start"; the reason only here.
			return { error: messageOf(error) };
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
		// The runtime's scoring picks a resumed run up from its whole log, once.
		if (opening.log.size > 0) run.#observe([...opening.log.events]);
		// Time between the last event and the checkpoint's clock passed idle.
		if (opening.log.size > 0) run.#idle(run.now);
		// A new run reveals step 1; a reload while a step was being drafted drafts it now.
		if (opening.log.size === 0) await run.#perform(startEffects(opening.log.state));
		else if (run.#awaitingDraft()) await run.#draft(run.gate.current);
		await Promise.all([run.#samples.run(), opening.checkpointDue && run.#checkpoints.run()]);
		return run;
	}

	/** The terminal submitted a line (Enter, before it runs): a `run` act at the current time. */
	submitted(line: string): void {
		const command = line.trim();
		if (this.ended || this.ending || command === '') return;
		this.#idle(this.now);
		this.#add(this.now, { kind: 'act', act: { act: 'run', command } });
		this.#lineOpen = true;
		this.#lineStart = this.now;
	}

	/** Every runtime reply (execute, advance, interrupt): commands and timeline events, the clock. */
	received(reply: RuntimeReply): void {
		if (this.ended) return;
		if (this.ending) {
			this.#queued.push(reply);
			return;
		}
		this.#take(reply);
		const clockDue =
			this.now - this.#checkpointNow >= CHECKPOINT_EVERY_MS &&
			this.#clock() - this.#checkpointWall >= CHECKPOINT_MIN_WALL_MS;
		if (this.#changed || this.#health.due(this.t)) void this.#samples.run();
		if (this.#changed || clockDue) this.#checkpointOwed = true;
		this.#changed = false;
		// A checkpoint waits for the running line (its last record then carries all its output),
		// unless the line runs on past replay's cap; `save` and `end` do not wait.
		const lineLong = reply.status.running && this.now - this.#lineStart >= LINE_CAP_MS;
		if (this.#checkpointOwed && (!reply.status.running || lineLong)) {
			this.#checkpointOwed = false;
			void this.#checkpoints.run();
		}
	}

	#take(reply: RuntimeReply): void {
		const { running } = reply.status;
		this.#items.add({ items: reply, reported: reply.reported, running });
		if (this.#lineOpen && !running) {
			this.#lineOpen = false;
			this.#mark = Math.max(this.#mark, reply.status.now);
		}
		this.#status = reply.status;
		this.now = Math.max(this.now, reply.status.now);
	}

	/** One reported item into the log: a timeline event while no line runs follows idle time. */
	#logItem({ at, body }: Timed): void {
		if (body.kind === 'timeline' && !this.#lineOpen) this.#idle(at);
		this.#add(at, body);
		if (body.kind === 'timeline' || (body.kind === 'command' && changesWorld(body.record)))
			this.#changed = true;
	}

	/** Logs the idle time from the replay clock to `to` as `wait` acts, as `replay` would. */
	#idle(to: number): void {
		for (const wait of idleWaits(this.#mark, to)) {
			this.#add(wait.at, { kind: 'act', act: { act: 'wait', seconds: wait.seconds } });
			this.#mark = wait.at + wait.seconds * 1000;
		}
		this.#mark = Math.max(this.#mark, to);
	}

	/**
	 * A trainee act through the gate. Like `replay` (and so `preflight score`), an act the gate
	 * refuses is still logged — the score reads the log as it happened — and its reason returned.
	 */
	async act(act: PageAct): Promise<Done> {
		if (this.ended || this.ending) return { ok: false, reason: 'the run has ended' };
		const parsed = Act.safeParse(act);
		if (!parsed.success) return { ok: false, reason: parsed.error.issues[0].message };
		this.#idle(this.now);
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

	/**
	 * Ends the run: a running line is stopped (its commands logged), the idle time since the last
	 * event logged as a `wait`, the log scored (async: it can take a second) and the score stored.
	 * Replies meanwhile (`ending`: the page stops its clock) are kept and taken if scoring fails.
	 */
	async end(): Promise<Done> {
		if (this.ended || this.ending) return { ok: false, reason: 'the run has already ended' };
		this.ending = true;
		this.scoring = true;
		try {
			if (this.#status.running) this.#take(await this.#runtime.interrupt());
			this.#idle(this.now);
			const scored = await this.#runtime.score([...this.#log.events]);
			const finished = await this.#writer.finish({ ...scored, scoredAt: this.#wall() });
			if (!finished.ok) throw new Error(finished.message);
			this.ended = true;
			this.report = scored.report;
			return { ok: true };
		} catch (error) {
			return { ok: false, reason: `The run could not be scored: ${messageOf(error)}` };
		} finally {
			this.scoring = false;
			this.ending = false;
			if (!this.ended) for (const reply of this.#queued.splice(0)) this.received(reply);
			this.#queued.length = 0;
		}
	}

	/** The run as an export document (its stored events first written). */
	async exportRun(): Promise<RunExport> {
		const size = this.events.length;
		await this.settled();
		this.#exported = Math.max(this.#exported, size);
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
		this.#observe([added.event]);
		this.gate = this.#log.state;
		this.events = [...this.events, pageEvent(added.event)];
		return added;
	}

	/** The runtime's scoring follows the log as it grows; a hint, so a failure is no matter. */
	#observe(events: RunEvent[]): void {
		void this.#runtime.observe(events).catch(() => {});
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
	 * What the checkpoint had not reported yet goes into the log first; its seq is where the log
	 * stands once every item the runtime reported before it is in (`reported`), whatever order the
	 * replies came in. The chart's samples so far go with it.
	 */
	async #writeCheckpoint(): Promise<void> {
		const { records, happened, reported, ...checkpoint } = await this.#runtime.checkpoint();
		this.#checkpointNow = checkpoint.now;
		this.#checkpointWall = this.#clock();
		const seq = await this.#placeCheckpoint({ records, happened }, reported);
		// A reply before it never came: the next checkpoint will do.
		if (seq === undefined) return;
		this.#changed = false;
		// The sample the same change asked for belongs with it.
		await this.#samples.settled();
		const health = this.#health.samples;
		await this.#writer.checkpoint({ world: checkpoint.world, now: checkpoint.now, seq, health });
	}

	#placeCheckpoint(
		items: Pick<RuntimeReply, 'records' | 'happened'>,
		reported: number
	): Promise<number | undefined> {
		return new Promise((resolve) => {
			const timer = setTimeout(() => resolve(undefined), CHECKPOINT_WAIT_MS);
			const taken = () => {
				clearTimeout(timer);
				resolve(this.#log.size);
			};
			this.#items.add({ items, reported, running: this.#status.running, flush: true, taken });
		});
	}
}
