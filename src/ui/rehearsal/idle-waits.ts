/**
 * Idle virtual time as `wait` acts, the way `replay` logs time that passes with nothing typed: a
 * wait at the moment it starts, for the time until the next thing. `replayClock` is where a replay
 * of a log's acts stands after its last event.
 */
import type { RunEvent } from '../../core/rehearsal/schema';

/** The longest wait one act may say (the schema's limit: six hours). */
const MAX_WAIT_MS = 6 * 3600 * 1000;

export interface IdleWait {
	/** Virtual ms the wait starts at. */
	at: number;
	seconds: number;
}

/** Waits covering `from` → `to` (none when `to` is not later), each within the schema's limit. */
export function idleWaits(from: number, to: number): IdleWait[] {
	const waits: IdleWait[] = [];
	for (let at = from; to - at > 0;) {
		const ms = Math.min(to - at, MAX_WAIT_MS);
		waits.push({ at, seconds: ms / 1000 });
		at += ms;
	}
	return waits;
}

/** Virtual ms after a log's last event (a wait ends later than it starts); `t0` for none. */
export function replayClock(t0: number, events: readonly RunEvent[]): number {
	let clock = t0;
	for (const e of events) {
		const end = e.kind === 'act' && e.act.act === 'wait' ? e.at + e.act.seconds * 1000 : e.at;
		clock = Math.max(clock, end);
	}
	return clock;
}
