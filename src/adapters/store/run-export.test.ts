import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { RunEvent, type Act, type CommandRecord } from '../../core/rehearsal/schema';
import type { GuardedStep } from '../../core/drafting/schema';
import { migrateExport, parseRunExport, RUN_EXPORT_VERSION, type Migration } from './run-export';
import { memoryRunStore } from './memory-run-store';
import { createRunStore } from './run-store';
import type { RunExport } from './run-types';
import { checkpoint, events, newRun, score } from './test-runs';

const A = '6f0b7c2e-3d41-4a8e-9b15-c27d8e4a90f3';
const B = 'e3a9d0c4-7b28-4f61-8d05-93c1b6e2fa47';
const NOW = 1_773_656_000_000;

async function sample(): Promise<RunExport> {
	const store = memoryRunStore({ now: () => NOW });
	await store.create(newRun(A));
	await store.append(A, events(0, 4));
	await store.saveCheckpoint(A, checkpoint(4));
	await store.finish(A, score());
	return structuredClone(await store.exportRuns());
}

/** The message `parseRunExport` gives for the sample export after `edit`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test breaks the document at will
async function refusal(edit: (doc: Record<string, any>) => void): Promise<string | undefined> {
	const doc = await sample();
	edit(doc);
	const parsed = parseRunExport(doc);
	return parsed.ok ? undefined : parsed.message;
}

describe('parseRunExport', () => {
	it('reads what an export wrote, from the document or its JSON text', async () => {
		const doc = await sample();
		expect(parseRunExport(doc)).toEqual({ ok: true, runs: doc.runs });
		expect(parseRunExport(JSON.stringify(doc))).toEqual({ ok: true, runs: doc.runs });
	});

	it('refuses what is not a runs export in one plain sentence', () => {
		expect(parseRunExport('PK\u0003\u0004')).toEqual({
			ok: false,
			message: expect.stringMatching(/^The file is not JSON \(.+\)\.$/)
		});
		const notOurs = {
			ok: false,
			message: 'The file is not a Preflight runs export: it needs "format": "preflight-runs".'
		};
		expect(parseRunExport([])).toEqual(notOurs);
		expect(parseRunExport(null)).toEqual(notOurs);
		expect(parseRunExport({ format: 'preflight-scenarios', version: 1 })).toEqual(notOurs);
		expect(parseRunExport({ format: 'preflight-runs', version: '1', runs: [] })).toEqual({
			ok: false,
			message: 'The export has no version number, so it cannot be read.'
		});
		expect(parseRunExport({ format: 'preflight-runs', version: 2, runs: [] })).toEqual({
			ok: false,
			message:
				'The export is version 2, from a newer Preflight: this one reads up to version 1. Update Preflight to import it.'
		});
	});

	it('names the first bad field by its path in the file', async () => {
		expect(await refusal((d) => (d.runs[0].events[2].at = '10:11:08'))).toBe(
			'The export could not be read at runs[0].events[2].at: Invalid input: expected number, received string.'
		);
		expect(await refusal((d) => (d.runs[0].run.colour = 'red'))).toBe(
			'The export could not be read at runs[0].run: Unrecognized key: "colour".'
		);
		expect(await refusal((d) => (d.runs[0].run.mode = 'autopilot'))).toBe(
			'The export could not be read at runs[0].run.mode: Invalid option: expected one of "approve"|"compose"|"free-play".'
		);
		expect(await refusal((d) => delete d.runs[0].score.report.grade)).toBe(
			'The export could not be read at runs[0].score.report.grade: Invalid option: expected one of "A"|"B"|"C"|"D"|"F".'
		);
		expect(await refusal((d) => (d.exportedAt = undefined))).toBe(
			'The export could not be read at exportedAt: Invalid input: expected number, received undefined.'
		);
	});

	it('refuses a log with a gap, a row that miscounts it, a stray score and a run twice', async () => {
		expect(await refusal((d) => d.runs[0].events.splice(1, 1))).toBe(
			"The export could not be read at runs[0].events[1].seq: expected 1: the log's seqs run 0, 1, 2… with no gaps."
		);
		expect(await refusal((d) => (d.runs[0].run.events = 5))).toBe(
			'The export could not be read at runs[0].run.events: expected 4, the number of events in the log.'
		);
		expect(await refusal((d) => (d.runs[0].run.checkpoint.seq = 7))).toBe(
			'The export could not be read at runs[0].run.checkpoint.seq: expected at most 4.'
		);
		expect(await refusal((d) => (d.runs[0].score.runId = B))).toBe(
			`The export could not be read at runs[0].score.runId: expected "${A}", the run's id.`
		);
		expect(await refusal((d) => d.runs.push(structuredClone(d.runs[0])))).toBe(
			`The export could not be read at runs[1].run.id: run ${A} appears twice.`
		);
	});
});

describe('export migrations', () => {
	/** A made-up version 0 that called runs "rehearsals": how a real step will look. */
	const renamed: Migration = ({ rehearsals, ...rest }) => ({ ...rest, runs: rehearsals });

	it('is at version 1, the first, with nothing older to migrate', async () => {
		expect(RUN_EXPORT_VERSION).toBe(1);
		const doc = { ...(await sample()) };
		expect(migrateExport(doc)).toEqual({ ok: true, doc });
	});

	it('runs each step from the document version up to the current one', async () => {
		const { runs, ...head } = await sample();
		const v0 = { ...head, version: 0, rehearsals: runs };
		expect(migrateExport(v0, { 0: renamed }, 1)).toEqual({
			ok: true,
			doc: { ...head, version: 1, runs }
		});
		const twice: Record<number, Migration> = { 0: renamed, 1: (d) => ({ ...d, note: 'v2' }) };
		expect(migrateExport(v0, twice, 2)).toEqual({
			ok: true,
			doc: { ...head, version: 2, runs, note: 'v2' }
		});
	});

	it('says which versions it reads when a step is missing, and when a step fails', () => {
		const doc = { format: 'preflight-runs', version: 0, runs: [] };
		expect(migrateExport(doc)).toEqual({
			ok: false,
			message:
				'The export is version 0, which this Preflight cannot read (it reads version 1 and later).'
		});
		const broken: Migration = () => {
			throw new Error('rehearsals is not iterable');
		};
		expect(migrateExport(doc, { 0: broken }, 1)).toEqual({
			ok: false,
			message:
				'The version 0 export could not be brought up to version 1 (rehearsals is not iterable).'
		});
	});
});

