/**
 * Moves virtual time with wall time. Every `intervalMs` it advances the runtime by the wall time
 * that passed times `speed` (0 = paused), and hands each reply — output of running commands — to
 * `onreply`. One advance is in flight at a time; wall time that passes meanwhile is not lost.
 */
import type { Runtime, RuntimeReply } from '../adapters/runtime/runtime';

export const SPEEDS = [1, 10, 60] as const;

export interface ClockOptions {
	onreply?: (reply: RuntimeReply) => void;
	intervalMs?: number;
	/** Wall clock in ms; injectable for tests. */
	wallNow?: () => number;
}

export class ClockDriver {
	/** Virtual ms per wall ms; 0 while paused. */
	speed = $state(1);
	/** Virtual time as of the last reply. */
	now = $state(0);
	readonly #runtime: Runtime;
	readonly #onreply: (reply: RuntimeReply) => void;
	readonly #intervalMs: number;
	readonly #wallNow: () => number;
	#speedBeforePause = 1;
	#lastWall = 0;
	#timer: ReturnType<typeof setInterval> | undefined;
	#queue: Promise<void> = Promise.resolve();
	#inFlight = 0;

	constructor(runtime: Runtime, options: ClockOptions = {}) {
		this.#runtime = runtime;
		this.#onreply = options.onreply ?? (() => {});
		this.#intervalMs = options.intervalMs ?? 500;
		this.#wallNow = options.wallNow ?? (() => performance.now());
	}

	get paused(): boolean {
		return this.speed === 0;
	}

	start(): void {
		if (this.#timer) return;
		this.#lastWall = this.#wallNow();
		this.#timer = setInterval(() => void this.tick(), this.#intervalMs);
	}

	stop(): void {
		clearInterval(this.#timer);
		this.#timer = undefined;
	}

	setSpeed(speed: number): void {
		this.speed = speed;
		if (speed > 0) this.#speedBeforePause = speed;
	}

	togglePause(): void {
		this.setSpeed(this.paused ? this.#speedBeforePause : 0);
	}

	/** Advances by the wall time since the last tick, scaled by speed. */
	tick(): Promise<void> {
		if (this.#inFlight > 0) return this.#queue; // wall time keeps accruing for the next tick
		const wall = this.#wallNow();
		const ms = Math.round((wall - this.#lastWall) * this.speed);
		this.#lastWall = wall;
		return ms > 0 ? this.skip(ms) : this.#queue;
	}

	/** Jumps virtual time forward now (the "+30s" / "+5m" buttons), even while paused. */
	skip(ms: number): Promise<void> {
		this.#inFlight++;
		this.#queue = this.#queue.then(async () => {
			try {
				const reply = await this.#runtime.advance(ms);
				this.now = reply.status.now;
				this.#onreply(reply);
			} catch {
				this.stop(); // the runtime is gone; the terminal reports it on the next command
			} finally {
				this.#inFlight--;
			}
		});
		return this.#queue;
	}
}
