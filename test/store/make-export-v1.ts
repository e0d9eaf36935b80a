/**
 * Wrote `export-v1.json`: a runs export exactly as version 1 of the format writes it — one finished
 * run of the payments scenario (the careful trainee, scored, SLI samples) and one left halfway
 * (active, with a checkpoint of its world). The file is the first version's document: it is kept
 * as written and must import into every later Preflight, so do not write it again — a later
 * version adds its own fixture beside it.
 *
 *   npx tsx test/store/make-export-v1.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeWorld } from '../../src/core/cluster/world-codec';
import { replay } from '../../src/core/rehearsal/replay';
import { Act, type RunEvent } from '../../src/core/rehearsal/schema';
import { scoreRun } from '../../src/core/scoring/score';
import { makeRunExport } from '../../src/adapters/store/run-export';
import type { StoredRun } from '../../src/adapters/store/run-types';
import { libraryText, preparedScenario } from '../support/library';

const ROOT = new URL('../../', import.meta.url);
const SCENARIO = 'payments-pool-drain';

const yaml = libraryText(SCENARIO);
const prepared = preparedScenario(SCENARIO);

const acts = readFileSync(new URL(`test/scoring/trainees/${SCENARIO}.careful.jsonl`, ROOT), 'utf8')
	.split('\n')
	.filter((l) => l.trim() !== '')
	.map((l) => Act.parse(JSON.parse(l)));

function storedRun(id: string, startedAt: number, take: number): StoredRun {
	const run = replay(prepared, 'approve', acts.slice(0, take));
	// The app stamps each event with the wall clock; headless replay leaves it out.
	const events: RunEvent[] = run.events.map((e) => ({ ...e, wall: startedAt + e.t + e.seq * 700 }));
	const last = events.at(-1);
	const updatedAt = last?.wall ?? startedAt;
	const checkpoint = { world: encodeWorld(run.world), now: run.now, seq: events.length };
	const row: StoredRun['run'] = {
		id,
		scenario: {
			id: prepared.scenario.id,
			title: prepared.scenario.title,
			yaml,
			file: `${SCENARIO}.yaml`,
			files: {}
		},
		mode: 'approve',
		startedAt,
		updatedAt,
		status: 'active',
		t0: prepared.t0,
		events: events.length
	};
	// A finished run keeps no checkpoint here: nothing resumes it, and a world is half a megabyte.
	if (take < acts.length) return { run: { ...row, checkpoint }, events };
	const scored = scoreRun(prepared, events);
	const scoredAt = updatedAt + 3_000;
	const { report } = scored;
	return {
		run: {
			...row,
			status: 'finished',
			updatedAt: scoredAt,
			total: report.total,
			grade: report.grade
		},
		events,
		score: { runId: id, report, samples: scored.samples, scoredAt }
	};
}

const finished = storedRun(
	'c41e7d2a-96b3-4f08-a5d1-7e2b9c03f6a4',
	Date.UTC(2026, 2, 9, 15, 4, 0),
	acts.length
);
const halfway = storedRun(
	'0a8f5e61-2c7d-4b93-8e40-d15b6f9a27c3',
	Date.UTC(2026, 2, 10, 8, 31, 0),
	10
);
const doc = makeRunExport([halfway, finished], Date.UTC(2026, 2, 10, 8, 47, 12));
// One line: the world alone is half a megabyte, and four times that indented.
writeFileSync(new URL('export-v1.json', import.meta.url), `${JSON.stringify(doc)}\n`);