// ─── round trip over generated logs ──────────────────────────────────────────────────────────────

const text = fc.string({ unit: 'grapheme', maxLength: 30 });
const trimmed = fc
	.string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
	.map((s) => s.trim())
	.filter((s) => s.length > 0);
const step = fc.integer({ min: 1, max: 12 });
/** Virtual and wall times: whole ms mostly, fractions sometimes, never -0 (JSON has no -0). */
const time = fc.oneof(
	fc.integer({ min: 0, max: 2 ** 45 }),
	fc.double({ min: -1e6, max: 2 ** 45, noNaN: true }).filter((x) => !Object.is(x, -0))
);

const guardedStep: fc.Arbitrary<GuardedStep> = fc.record(
	{
		step,
		title: trimmed,
		preflight: fc.record(
			{
				command: trimmed,
				expect: trimmed,
				stopIf: fc.record({ text: trimmed, when: trimmed }, { requiredKeys: ['text'] })
			},
			{ requiredKeys: ['command', 'expect', 'stopIf'] }
		),
		action: fc.record({ command: trimmed, blastRadius: trimmed }),
		verify: fc.record({ command: trimmed, expect: trimmed }),
		rollback: fc.record(
			{ command: fc.oneof(fc.constant(''), trimmed), note: trimmed },
			{ requiredKeys: ['command'] }
		),
		staleFlags: fc.array(fc.record({ reason: trimmed, evidence: trimmed }), { maxLength: 2 }),
		confirm: trimmed
	},
	{
		requiredKeys: [
			'step',
			'title',
			'preflight',
			'action',
			'verify',
			'rollback',
			'staleFlags',
			'confirm'
		]
	}
) as fc.Arbitrary<GuardedStep>;

