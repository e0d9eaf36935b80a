/**
 * The analyses a `Tracer` makes as events are logged (and the tail it walks when settled) change
 * how fast a score comes, never what it says: the report and samples of a run fed one event at a
 * time — as copies, the way a log crosses the worker boundary — are byte for byte those of the
 * same log scored from nothing: by the scoring modules evaluated again, with every memo bypassed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { carefulRun, loadPrepared } from '../../../bench/score-run';
import { noRollbacks, skipsPreflights } from '../../../test/scoring/trainee-habits';
import { preparedScenario } from '../../../test/support/library';
import { replay } from '../rehearsal/replay';
import { Act, type RunEvent } from '../rehearsal/schema';
import type { Prepared } from '../scenario/prepare';
import { extendMs, scoreRun } from './score';
import { Tracer } from './trace';

const ROOT = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

function acts(file: string): Act[] {
	return read(`test/scoring/trainees/${file}`)
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => Act.parse(JSON.parse(l)));
}

interface Run {
	name: string;
	prepared: Prepared;
	events: RunEvent[];
}

/** Lines that chain changes, and the same lines again later (a memo keyed wrong would show). */
function freePlay(drain: Prepared): RunEvent[] {
	const chained =
		'kubectl scale deploy/payments-api -n payments --replicas=5 && kubectl rollout restart deploy/payments-primary -n payments';
	const piped = 'kubectl get pods -n payments -o name | xargs kubectl delete -n payments';
	// The first change fails, so only the guard's reading of the line says it chains.
	const failing =
		'kubectl scale deploy/payments-gone -n payments --replicas=2 && kubectl rollout restart deploy/payments-primary -n payments';
	const look = 'kubectl get deploy -n payments';
	const acts: Act[] = [
		{ act: 'run', command: look },
		{ act: 'run', command: chained },
		{ act: 'wait', seconds: 20 },
		{ act: 'run', command: look },
		{ act: 'run', command: piped },
		{ act: 'wait', seconds: 40 },
		{ act: 'run', command: chained },
		{ act: 'run', command: failing },
		{ act: 'run', command: look }
	];
	return replay(drain, 'free-play', acts).events;
}

/** Every scripted trainee, the habits made from each careful one, and the 500-event run. */
function runs(): Run[] {
	const out: Run[] = [];
	for (const file of readdirSync(new URL('test/scoring/trainees/', ROOT)).sort()) {
		const [id, trainee] = file.replace(/\.jsonl$/, '').split('.');
		const prep = preparedScenario(id);
		const list = acts(file);
		const add = (name: string, a: Act[]) =>
			out.push({ name, prepared: prep, events: replay(prep, 'approve', a).events });
		add(`${id}.${trainee}`, list);
		if (trainee !== 'careful') continue;
		add(`${id}.careful, skipping pre-flights`, skipsPreflights(list));
		add(`${id}.careful, staging no rollbacks`, noRollbacks(list));
	}
	const drain = loadPrepared();
	out.push({ name: 'free play, chaining changes', prepared: drain, events: freePlay(drain) });
	out.push({ name: 'the 500-event careful run', prepared: drain, events: carefulRun(drain) });
	return out;
}

/** A tracer fed the log one event at a time, each a copy, settling now and then and at the end. */
function fed(run: Run): Tracer {
	const tracer = new Tracer(run.prepared);
	run.events.forEach((event, i) => {
		tracer.ingest([structuredClone(event)], i);
		if (i % 25 === 24) tracer.settle(extendMs(run.prepared));
	});
	tracer.settle(extendMs(run.prepared));
	return tracer;
}

describe('scoring with what the tracer analysed as the run happened', () => {
	const all = runs();
	const tracers = all.map(fed);
	let fresh: typeof import('./score');
	let memo: typeof import('./memo');
	/** The run scored by scoring modules evaluated again, every memo computing afresh. */
	const unmemoised = (p: Prepared, events: RunEvent[]) =>
		memo.withoutMemos(() => fresh.scoreRun(p, events));

	beforeAll(async () => {
		vi.resetModules();
		fresh = await import('./score');
		memo = await import('./memo');
	});

	it('covers every scripted trainee and the 500-event run', () => {
		expect(fresh.scoreRun).not.toBe(scoreRun);
		expect(all.length).toBeGreaterThanOrEqual(30);
		expect(all.filter((r) => r.name.endsWith('.careful')).length).toBeGreaterThanOrEqual(12);
		expect(all[all.length - 1].events).toHaveLength(500);
	});

	it('gives byte-identical reports and samples', () => {
		all.forEach((run, i) => {
			const copy = structuredClone(run.events);
			const withAnalyses = scoreRun(run.prepared, copy, tracers[i]);
			const fromNothing = unmemoised(run.prepared, run.events);
			expect([run.name, withAnalyses]).toEqual([run.name, fromNothing]);
			expect(JSON.stringify(withAnalyses)).toBe(JSON.stringify(fromNothing));
		});
	}, 180_000); // forty runs scored twice, once with every memo off: minutes on a loaded machine

	it('gives the same again once the log grows past a settled end', () => {
		const run = all.find((r) => r.name === 'payments-pool-drain.runs-flawed-draft')!;
		const half = run.events.slice(0, Math.ceil(run.events.length / 2));
		const tracer = new Tracer(run.prepared);
		tracer.ingest(half);
		tracer.settle(extendMs(run.prepared));
		expect(scoreRun(run.prepared, half, tracer)).toEqual(unmemoised(run.prepared, half));
		tracer.ingest(run.events.slice(half.length), half.length);
		expect(tracer.size).toBe(run.events.length);
		expect(scoreRun(run.prepared, run.events, tracer)).toEqual(
			unmemoised(run.prepared, run.events)
		);
	});
});
