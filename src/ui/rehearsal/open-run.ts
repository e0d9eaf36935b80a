/**
 * Opening a rehearsal: a new run (the scenario loaded at t = 0, its row created) or a stored one
 * (the scenario loaded at the run's checkpoint, the log folded through the gate, the changes
 * logged after the checkpoint run again — `catch-up.ts`). What the `Rehearsal` is built from.
 */
import type { HealthSample, Runtime, RuntimeStatus } from '../../adapters/runtime/runtime';
import type { LoadedEntry } from '../../adapters/scenarios/catalog';
import type { RunStore } from '../../adapters/store/run-types';
import { initialState } from '../../core/rehearsal/gate';
import { RunLog } from '../../core/rehearsal/run-log';
import type { Mode } from '../../core/rehearsal/schema';
import { loadScenario } from '../../core/scenario/load';
import type { Scenario } from '../../core/scenario/schema';
import { catchUp } from './catch-up';

export interface RehearsalOptions {
	/** A started runtime (the app's one); `start` and `resume` load the scenario into it. */
	runtime: Runtime;
	runs: RunStore;
	/** The catalog entry: the scenario parsed, its YAML and file name. */
	entry: LoadedEntry;
	/** Files the scenario names beside it (`catalog.filesFor(entry)`). */
	files: Record<string, string>;
	mode: Mode;
	/** Wall-clock ms, `Date.now` by default. */
	wall?: () => number;
	/** A new run's id, `crypto.randomUUID` by default. */
	newId?: () => string;
	/** Monotonic wall ms for spacing checkpoints, `performance.now` by default. */
	clock?: () => number;
}

export type ResumeOptions = Omit<RehearsalOptions, 'mode' | 'entry' | 'files' | 'newId'> & {
	runId: string;
};

export interface Opened {
	runtime: Runtime;
	runs: RunStore;
	runId: string;
	mode: Mode;
	scenario: Scenario;
	log: RunLog;
	status: RuntimeStatus;
	wall: () => number;
	clock: () => number;
	/** The runtime's count of reported records and timeline events (`RuntimeReply.reported`). */
	reported: number;
	/** The store's answer when it already knows the run will not outlive the tab. */
	notice?: string;
	/** The world moved past the stored checkpoint (or there was none): write one. */
	checkpointDue: boolean;
	/** The live chart's samples kept with the checkpoint (none for a new run). */
	health: HealthSample[];
}

export type Opening = Opened | { error: string };

/** What the trainee reads when a run's saved cluster does not decode (not the decoder's words). */
export const DAMAGED_CHECKPOINT =
	"This run's saved cluster could not be read; its log is intact — export it or start over.";

function clockOf(o: { clock?: () => number }): () => number {
	return o.clock ?? (() => performance.now());
}

export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** A promise's outcome as a value, so a rejection waits until the page has its own answer. */
async function settled<T>(
	promise: Promise<T>
): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
	try {
		return { ok: true, value: await promise };
	} catch (error) {
		return { ok: false, error };
	}
}

export async function openNew(o: RehearsalOptions): Promise<Opening> {
	const { runtime, runs, entry, files, mode } = o;
	const wall = o.wall ?? (() => Date.now());
	const { yaml, file, scenario } = entry;
	const loaded = await runtime.load({ yaml, file, files });
	if (!loaded.ok) return { error: loaded.message };
	const runId = (o.newId ?? (() => crypto.randomUUID()))();
	const created = await runs.create({
		id: runId,
		scenario: { id: entry.id, title: scenario.title, yaml, file, files },
		mode,
		startedAt: wall(),
		status: 'active',
		t0: loaded.t0
	});
	if (!created.ok) return { error: created.message };
	const log = new RunLog(loaded.t0, initialState(scenario, mode));
	const notice = created.notice ?? (await runs.notice());
	const status = loaded.status;
	return {
		...{ runtime, runs, runId, mode, scenario, log, status, wall, notice },
		clock: clockOf(o),
		reported: 0,
		checkpointDue: true,
		health: []
	};
}

export async function openStored(o: ResumeOptions): Promise<Opening> {
	const { runtime, runs, runId } = o;
	const stored = await runs.load(runId);
	if (!stored) return { error: `There is no run ${runId} in this browser.` };
	const { run, events } = stored;
	if (run.status === 'finished') return { error: `Run ${runId} is finished.` };
	if (run.status === 'abandoned')
		return { error: `Run ${runId} was abandoned: its scenario was started over.` };
	const { yaml, file, files } = run.scenario;
	const checkpoint = run.checkpoint && { world: run.checkpoint.world, now: run.checkpoint.now };
	// The worker loads while the page parses and folds: the two take about as long, on two threads.
	const loading = settled(
		runtime.load({ yaml, file, files, ...(checkpoint && { resume: checkpoint }) })
	);
	const parsed = loadScenario(yaml, file);
	const folded = parsed.ok ? RunLog.fold(parsed.scenario, run.mode, run.t0, events) : undefined;
	const replied = await loading;
	if (!parsed.ok || !folded) return { error: `${file}: the run's scenario no longer loads` };
	if (!folded.ok) return { error: `Run ${runId}'s log is damaged: ${folded.message}` };
	if (!replied.ok) throw replied.error;
	const loaded = replied.value;
	if (!loaded.ok)
		return {
			error: checkpoint && /^checkpoint:/.test(loaded.message) ? DAMAGED_CHECKPOINT : loaded.message
		};
	const caught = await catchUp(runtime, events, run.checkpoint?.seq ?? 0);
	return {
		...{ runtime, runs, runId, mode: run.mode, scenario: parsed.scenario, log: folded.log },
		status: caught.status,
		wall: o.wall ?? (() => Date.now()),
		clock: clockOf(o),
		reported: caught.reported,
		notice: await runs.notice(),
		checkpointDue: caught.rerun.length > 0 || !checkpoint,
		health: run.checkpoint?.health ?? []
	};
}