const act: fc.Arbitrary<Act> = fc.oneof(
	fc.record({ act: fc.constant('run' as const), command: trimmed }),
	fc.record({ act: fc.constant('confirm' as const), step }),
	fc.record({
		act: fc.constantFrom('stop' as const, 'flag-stale' as const, 'reject-draft' as const),
		step,
		reason: trimmed
	}),
	fc.record({ act: fc.constant('stage-rollback' as const), step, command: trimmed }),
	fc.record({ act: fc.constant('compose' as const), step, draft: guardedStep }),
	fc.record({ act: fc.constant('wait' as const), seconds: fc.integer({ min: 1, max: 21_600 }) })
);

const record: fc.Arbitrary<CommandRecord> = fc.record({
	command: text,
	context: fc.constantFrom('prod-us-east-1', 'prod-eu-west-1', 'staging'),
	namespace: fc.constantFrom('payments', 'checkout', 'kube-system'),
	verb: fc.constantFrom('get', 'scale', 'rollout', 'delete', 'logs'),
	resources: fc.array(text, { maxLength: 3 }),
	mutating: fc.boolean(),
	exitCode: fc.integer({ min: 0, max: 255 }),
	output: fc.string({ unit: 'binary', maxLength: 200 })
});

type Body = RunEvent extends infer E ? (E extends RunEvent ? Omit<E, 'seq'> : never) : never;
const times = { at: time, t: time, wall: time };
const timed = ['at', 't'] as const;
const body: fc.Arbitrary<Body> = fc.oneof(
	fc.record(
		{ ...times, kind: fc.constant('act' as const), act },
		{ requiredKeys: [...timed, 'kind', 'act'] }
	),
	fc.record(
		{ ...times, kind: fc.constant('command' as const), record },
		{ requiredKeys: [...timed, 'kind', 'record'] }
	),
	fc.record(
		{
			...times,
			kind: fc.constant('draft-shown' as const),
			step,
			draft: guardedStep,
			planted: trimmed
		},
		{ requiredKeys: [...timed, 'kind', 'step', 'draft'] }
	),
	fc.record(
		{ ...times, kind: fc.constant('timeline' as const), index: fc.nat(40), by: text, note: text },
		{ requiredKeys: [...timed, 'kind', 'index', 'by', 'note'] }
	)
) as fc.Arbitrary<Body>;

describe('export and import', () => {
	it('round-trips any log through IndexedDB, the JSON text and back, losslessly', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(body, { maxLength: 25 }), fc.boolean(), async (bodies, finish) => {
				const log = bodies.map((b, seq) => ({ ...b, seq }) as RunEvent);
				// The generated events are what the schema would give back (already trimmed, defaults set).
				expect(log.map((e) => RunEvent.parse(e))).toEqual(log);
				const store = createRunStore({ indexedDB: new IDBFactory(), IDBKeyRange, now: () => NOW });
				await store.create(newRun(A));
				expect(await store.append(A, log)).toEqual({ ok: true });
				if (finish) await store.finish(A, score());
				const doc = await store.exportRuns();
				const other = createRunStore({ indexedDB: new IDBFactory(), IDBKeyRange, now: () => NOW });
				expect(await other.importRuns(JSON.stringify(doc))).toEqual({ ok: true, imported: 1 });
				expect(await other.load(A)).toEqual(await store.load(A));
				expect((await other.load(A))?.events).toEqual(log);
				expect(await other.exportRuns()).toEqual(doc);
			}),
			{ numRuns: 25 }
		);
	});
});
