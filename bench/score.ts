/**
 * Scoring speed (issue 5: "scoring a 500-event run: p50 ≤ 5 ms"). The run is the careful trainee
 * of `score-run.ts` on payments-pool-drain. Part of `npm run bench`; alone:
 * `node --expose-gc --import tsx bench/score.ts`.
 *
 * The figure: the runtime kept a `Tracer` up as the run happened — each event ingested
 * (world rebuilt, lines classified, drafts linted, rollbacks derived) and, while idle, settled (the
 * walk past the run's end made) — and the score at the end reads that. Every score is given a
 * copy of the log, as it arrives over the worker boundary. Also: the same without the settle (the
 * run ended right after its last event), what ingest and settle cost per event, and the score
 * from the log alone (nothing kept: every memo bypassed, a scenario object nothing is cached for)
 * for scale.
 */
import { performance } from 'node:perf_hooks';
import type { RunEvent } from '../src/core/rehearsal/schema';
import type { Prepared } from '../src/core/scenario/prepare';
import { withoutMemos } from '../src/core/scoring/memo';
import { extendMs, score } from '../src/core/scoring/score';
import { Tracer } from '../src/core/scoring/trace';
import { figureRow, measure, measureEach, type Timing } from './measure';
import { carefulRun, loadPrepared, SCORE_RUN_SCENARIO } from './score-run';

const TARGET = '  target ≤ 5 ms p50';

const prepared = loadPrepared();
const start = performance.now();
const events = carefulRun(prepared);
const replayMs = performance.now() - start;
const endS = Math.round(events[events.length - 1].t / 1000);
const extend = extendMs(prepared);
const copy = (): RunEvent[] => structuredClone(events);

/** A copy of the scenario with nothing cached for it yet (the caches key on the object). */
const fresh = (): Prepared => ({ ...prepared });

console.log(`\n## scoring (${SCORE_RUN_SCENARIO}, careful trainee, approve mode)`);
console.log(
	`${events.length} events over ${endS} s of virtual time; replayed from the acts in ${replayMs.toFixed(0)} ms (once)`
);

// The run as it happens: one event at a time into the tracer, each a copy; settled after each.
const kept = new Tracer(fresh());
const ingest: number[] = [];
const settle: number[] = [];
events.forEach((event, i) => {
	const a = performance.now();
	kept.ingest([structuredClone(event)], i);
	const b = performance.now();
	kept.settle(extend);
	ingest.push(b - a);
	settle.push(performance.now() - b);
});
const timing = (times: number[]): Timing => {
	const sorted = [...times].sort((x, y) => x - y);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { p50: at(0.5), p95: at(0.95), runs: sorted.length };
};
const total = (times: number[]) => times.reduce((s, t) => s + t, 0).toFixed(0);

const settled = measureEach(200, copy, (log) => score(kept.prepared, log, kept));
// Ended right after the last event: undo the settle by taking the last event again.
const unsettled = measureEach(
	50,
	() => {
		kept.ingest(events.slice(0, -1));
		kept.ingest(events);
		return copy();
	},
	(log) => score(kept.prepared, log, kept)
);
const rows: [string, Timing][] = [
	['score, Tracer kept up and settled as the run happened', settled],
	['score, Tracer kept up, ended right after the last event', unsettled],
	[
		'score from the log, nothing kept',
		measureEach(8, fresh, (p) => withoutMemos(() => score(p, copy())))
	],
	[
		'score from the log, line memos and baseline warm',
		measure(() => score(prepared, copy()), 10, 2)
	]
];
for (const [name, t] of rows) console.log(figureRow(name, t) + TARGET);
console.log(
	`${figureRow('Tracer.ingest, one new event (as the run happens)', timing(ingest))}  (all ${events.length}: ${total(ingest)} ms)`
);
console.log(
	`${figureRow('Tracer.settle after each event (while idle)', timing(settle))}  (all ${events.length}: ${total(settle)} ms)`
);
