/**
 * Runs for the replay benchmark, built in Node as `preflight score` replays them: the long careful
 * trainee of `bench/score-run.ts` (500 events) as a runs export the History page imports — once
 * with the checkpoint a reload finds (written after every change), once with none (the resume
 * re-runs the log's changes from t = 0).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { carefulActs, loadPrepared, SCORE_RUN_SCENARIO } from '../../bench/score-run';
import type { RunExport, StoredRun } from '../../src/adapters/store/run-types';
import { encodeWorld } from '../../src/core/cluster/world-codec';
import { replay } from '../../src/core/rehearsal/replay';

export const BENCH_WITH_CHECKPOINT = 'e2e-bench-500-checkpoint';
export const BENCH_LOG_ONLY = 'e2e-bench-500-log-only';

/** An export of the two runs, both still active (open to resume), and their event count. */
export function benchExport(wall: number): { doc: RunExport; events: number } {
	const prepared = loadPrepared();
	const replayed = replay(prepared, 'approve', carefulActs(prepared));
	const file = `${SCORE_RUN_SCENARIO}.yaml`;
	const yaml = readFileSync(resolve(import.meta.dirname, '../../scenarios', file), 'utf8');
	const events = replayed.events;
	const base = {
		scenario: { id: SCORE_RUN_SCENARIO, title: prepared.scenario.title, yaml, file, files: {} },
		mode: 'approve' as const,
		startedAt: wall - 20 * 60_000,
		updatedAt: wall,
		status: 'active' as const,
		t0: prepared.t0,
		events: events.length
	};
	const checkpoint = { world: encodeWorld(replayed.world), now: replayed.now, seq: events.length };
	const runs: StoredRun[] = [
		{ run: { ...base, id: BENCH_WITH_CHECKPOINT, checkpoint }, events },
		{ run: { ...base, id: BENCH_LOG_ONLY }, events }
	];
	return {
		doc: { format: 'preflight-runs', version: 1, exportedAt: wall, runs },
		events: events.length
	};
}
