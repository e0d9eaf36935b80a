import { describe, expect, it } from 'vitest';
import { carefulActs, carefulRun, loadPrepared } from '../../../bench/score-run';
import type { World } from '../cluster/types';
import { replay } from '../rehearsal/replay';
import type { RunEvent } from '../rehearsal/schema';
import { foldRun } from './run';
import { scoreRun } from './score';
import { baselineSamples, GRID_MS, traceRun, Tracer, type Trace } from './trace';

const prepared = loadPrepared();
const events = carefulRun(prepared);
const EXTEND = (prepared.scenario.health.resolved?.for ?? 0) + 15_000;

/** The events score.ts asks the world at. */
function wanted(log: readonly RunEvent[]): Set<number> {
	const want = new Set<number>();
	for (const s of foldRun(prepared.scenario, log).steps)
		for (const m of [s.reached, s.draftAt, s.confirm, s.stop, s.flagStale, s.reject, ...s.actions])
			if (m) want.add(m.seq);
	return want;
}

/** A trace as plain data: worlds compared by identity would say nothing. */
function plain(trace: Trace) {
	return {
		endT: trace.endT,
		samples: trace.samples,
		moments: [...trace.moments].map(([seq, m]) => ({ seq, now: m.now, t: m.t, rv: rvs(m.world) }))
	};
}

/** Every write bumps a cluster's resourceVersion; every draw moves its random source. */
function rvs(world: World) {
	return Object.values(world.clusters).map((c) => [c.resourceVersion, c.rng, c.lastReconciled]);
}

describe('the careful 500-event run', () => {
	it('has 500 events, a draft for each of the four steps, and every step decided', () => {
		expect(events).toHaveLength(500);
		expect(events.filter((e) => e.kind === 'draft-shown').map((e) => e.seq)).toEqual([
			0, 210, 251, 302
		]);
		const decided = events.flatMap((e) =>
			e.kind === 'act' && (e.act.act === 'confirm' || e.act.act === 'reject-draft')
				? [`${e.act.act} ${e.act.step}`]
				: []
		);
		expect(decided).toEqual(['confirm 1', 'confirm 2', 'reject-draft 3', 'confirm 3', 'confirm 4']);
		expect(events.filter((e) => e.kind === 'command' && e.record.exitCode !== 0)).toEqual([]);
	});
});

describe('Tracer', () => {
	const want = wanted(events);
	const whole = traceRun(prepared, events, want, EXTEND);

	it('fed the log one event at a time, gives the trace of the whole log', () => {
		const tracer = new Tracer(prepared);
		for (let i = 1; i <= events.length; i++) tracer.ingest(events.slice(0, i));
		expect(tracer.size).toBe(500);
		expect(plain(tracer.trace(want, EXTEND))).toEqual(plain(whole));
	});

	it('gives the same score and samples as scoring from the log', () => {
		const tracer = new Tracer(prepared);
		tracer.ingest(events);
		expect(scoreRun(prepared, events, tracer)).toEqual(scoreRun(prepared, events));
	});

	it('walks again from a moment asked for that it did not guess', () => {
		const tracer = new Tracer(prepared);
		tracer.ingest(events);
		// Ask for every act's moment: most were not guessed, and asking moves the clock.
		const more = new Set([...want, ...events.filter((e) => e.kind === 'act').map((e) => e.seq)]);
		expect(plain(tracer.trace(more, EXTEND))).toEqual(
			plain(traceRun(prepared, events, more, EXTEND))
		);
		// Asking does not change what it holds.
		expect(plain(tracer.trace(want, EXTEND))).toEqual(plain(whole));
	});

	it('rewinds to the first event that differs from what it took', () => {
		const acts = carefulActs(prepared).slice(0, 60);
		const first = replay(prepared, 'approve', acts).events;
		const other = replay(prepared, 'approve', [
			...acts.slice(0, 30),
			{ act: 'wait', seconds: 40 },
			...acts.slice(30)
		]).events;
		const tracer = new Tracer(prepared);
		tracer.ingest(first);
		tracer.ingest(other);
		expect(tracer.size).toBe(other.length);
		const w = wanted(other);
		expect(plain(tracer.trace(w, EXTEND))).toEqual(plain(traceRun(prepared, other, w, EXTEND)));
	});

	it('takes the log in slices from where each starts, and settles to the same trace', () => {
		const tracer = new Tracer(prepared);
		for (let i = 0; i < events.length; i += 64) tracer.ingest(events.slice(i, i + 64), i);
		// A slice past what it holds would leave a gap: not taken.
		tracer.ingest(events.slice(10, 20), events.length + 1);
		expect(tracer.size).toBe(500);
		tracer.settle(EXTEND);
		expect(plain(tracer.trace(want, EXTEND))).toEqual(plain(whole));
		// A slice that differs from what it took rewinds there; the rest of what it held goes.
		const other = events.slice(300, 310).map((e) => ({ ...e, t: e.t + 1, at: e.at + 1 }));
		tracer.ingest(other, 300);
		expect(tracer.size).toBe(310);
		const log = [...events.slice(0, 300), ...other];
		const w = wanted(log);
		expect(plain(tracer.trace(w, EXTEND))).toEqual(plain(traceRun(prepared, log, w, EXTEND)));
	});

	it('ignores a tracer of another scenario', () => {
		const tracer = new Tracer({ ...prepared });
		expect(scoreRun(prepared, events.slice(0, 40), tracer)).toEqual(
			scoreRun(prepared, events.slice(0, 40))
		);
		expect(tracer.size).toBe(0);
	});
});

describe('baselineSamples', () => {
	it('gives the same samples whatever ends were asked for before', () => {
		const early = { ...prepared };
		baselineSamples(early, 7 * GRID_MS + 4000);
		const late = baselineSamples(early, 3 * GRID_MS + 2500);
		const fresh = baselineSamples({ ...prepared }, 3 * GRID_MS + 2500);
		expect(late).toEqual(fresh);
		expect(late.map((s) => s.t)).toEqual([0, 15_000, 30_000, 45_000, 47_500]);
	});
});
