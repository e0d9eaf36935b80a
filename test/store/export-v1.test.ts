/**
 * The first version of the runs export, as version 1 wrote it (`make-export-v1.ts`, run once): it
 * must import into this Preflight, whatever version it is now, and come out whole.
 */
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { decodeWorld } from '../../src/core/cluster/world-codec';
import { parseRunExport } from '../../src/adapters/store/run-export';
import { createRunStore } from '../../src/adapters/store/run-store';

const TEXT = readFileSync(new URL('export-v1.json', import.meta.url), 'utf8');
const HALFWAY = '0a8f5e61-2c7d-4b93-8e40-d15b6f9a27c3';
const FINISHED = 'c41e7d2a-96b3-4f08-a5d1-7e2b9c03f6a4';

describe('a version 1 runs export', () => {
	it('still parses: a run left halfway and a finished, scored one', () => {
		const parsed = parseRunExport(TEXT);
		if (!parsed.ok) throw new Error(parsed.message);
		expect(
			parsed.runs.map(({ run, events, score }) => ({
				id: run.id,
				scenario: run.scenario.id,
				status: run.status,
				events: [run.events, events.length, events.at(-1)?.kind],
				checkpoint: run.checkpoint?.seq,
				grade: [run.grade, score?.report.grade, score?.report.categories.length]
			}))
		).toEqual([
			{
				id: HALFWAY,
				scenario: 'payments-pool-drain',
				status: 'active',
				events: [18, 18, 'command'],
				checkpoint: 18,
				grade: [undefined, undefined, undefined]
			},
			{
				id: FINISHED,
				scenario: 'payments-pool-drain',
				status: 'finished',
				events: [35, 35, 'act'],
				checkpoint: undefined,
				grade: ['A', 'A', 12]
			}
		]);
		expect(parsed.runs[1].events[1]).toEqual({
			seq: 1,
			at: 1_773_483_060_000,
			t: 0,
			wall: 1_773_068_640_700,
			kind: 'act',
			act: {
				act: 'run',
				command:
					'kubectl get pods -n payments -l pool=primary -o wide && kubectl get deployment/payments-secondary -n payments -o wide'
			}
		});
	});

	it('imports whole: exported again, it is the same document', async () => {
		const store = createRunStore({ indexedDB: new IDBFactory(), IDBKeyRange, now: () => 0 });
		expect(await store.importRuns(TEXT)).toEqual({ ok: true, imported: 2 });
		const again = await store.exportRuns([HALFWAY, FINISHED]);
		const original = JSON.parse(TEXT);
		expect(JSON.parse(JSON.stringify({ ...again, exportedAt: original.exportedAt }))).toEqual(
			original
		);
	});

	it("keeps the halfway run's world: its checkpoint decodes", () => {
		const parsed = parseRunExport(TEXT);
		const world = parsed.ok ? parsed.runs[0].run.checkpoint?.world : undefined;
		const decoded = decodeWorld(world);
		expect(decoded.ok && decoded.world.currentContext).toBe('prod-us-east-1');
	});
});
