/**
 * Hosts one shell session and answers the runtime calls synchronously. The worker and the direct
 * runtime both wrap it, so the two give identical answers; only the thread differs. It starts on
 * the session it is given (the bare payments cluster); `load` replaces that with a scenario's.
 */
import type { World } from '../../core/cluster/types';
import { encodeWorld } from '../../core/cluster/world-codec';
import type { AuditEntry } from '../../core/kubectl/types';
import type { Calls, CallType } from './protocol';
import type {
	Checkpoint,
	CheckpointReply,
	CompletionReply,
	LoadReply,
	RuntimeReply,
	RuntimeStatus,
	ScenarioLoad
} from './runtime';
import { LineRecords } from './line-records';
import {
	draftFor,
	healthOf,
	hostScenario,
	observeRun,
	scoreOf,
	type HostedScenario
} from './scenario-host';
import { takeSnapshot } from './snapshot';
import { findContext } from '../../core/cluster/world';

/** What the host needs from the core's shell `Session`. */
export interface ShellSession {
	execute(line: string): { output: string; exitCode?: number };
	advance(ms: number): { output: string; exitCode?: number };
	interrupt(): { output: string; exitCode?: number };
	readonly world: World;
	readonly now: number;
	readonly running: boolean;
	/** One entry per kubectl command run, oldest first. */
	readonly audit: readonly AuditEntry[];
}

/** Tab completion over the session's world; see `core/shell`'s `complete`. */
export type Completer = (line: string, cursor: number, world: World) => CompletionReply;

type Chunk = { output: string; exitCode?: number };
type Reported = Pick<RuntimeReply, 'records' | 'happened' | 'reported'>;

export class SessionHost {
	#session: ShellSession;
	readonly #complete: Completer;
	#startedAt: number;
	#scenario: HostedScenario | undefined;
	#line = new LineRecords();
	/** Records and timeline events reported since `load` (`RuntimeReply.reported`). */
	#reported = 0;

	constructor(session: ShellSession, complete: Completer) {
		this.#session = session;
		this.#complete = complete;
		this.#startedAt = session.now;
	}

	handle<K extends CallType>(type: K, payload: Calls[K]['args']): Calls[K]['result'] {
		return this.#dispatch(type, payload) as Calls[K]['result'];
	}

	#dispatch(type: CallType, payload: unknown): Calls[CallType]['result'] {
		const s = this.#session;
		switch (type) {
			case 'execute':
				return this.#execute((payload as Calls['execute']['args']).line);
			case 'advance':
				return this.#reply(s.advance((payload as Calls['advance']['args']).ms));
			case 'interrupt':
				return this.#reply(s.interrupt());
			case 'status':
				return this.#status();
			case 'snapshot':
				return takeSnapshot(s.world, s.now, this.#startedAt);
			case 'complete': {
				const { line, cursor } = payload as Calls['complete']['args'];
				return this.#complete(line, cursor, s.world);
			}
			case 'load':
				return this.#load(payload as Calls['load']['args']);
			case 'draft': {
				const { step } = payload as Calls['draft']['args'];
				if (!this.#scenario) return { ok: false, message: 'no scenario is loaded to draft from' };
				return draftFor(this.#scenario, step);
			}
			case 'health':
				return healthOf(this.#hosted('health'));
			case 'checkpoint':
				return this.#checkpoint();
			case 'score':
				return scoreOf(this.#hosted('score'), (payload as Calls['score']['args']).events);
			case 'observe': {
				// Nothing to trace before a scenario is loaded: the call is a hint, not a request.
				const { events } = payload as Calls['observe']['args'];
				return this.#scenario ? observeRun(this.#scenario, events) : null;
			}
		}
	}

	#execute(line: string): RuntimeReply {
		const s = this.#session;
		// While a command runs the shell refuses the line: it is no line of its own.
		const starts = !s.running;
		if (starts) this.#line.begin(s.audit.length);
		const chunk = s.execute(line);
		return starts ? this.#reply(chunk) : this.#reply(chunk, false);
	}

	#reply(chunk: Chunk, follows = true): RuntimeReply {
		const reply: RuntimeReply = { output: chunk.output, status: this.#status() };
		if (chunk.exitCode !== undefined) reply.exitCode = chunk.exitCode;
		const records = follows ? this.#line.add(chunk, this.#session.audit) : undefined;
		return this.#report(reply, records);
	}

	/** Adds the records and the timeline events not yet reported, and counts them. */
	#report<R extends Reported>(reply: R, records: RuntimeReply['records']): R {
		const happened = this.#scenario?.happened.splice(0) ?? [];
		if (records?.length) reply.records = records;
		if (happened.length) reply.happened = happened;
		const count = (records?.length ?? 0) + happened.length;
		this.#reported += count;
		if (count > 0) reply.reported = this.#reported;
		return reply;
	}

	#load(load: ScenarioLoad): LoadReply {
		const hosting = hostScenario(load);
		if (!hosting.ok) return hosting;
		const { hosted } = hosting;
		this.#scenario = hosted;
		this.#session = hosted.session;
		this.#startedAt = hosted.prepared.t0;
		this.#line = new LineRecords();
		this.#reported = 0;
		return { ok: true, status: this.#status(), t0: hosted.prepared.t0 };
	}

	/** The world now, and the running line's commands and timeline events not yet reported. */
	#checkpoint(): CheckpointReply {
		const { world, now, audit } = this.#session;
		const base: Reported & Checkpoint = { world: encodeWorld(world), now };
		const reply = this.#report(base, this.#line.pending(audit));
		return { ...reply, reported: this.#reported };
	}

	#hosted(call: string): HostedScenario {
		if (!this.#scenario) throw new Error(`${call}: no scenario is loaded (load one first)`);
		return this.#scenario;
	}

	#status(): RuntimeStatus {
		const { world, now, running } = this.#session;
		const context = world.currentContext;
		const namespace = findContext(world, context)?.namespace || 'default';
		return { context, namespace, now, running };
	}
}
