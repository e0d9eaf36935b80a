/**
 * Which events the rubric will ask the world at (score.ts `moments`: a step reached, drafted,
 * decided, acted on), guessed one event at a time as a log grows. The guess follows `foldRun`; it
 * can only be wrong about a draft later replaced or a change not yet attributed, and the `Tracer`
 * checks it against the real set when it is asked for a trace.
 */
import type { RunEvent } from '../rehearsal/schema';
import type { Scenario } from '../scenario/schema';

type Decision = 'confirm' | 'stop' | 'flag-stale' | 'reject-draft';
const DECISIONS: ReadonlySet<string> = new Set<Decision>([
	'confirm',
	'stop',
	'flag-stale',
	'reject-draft'
]);

export class WantGuess {
	readonly #steps: number;
	/** `${step}` when reached, `${step}:${act}` once decided that way. */
	#seen = new Set<string>();

	constructor(scenario: Scenario) {
		this.#steps = scenario.runbook.steps.length;
	}

	reset(): void {
		this.#seen = new Set();
	}

	/** Takes the next event of the log; whether its moment will likely be asked for. */
	take(event: RunEvent): boolean {
		if (event.kind === 'command') return event.record.mutating;
		if (event.kind === 'draft-shown') {
			if (!this.#step(event.step)) return false;
			this.#reach(event.step);
			return true;
		}
		if (event.kind !== 'act') return false;
		const act = event.act;
		if (act.act === 'run' || act.act === 'wait' || !this.#step(act.step)) return false;
		const reached = this.#reach(act.step);
		if (act.act === 'compose') return true;
		if (!DECISIONS.has(act.act)) return reached;
		const key = `${act.step}:${act.act}`;
		const first = !this.#seen.has(key);
		this.#seen.add(key);
		return reached || first;
	}

	#step(n: number): boolean {
		return n >= 1 && n <= this.#steps;
	}

	/** Marks a step reached; true the first time. */
	#reach(n: number): boolean {
		const key = String(n);
		if (this.#seen.has(key)) return false;
		this.#seen.add(key);
		return true;
	}
}
