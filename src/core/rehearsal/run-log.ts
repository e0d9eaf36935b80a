/**
 * A rehearsal's append-only event log with the gate folded over it. Each event is numbered (seq
 * from 0, no gaps), timed (virtual `at`, offset `t` from the scenario's t = 0) and put through
 * `transition` as it is added, so the log and the gate state can never disagree. The headless
 * replay and the app's rehearsal both keep their log here; a stored log is folded back with `fold`.
 */
import type { Scenario } from '../scenario/schema';
import { initialState, transition, type Effect, type RehearsalState } from './gate';
import type { Mode, RunEvent } from './schema';

/** A log event before the log numbers and times it (`wall` may be given). */
export type EventBody = RunEvent extends infer E
	? E extends RunEvent
		? Omit<E, 'seq' | 'at' | 't'>
		: never
	: never;

/** An event as the log keeps it, and what the gate asks the host to do about it. */
export interface Appended {
	event: RunEvent;
	effects: Effect[];
}

export type Folded = { ok: true; log: RunLog } | { ok: false; message: string };

export class RunLog {
	readonly #events: RunEvent[] = [];
	#state: RehearsalState;

	/** `t0`: virtual ms at the scenario's t = 0; `state`: the gate before the first event. */
	constructor(
		readonly t0: number,
		state: RehearsalState
	) {
		this.#state = state;
	}

	/** A stored log (seq 0, 1, 2 …) folded through the gate from its initial state. */
	static fold(scenario: Scenario, mode: Mode, t0: number, events: readonly RunEvent[]): Folded {
		const log = new RunLog(t0, initialState(scenario, mode));
		for (const event of events) {
			if (event.seq !== log.size)
				return { ok: false, message: `event ${log.size} is missing (found seq ${event.seq})` };
			log.#push(event);
		}
		return { ok: true, log };
	}

	get events(): readonly RunEvent[] {
		return this.#events;
	}

	get state(): RehearsalState {
		return this.#state;
	}

	/** Events so far: the next event's seq. */
	get size(): number {
		return this.#events.length;
	}

	/** Appends an event at virtual time `at` and moves the gate. */
	add(at: number, body: EventBody): Appended {
		const event = { seq: this.#events.length, at, t: at - this.t0, ...body } as RunEvent;
		return { event, effects: this.#push(event) };
	}

	#push(event: RunEvent): Effect[] {
		this.#events.push(event);
		const [next, effects] = transition(this.#state, event);
		this.#state = next;
		return effects;
	}
}
