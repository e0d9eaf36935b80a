/**
 * The runs export: one JSON document holding runs whole (row, event log, score), versioned so a
 * file written today imports into every later Preflight. `parseRunExport` reads any version it
 * knows: it migrates an older document step by step (`MIGRATIONS`), then checks it whole and names
 * the first bad field.
 *
 * Version 1 is the first. A version 2 adds `MIGRATIONS[1]` (a v1 document → v2), bumps
 * `RUN_EXPORT_VERSION` and its schema; `test/store/export-v1.json`, written by version 1, must
 * keep importing.
 */
import { z } from 'zod';
import { Mode, RunEvent } from '../../core/rehearsal/schema';
import type { RunExport, StoredRun } from './run-types';
import { GradeSchema, HealthSampleSchema, ScoreReportSchema } from './score-schema';

export const RUN_EXPORT_FORMAT = 'preflight-runs';
export const RUN_EXPORT_VERSION = 1;

/** Turns a document of version n into one of version n + 1 (it need not set `version`). */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** `MIGRATIONS[n]` migrates version n to n + 1. Version 1 is the first: nothing to migrate yet. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

const Count = z.number().int().nonnegative();

const RunScenarioSchema = z.strictObject({
	id: z.string().min(1),
	title: z.string(),
	yaml: z.string(),
	file: z.string(),
	files: z.record(z.string(), z.string())
});

const CheckpointSchema = z.strictObject({
	/** `core/cluster/world-codec.ts` checks the rest when the run resumes. */
	world: z.looseObject({ encoding: z.literal('preflight-world/1') }),
	now: z.number(),
	seq: Count,
	/** The live chart's samples up to the checkpoint (added within version 1: optional). */
	health: z.array(HealthSampleSchema).optional()
});

const RunRowSchema = z.strictObject({
	id: z.string().min(1),
	scenario: RunScenarioSchema,
	mode: Mode,
	startedAt: z.number(),
	updatedAt: z.number(),
	/** `abandoned` was added within version 1: older files hold only the other two. */
	status: z.enum(['active', 'finished', 'abandoned']),
	t0: z.number(),
	events: Count,
	checkpoint: CheckpointSchema.optional(),
	total: z.number().optional(),
	grade: GradeSchema.optional()
});

const RunScoreSchema = z.strictObject({
	runId: z.string().min(1),
	report: ScoreReportSchema,
	samples: z.array(HealthSampleSchema),
	scoredAt: z.number()
});

const StoredRunSchema = z
	.strictObject({ run: RunRowSchema, events: z.array(RunEvent), score: RunScoreSchema.optional() })
	.superRefine((stored, ctx) => {
		const bad = (path: PropertyKey[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		const at = stored.events.findIndex((e, i) => e.seq !== i);
		if (at >= 0)
			bad(['events', at, 'seq'], `expected ${at}: the log's seqs run 0, 1, 2… with no gaps`);
		else if (stored.run.events !== stored.events.length)
			bad(['run', 'events'], `expected ${stored.events.length}, the number of events in the log`);
		if (stored.run.checkpoint && stored.run.checkpoint.seq > stored.events.length)
			bad(['run', 'checkpoint', 'seq'], `expected at most ${stored.events.length}`);
		if (stored.score && stored.score.runId !== stored.run.id)
			bad(['score', 'runId'], `expected "${stored.run.id}", the run's id`);
	});

export const RunExportSchema = z
	.strictObject({
		format: z.literal(RUN_EXPORT_FORMAT),
		version: z.literal(RUN_EXPORT_VERSION),
		/** Wall-clock ms. */
		exportedAt: z.number(),
		runs: z.array(StoredRunSchema)
	})
	.superRefine((doc, ctx) => {
		const seen = new Set<string>();
		for (const [i, stored] of doc.runs.entries()) {
			if (seen.has(stored.run.id))
				ctx.addIssue({
					code: 'custom',
					path: ['runs', i, 'run', 'id'],
					message: `run ${stored.run.id} appears twice`
				});
			seen.add(stored.run.id);
		}
	});

export type ParsedRunExport = { ok: true; runs: StoredRun[] } | { ok: false; message: string };

export function makeRunExport(runs: StoredRun[], exportedAt: number): RunExport {
	return { format: RUN_EXPORT_FORMAT, version: RUN_EXPORT_VERSION, exportedAt, runs };
}

/** Reads an export: the document, or its JSON text. */
export function parseRunExport(input: unknown): ParsedRunExport {
	let json = input;
	if (typeof input === 'string') {
		try {
			json = JSON.parse(input);
		} catch (error) {
			return { ok: false, message: `The file is not JSON (${(error as Error).message}).` };
		}
	}
	if (!isRecord(json) || json.format !== RUN_EXPORT_FORMAT)
		return {
			ok: false,
			message: `The file is not a Preflight runs export: it needs "format": "${RUN_EXPORT_FORMAT}".`
		};
	const migrated = migrateExport(json);
	if (!migrated.ok) return migrated;
	const parsed = RunExportSchema.safeParse(migrated.doc);
	if (!parsed.success) return { ok: false, message: describeIssue(parsed.error.issues[0]) };
	return { ok: true, runs: parsed.data.runs };
}

/** Brings a document of any known version up to `current`, one migration at a time. */
export function migrateExport(
	doc: Record<string, unknown>,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
	current = RUN_EXPORT_VERSION
): { ok: true; doc: Record<string, unknown> } | { ok: false; message: string } {
	const version = doc.version;
	if (typeof version !== 'number' || !Number.isInteger(version))
		return { ok: false, message: 'The export has no version number, so it cannot be read.' };
	if (version > current)
		return {
			ok: false,
			message: `The export is version ${version}, from a newer Preflight: this one reads up to version ${current}. Update Preflight to import it.`
		};
	let out = doc;
	for (let v = version; v < current; v++) {
		const step = migrations[v];
		if (!step)
			return {
				ok: false,
				message: `The export is version ${version}, which this Preflight cannot read (it reads version ${oldest(migrations, current)} and later).`
			};
		try {
			out = { ...step(out), version: v + 1 };
		} catch (error) {
			return {
				ok: false,
				message: `The version ${v} export could not be brought up to version ${v + 1} (${(error as Error).message}).`
			};
		}
	}
	return { ok: true, doc: out };
}

function oldest(migrations: Readonly<Record<number, Migration>>, current: number): number {
	let v = current;
	while (migrations[v - 1]) v--;
	return v;
}

/** `runs[0].events[3].at: expected a number, got text` — the path a person can find in the file. */
function describeIssue(issue: z.core.$ZodIssue): string {
	const path = issue.path
		.map((key, i) =>
			typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`
		)
		.join('');
	const where = path === '' ? 'the document' : path;
	return `The export could not be read at ${where}: ${issue.message}.`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The export's zod output and the store's `RunExport` stay the same shape. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(): T | undefined => undefined;
same<Same<z.output<typeof RunExportSchema>, RunExport & { version: 1 }>>();
