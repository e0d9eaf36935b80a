/**
 * The SLIs along a run, for the live chart: one kept sample per `EVERY_MS` of virtual time, plus
 * the latest one when it is newer than the last kept (a change the trainee just made shows at
 * once, without crowding the chart with every command's sample).
 */
import type { HealthSample } from '../../adapters/runtime/runtime';

/** Virtual ms between kept samples (the debrief's chart uses the same step). */
export const EVERY_MS = 15_000;

export class HealthSeries {
	readonly #kept: HealthSample[] = [];
	#latest: HealthSample | undefined;

	/** True when a sample at offset `t` would be kept: none yet, or 15 s since the last kept. */
	due(t: number): boolean {
		const last = this.#kept.at(-1);
		return last === undefined || t - last.t >= EVERY_MS;
	}

	/** A series picked up again (a resumed run): its samples as `samples` gave them, in order. */
	static from(samples: readonly HealthSample[]): HealthSeries {
		const series = new HealthSeries();
		for (const sample of samples) series.add(sample);
		return series;
	}

	add(sample: HealthSample): void {
		if (this.due(sample.t)) {
			this.#kept.push(sample);
			this.#latest = undefined;
		} else if (sample.t >= (this.#latest?.t ?? -Infinity)) this.#latest = sample;
	}

	/** Kept samples, then the latest when there is a newer one. */
	get samples(): HealthSample[] {
		return this.#latest ? [...this.#kept, this.#latest] : [...this.#kept];
	}
}
