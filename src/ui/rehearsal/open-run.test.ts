import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createHost } from '../../adapters/runtime/create-host';
import { DirectRuntime } from '../../adapters/runtime/direct-runtime';
import type { LoadReply, Runtime, ScenarioLoad } from '../../adapters/runtime/runtime';
import { memoryRunStore } from '../../adapters/store/run-store';
import type { RunStore } from '../../adapters/store/run-types';
import { encodeWorld } from '../../core/cluster/world-codec';
import { replay, type Replayed } from '../../core/rehearsal/replay';
import type { Act } from '../../core/rehearsal/schema';
import { loadScenario } from '../../core/scenario/load';
import { prepareScenario } from '../../core/scenario/prepare';
import { DAMAGED_CHECKPOINT, openStored, type Opened } from './open-run';

const FILE = 'payments-pool-drain.yaml';
const YAML = readFileSync(join(process.cwd(), 'scenarios', FILE), 'utf8');
const RUN = 'run-5c1e';
const WALL = Date.UTC(2026, 3, 2, 14, 5);

/** Step 1 carefully, then step 2 up to its action: the world has changed. */
const ACTS: Act[] = [
	{ act: 'run', command: 'kubectl get pods -n payments -l pool=primary -o wide' },
	{ act: 'confirm', step: 1 },
	{ act: 'run', command: 'kubectl get deploy/payments-secondary -n payments -o wide' },
	{ act: 'confirm', step: 2 },
	{ act: 'run', command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6' }
];

let replayed: Replayed;

beforeAll(() => {
	const loaded = loadScenario(YAML, FILE);
	if (!loaded.ok) throw new Error(`${FILE} does not load`);
	const prepared = prepareScenario(loaded.scenario);
	if (!prepared.ok) throw new Error(`${FILE} does not prepare`);
	replayed = replay(prepared.prepared, 'approve', ACTS);
});

/** A stored run of `ACTS`, with its checkpoint after the last event unless `checkpoint` is false. */
async function stored(
	o: { yaml?: string; world?: unknown; checkpoint?: boolean } = {}
): Promise<RunStore> {
	const runs = memoryRunStore();
	const scenario = { id: 'payments-pool-drain', title: 'Drain', yaml: o.yaml ?? YAML, file: FILE };
	const created = await runs.create({
		...{ id: RUN, scenario: { ...scenario, files: {} }, mode: 'approve', startedAt: WALL },
		...{ status: 'active', t0: replayed.events[0].at - replayed.events[0].t }
	});
	expect(created).toEqual({ ok: true });
	expect(await runs.append(RUN, replayed.events)).toEqual({ ok: true });
	if (o.checkpoint === false) return runs;
	const world = o.world ?? encodeWorld(replayed.world);
	const checkpoint = { world, now: replayed.now, seq: replayed.events.length };
	expect(await runs.saveCheckpoint(RUN, checkpoint as never)).toEqual({ ok: true });
	return runs;
}

/** The app's runtime on this thread, its `load` calls kept (and answered as `answer` says). */
function recording(answer?: (load: ScenarioLoad) => Promise<LoadReply>) {
	const runtime = new DirectRuntime(createHost());
	const loads: ScenarioLoad[] = [];
	const load = runtime.load.bind(runtime);
	runtime.load = (l) => {
		loads.push(l);
		return answer ? answer(l) : load(l);
	};
	return { runtime: runtime as Runtime, loads };
}

describe('openStored', () => {
	it('loads the checkpoint once and folds the log: the run as the trainee left it', async () => {
		const runs = await stored();
		const { runtime, loads } = recording();
		const opened = (await openStored({ runtime, runs, runId: RUN })) as Opened;
		expect(loads.map((l) => ({ file: l.file, now: l.resume?.now }))).toEqual([
			{ file: FILE, now: replayed.now }
		]);
		expect(opened.log.events).toEqual(replayed.events);
		expect(opened.log.state).toEqual(replayed.state);
		expect(opened.status.now).toBe(replayed.now);
		expect(opened.checkpointDue).toBe(false);
		const { world } = await runtime.checkpoint();
		expect(world).toEqual(encodeWorld(replayed.world));
	});

	it('re-runs the changes when there is no checkpoint, and says one is due', async () => {
		const runs = await stored({ checkpoint: false });
		const { runtime, loads } = recording();
		const opened = (await openStored({ runtime, runs, runId: RUN })) as Opened;
		expect(loads.map((l) => l.resume)).toEqual([undefined]);
		expect(opened.checkpointDue).toBe(true);
		expect((await runtime.checkpoint()).world).toEqual(encodeWorld(replayed.world));
	});

	it('reports a damaged log, not the runtime, when the load sent beside the fold fails', async () => {
		const kept = await stored();
		// The store refuses a gap on append: this one lost event 2 after.
		const runs: RunStore = {
			...kept,
			load: async (id) => {
				const run = await kept.load(id);
				return run && { ...run, events: run.events.filter((e) => e.seq !== 2) };
			}
		};
		const { runtime } = recording(() => Promise.reject(new Error('the runtime worker failed')));
		expect(await openStored({ runtime, runs, runId: RUN })).toEqual({
			error: `Run ${RUN}'s log is damaged: event 2 is missing (found seq 3)`
		});
	});

	it('reports a scenario that no longer loads before what the runtime answered', async () => {
		const runs = await stored({ yaml: YAML.replace('difficulty: 2', 'difficulty: hard') });
		const { runtime } = recording();
		expect(await openStored({ runtime, runs, runId: RUN })).toEqual({
			error: `${FILE}: the run's scenario no longer loads`
		});
	});

	it('rejects as before when the runtime fails and the page found nothing wrong', async () => {
		const runs = await stored();
		const { runtime } = recording(() => Promise.reject(new Error('the runtime worker failed')));
		await expect(openStored({ runtime, runs, runId: RUN })).rejects.toThrow(
			'the runtime worker failed'
		);
	});

	it('says the saved cluster is damaged when the checkpoint does not decode', async () => {
		const runs = await stored({ world: { encoding: 'preflight-world/1', contexts: [] } });
		const { runtime } = recording();
		expect(await openStored({ runtime, runs, runId: RUN })).toEqual({ error: DAMAGED_CHECKPOINT });
	});
});
