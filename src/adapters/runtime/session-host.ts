/**
 * Hosts one shell session and answers the runtime calls synchronously. The worker and the direct
 * runtime both wrap it, so the two give identical answers; only the thread differs.
 */
import type { World } from '../../core/cluster/types';
import type { Calls, CallType } from './protocol';
import type { CompletionReply, RuntimeReply, RuntimeStatus } from './runtime';
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
}

/** Tab completion over the session's world; see `core/shell`'s `complete`. */
export type Completer = (line: string, cursor: number, world: World) => CompletionReply;

export class SessionHost {
	readonly #session: ShellSession;
	readonly #complete: Completer;
	readonly #startedAt: number;

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
				return this.#reply(s.execute((payload as Calls['execute']['args']).line));
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
		}
	}

	#reply(chunk: { output: string; exitCode?: number }): RuntimeReply {
		const reply: RuntimeReply = { output: chunk.output, status: this.#status() };
		if (chunk.exitCode !== undefined) reply.exitCode = chunk.exitCode;
		return reply;
	}

	#status(): RuntimeStatus {
		const { world, now, running } = this.#session;
		const context = world.currentContext;
		const namespace = findContext(world, context)?.namespace || 'default';
		return { context, namespace, now, running };
	}
}
