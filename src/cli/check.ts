/**
 * `preflight check FILE.json --scenario ID [--step N] [--at …] [--json]`: lints a drafted step
 * (from a model, a prompt library, anywhere) against the scenario's world at `--at` and prints
 * each finding as `severity [rule] field: message`; exits 1 when any finding is an error.
 */
import { lintDraft, type Finding } from '../core/guard/lint-draft';
import type { RunbookStep } from '../core/scenario/schema';
import { momentOf, parseMomentFlags, stepIndexes } from './draft';
import { readInput, usageError } from './flags';
import type { CliIO } from './io';

const HELP = `Check a drafted guarded step: the draft linter's findings against a scenario's world.

Usage:
  preflight check FILE.json|- --scenario ID|FILE [--step N] [--at DURATION] [--json]

FILE is the draft as JSON (one guarded step; '-' reads stdin). Text that is not JSON is checked
as it is, and fails the schema.

Options:
  --scenario ID|FILE  A scenario from the library (by id) or a scenario file
  --step N            The runbook step the draft is for (1-based), so its intent and ground
                      truth sharpen the checks; default the draft's own "step" number
  --at DURATION       The moment to check against, from when the on-call engineer is paged
                      (default 0s)
  --json              Print {"findings": [...]} as JSON
  -h, --help          Show this help

Each finding is printed as SEVERITY [RULE] FIELD: MESSAGE. Exits 1 when any is an error.
`;

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A JSON draft, or the text itself when it is not JSON (the linter explains why it fails). */
function parseDraftText(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/** `--step N`, else the draft's own step number when the runbook has it. */
function runbookStep(
	steps: RunbookStep[],
	given: number | undefined,
	draft: unknown
): RunbookStep | undefined {
	const own = (draft as { step?: unknown } | null)?.step;
	const n = given ?? (typeof own === 'number' && Number.isInteger(own) ? own : undefined);
	return n === undefined ? undefined : steps[n - 1];
}

export function formatFinding(f: Finding): string {
	return `${f.severity} [${f.rule}] ${f.field || '(draft)'}: ${f.message}`;
}

export async function checkCommand(argv: string[], io: CliIO): Promise<number> {
	const parsed = parseMomentFlags(argv, {});
	if (parsed.ok === 'help') {
		io.stdout(HELP);
		return 0;
	}
	const fail = (message: string) => usageError(io, 'check', message);
	if (!parsed.ok) return fail(parsed.message);
	if (parsed.rest.length !== 1)
		return fail(
			parsed.rest.length === 0
				? 'give the draft file (FILE.json, or - for stdin)'
				: `give one draft file, got ${parsed.rest.length}`
		);
	const [file] = parsed.rest;
	const text = await readInput(io, file);
	if (!text.ok) return fail(`cannot read ${file}: ${text.reason}`);
	const { options } = parsed;
	const moment = await momentOf(options, io);
	if (!moment.ok) {
		io.stderr(moment.message);
		return 1;
	}
	const steps = moment.prepared.scenario.runbook.steps;
	const outOfRange = stepIndexes(moment.prepared, options.step);
	if (typeof outOfRange === 'string') return fail(outOfRange);
	const draft = parseDraftText(text.text);
	const step = runbookStep(steps, options.step, draft);
	const { findings } = lintDraft(draft, {
		world: moment.world,
		now: moment.now,
		scenario: moment.prepared.scenario,
		t: options.at,
		...(step && { step })
	});
	const errors = findings.filter((f) => f.severity === 'error').length;
	if (options.json) io.stdout(`${JSON.stringify({ findings }, null, 2)}\n`);
	else for (const f of findings) io.stdout(`${formatFinding(f)}\n`);
	io.stderr(`${plural(errors, 'error')}, ${plural(findings.length - errors, 'warning')}\n`);
	return errors > 0 ? 1 : 0;
}
