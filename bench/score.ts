/**
 * Scoring speed (issue 5: "scoring a 500-event run: p50 ≤ 5 ms"). The run is the careful trainee
 * of `score-run.ts` on payments-pool-drain. Part of `npm run bench`; alone:
 * `node --expose-gc --import tsx bench/score.ts`.
 *
 * From the log: `score(prepared, events)` rebuilds the world from t = 0. Incremental: the host
 * fed a `Tracer` the log as it grew (one `ingest` per event, timed too), so the score only walks
 * the tail past the run's end. Cold: a scenario object nothing is cached for yet; warm: the
 * no-action baseline of that scenario already sampled (it is shared by every run of it).
 */
import { performance } from 'node:perf_hooks';
import type { RunEvent } from '../src/core/rehearsal/schema';
import type { Prepared } from '../src/core/scenario/prepare';
import { score } from '../src/core/scoring/score';
import { Tracer } from '../src/core/scoring/trace';
import { figureRow, measure, type Timing } from './measure';
import { carefulRun, loadPrepared, SCORE_RUN_SCENARIO } from './score-run';

const TARGET = '  target ≤ 5 ms p50';

/** p50/p95 of single timed calls, each after its own untimed setup. */
function each<T>(runs: number, setup: () => T, fn: (x: T) => void): Timing {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const x = setup();
		const start = performance.now();
		fn(x);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
	return { p50: at(0.5), p95: at(0.95), runs };
}

function fedTracer(prepared: Prepared, events: readonly RunEvent[]): Tracer {
	const tracer = new Tracer(prepared);
	tracer.ingest(events);
	return tracer;
}

const prepared = loadPrepared();
const start = performance.now();
const events = carefulRun(prepared);
const replayMs = performance.now() - start;
const endS = Math.round(events[events.length - 1].t / 1000);

/** A copy of the scenario with nothing cached for it yet (the caches key on the object). */
const fresh = (): Prepared => ({ ...prepared });

console.log(`\n## scoring (${SCORE_RUN_SCENARIO}, careful trainee, approve mode)`);
console.log(
	`${events.length} events over ${endS} s of virtual time; replayed from the acts in ${replayMs.toFixed(0)} ms (once)`
);
const rows: [string, Timing][] = [
	['score from the log, cold', each(10, fresh, (p) => score(p, events))],
	['score from the log, warm', measure(() => score(prepared, events), 10, 2)],
	[
		'score with a fed Tracer, cold',
		each(
			10,
			() => fedTracer(fresh(), events),
			(t) => score(t.prepared, events, t)
		)
	]
];
const tracer = fedTracer(prepared, events);
rows.push(['score with a fed Tracer, warm', measure(() => score(prepared, events, tracer), 200)]);
for (const [name, t] of rows) console.log(figureRow(name, t) + TARGET);
const growing = new Tracer(fresh());
let seen = 0;
const fedAt = performance.now();
const perEvent = each(
	events.length,
	() => events.slice(0, ++seen),
	(log) => growing.ingest(log)
);
const fedMs = performance.now() - fedAt;
console.log(
	`${figureRow('Tracer.ingest, one new event (as the run happens)', perEvent)}  (all ${events.length}: ${fedMs.toFixed(0)} ms)`
);
