/**
 * The only source of time in the core. Virtual milliseconds since the Unix epoch; it moves only
 * when a host calls `advance`, and never backwards. Timers fire in time order, ties in the order
 * they were scheduled, so the same inputs always give the same transcript.
 */
export interface Timer {
	readonly at: number;
	readonly seq: number;
	readonly fire: (now: number) => void;
}

export class VirtualClock {
	#now: number;
	#seq = 0;
	#timers: Timer[] = [];

	constructor(start: number) {
		this.#now = start;
	}

	now(): number {
		return this.#now;
	}

	/** Runs `fire` once the clock reaches `at` (immediately on the next advance if already past). */
	schedule(at: number, fire: (now: number) => void): Timer {
		const timer = { at, seq: this.#seq++, fire };
		this.#timers.push(timer);
		this.#timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
		return timer;
	}

	cancel(timer: Timer): void {
		this.#timers = this.#timers.filter((t) => t !== timer);
	}

	/** Moves to `to`, firing due timers in order with the clock set to each one's time. */
	advanceTo(to: number): void {
		if (to < this.#now) throw new RangeError(`clock cannot go backwards (${to} < ${this.#now})`);
		for (;;) {
			const next = this.#timers[0];
			if (!next || next.at > to) break;
			this.#timers.shift();
			this.#now = Math.max(this.#now, next.at);
			next.fire(this.#now);
		}
		this.#now = to;
	}

	advance(ms: number): void {
		this.advanceTo(this.#now + ms);
	}
}
