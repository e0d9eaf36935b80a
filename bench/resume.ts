/**
 * Resuming a stored run (issue 5: "replaying it [a 500-event run] from IndexedDB on reload
 * ≤ 200 ms in Chromium"). The run is the careful trainee of `score-run.ts` on
 * payments-pool-drain, with the checkpoint a reload finds (written after every change: the world
 * at the run's end).
 * Part of `npm run bench`; alone: `node --expose-gc --import tsx bench/resume.ts`.
 *
 * The runtime's side of a resume: `load` with the checkpoint (the scenario loaded and made ready to
 * move from it) and the `observe` of the whole log the controller sends after it, which now waits
 * for idle; then that idle work slice by slice, and the page's own parts for scale: the store's
 * copy of the run (structured clone, as IndexedDB hands it over), the fold of the log through the
 * gate, the terminal's transcript. The target (≤ 200 ms in Chromium) is the e2e test's figure.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
	hostScenario,
	observeRun,
	SLICE,
	type HostedScenario
} from '../src/adapters/runtime/scenario-host';
import { decodeWorld, encodeWorld } from '../src/core/cluster/world-codec';
import { replay } from '../src/core/rehearsal/replay';
import { RunLog } from '../src/core/rehearsal/run-log';
import { loadScenario } from '../src/core/scenario/load';
import { prepareLazily, prepareScenario } from '../src/core/scenario/prepare';
import { scenarioAt } from '../src/core/scenario/timeline';
import { transcript } from '../src/ui/rehearsal/transcript';
import { figureRow, measure, measureEach, type Timing } from './measure';
import { carefulActs, loadPrepared, SCORE_RUN_SCENARIO } from './score-run';

const file = `${SCORE_RUN_SCENARIO}.yaml`;
const yaml = readFileSync(new URL(`../scenarios/${file}`, import.meta.url), 'utf8');

/** The hosting the resume asks for; throws if it does not host (a bench of a failure is no use). */
function host(resume?: { world: unknown; now: number }): void {
	const hosting = hostScenario({ yaml, file, files: {}, resume: resume as never });
	if (!hosting.ok) throw new Error(hosting.message);
}

const prepared = loadPrepared();
const replayed = replay(prepared, 'approve', carefulActs(prepared));
const events = replayed.events;
const checkpoint = { world: encodeWorld(replayed.world), now: replayed.now };
const stored = { events, checkpoint };

// Before anything else is timed: the first hosting in this process, JIT still cold for it.
const firstStart = performance.now();
host(checkpoint);
const firstMs = performance.now() - firstStart;

const loaded = loadScenario(yaml, file);
if (!loaded.ok) throw new Error(`${file} does not load`);
const scenario = loaded.scenario;
const prompt = () => 'oncall@prod-us-east-1:payments$ ';
const place = { context: 'prod-us-east-1', namespace: 'payments' };

/** The scenario parsed again: nothing is cached for it (timeline caches key on the objects). */
function freshScenario() {
	const again = loadScenario(yaml, file);
	if (!again.ok) throw new Error(`${file} does not load`);
	return again.scenario;
}

/** A prepared scenario nothing is cached for. */
function freshPrepared() {
	const p = prepareScenario(freshScenario());
	if (!p.ok) throw new Error(`${file} does not prepare`);
	return p.prepared;
}

/** The hosting a resume gets, for the observe that follows it. */
function resumed(): HostedScenario {
	const hosting = hostScenario({ yaml, file, files: {}, resume: checkpoint });
	if (!hosting.ok) throw new Error(hosting.message);
	return hosting.hosted;
}

/** The idle slices after a resume observes its whole log: the tracer made, then each slice. */
function idleSlices(runs: number): { made: Timing; slice: Timing; atOnce: Timing } {
	const made: number[] = [];
	const slices: number[] = [];
	const atOnce: number[] = [];
	for (let i = 0; i < runs; i++) {
		const hosted = resumed();
		let start = performance.now();
		void hosted.tracer;
		made.push(performance.now() - start);
		for (let from = 0; from < events.length; from += SLICE) {
			const slice = structuredClone(events.slice(from, from + SLICE));
			start = performance.now();
			hosted.tracer.ingest(slice, from);
			slices.push(performance.now() - start);
		}
		atOnce.push(made[i] + slices.slice(-Math.ceil(events.length / SLICE)).reduce((a, b) => a + b));
	}
	return { made: timing(made), slice: timing(slices), atOnce: timing(atOnce) };
}

function timing(times: number[]): Timing {
	const sorted = [...times].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return { p50: at(0.5), p95: at(0.95), runs: sorted.length };
}

const KB = (JSON.stringify(checkpoint).length / 1024).toFixed(0);
console.log(`\n## resuming a stored run (${SCORE_RUN_SCENARIO}, careful trainee, approve mode)`);
console.log(`${events.length} events; the checkpoint at the run's end, ${KB} KB as JSON`);
console.log(
	figureRow(
		'runtime: load with resume (hostScenario)',
		measure(() => host(checkpoint), 20, 3)
	)
);
console.log(
	`  first call in this process (JIT cold, as in a new worker): ${firstMs.toFixed(1)} ms`
);
const observed = measureEach(
	20,
	() => ({ h: resumed(), log: structuredClone(events) }),
	({ h, log }) => observeRun(h, log),
	3
);
console.log(figureRow('runtime: observe of the whole log after it', observed));
for (const row of [
	['  its parts: loadScenario (YAML, schema)', measure(() => loadScenario(yaml, file), 20, 3)],
	['  prepareLazily (times and checks, no world)', measure(() => prepareLazily(scenario), 20, 3)],
	['  decodeWorld of the checkpoint', measure(() => decodeWorld(checkpoint.world), 20, 3)]
] as [string, Timing][])
	console.log(figureRow(...row));

const idle = idleSlices(8);
console.log('\n### idle work after a resume (the worker busy for each slice, not the resume)');
console.log(figureRow('the tracer made (the world at -history, run to t = 0)', idle.made));
console.log(figureRow(`one slice of ${SLICE} events taken`, idle.slice));
console.log(figureRow('all of it at once (what observe did, health waiting)', idle.atOnce));

console.log("\n### the page's side (the controller's resume)");
for (const row of [
	[
		'the store\u2019s copy of the run (structured clone)',
		measure(() => structuredClone(stored), 20, 3)
	],
	[
		'RunLog.fold of the log through the gate',
		measure(() => RunLog.fold(scenario, 'approve', prepared.t0, events), 50, 5)
	],
	['the terminal transcript', measure(() => transcript(events, place, prompt), 50, 5)]
] as [string, Timing][])
	console.log(figureRow(...row));

console.log('\n### for scale');
console.log(
	figureRow(
		'prepareScenario (the world at -history built)',
		measureEach(20, freshScenario, (s) => prepareScenario(s), 3)
	)
);
console.log(
	figureRow(
		'the world at t = 0 from there (scenarioAt)',
		measureEach(10, freshPrepared, (p) => scenarioAt(p, 0), 3)
	)
);
console.log(
	figureRow(
		'load from t = 0 (a new run)',
		measure(() => host(), 10, 2)
	)
);
