/**
 * `preflight draft --scenario ID [--step N] [--at 90s] [--provider offline] [--json]`: the guarded
 * steps of a scenario's runbook, drafted against its world at `--at`, as people read them or as
 * JSON. `--runbook FILE` drafts from a pasted runbook's explicit commands instead.
 */
import { offlineDrafter } from '../core/drafting/offline';
import { draftFromRunbook } from '../core/drafting/from-runbook';
import type { Drafter } from '../core/drafting/drafter';
import { renderSteps } from '../core/drafting/render';
import type { GuardedStep } from '../core/drafting/schema';
import type { Prepared } from '../core/scenario/prepare';
import { scenarioAt } from '../core/scenario/timeline';
import { parseAt, readInput, splitFlag, usageError, type Parsed } from './flags';
import type { CliIO } from './io';
import { loadScenarioFile } from './scenario-files';

/** The drafters `--provider` can name. */
export const PROVIDERS: Record<string, Drafter> = { offline: offlineDrafter };

const HELP = `Draft guarded runbook steps: a read-only pre-flight with what means STOP, the action with
its blast radius, a verify, a staged rollback and any stale assumptions, for each step.

Usage:
  preflight draft --scenario ID|FILE [--step N] [--at DURATION] [--provider NAME] [--json]
  preflight draft --scenario ID|FILE --runbook FILE.md|- [--at DURATION] [--json]

Options:
  --scenario ID|FILE  A scenario from the library (by id) or a scenario file
  --step N            Only runbook step N (1-based); default every step
  --at DURATION       The moment to draft against, from when the on-call engineer is paged
                      (default 0s; -5m is before, 90s after)
  --provider NAME     Who drafts: ${Object.keys(PROVIDERS).join(', ')} (default offline)
  --runbook FILE|-    Draft from the explicit kubectl commands of a runbook (markdown) instead
                      of the scenario's runbook steps, against the scenario's world
  --json              Print the steps as a JSON array
  -h, --help          Show this help
`;

export interface MomentOptions {
	scenario?: string;
	step?: number;
	/** Offset from the page in ms. */
	at: number;
	json: boolean;
}

export interface DraftOptions extends MomentOptions {
	provider: string;
	runbook?: string;
}

/** The flags `draft` and `check` share; other words are returned in `rest`. */
export function parseMomentFlags(
	argv: string[],
	extra: Record<string, (value: string) => string | undefined>
): Parsed<MomentOptions & Record<string, unknown>, { rest: string[] }> {
	const options: MomentOptions & Record<string, unknown> = { at: 0, json: false };
	const rest: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const [flag, inline] = splitFlag(arg);
		const value = () => inline ?? argv[++i];
		if (flag === '-h' || flag === '--help') return { ok: 'help' };
		if (flag === '--json') options.json = true;
		else if (flag === '--scenario') options.scenario = value();
		else if (flag === '--step') {
			const v = value();
			if (v === undefined || !/^[1-9]\d*$/.test(v))
				return {
					ok: false,
					message: `--step needs a step number (1, 2, …), got ${JSON.stringify(v ?? '')}`
				};
			options.step = Number(v);
		} else if (flag === '--at') {
			const at = parseAt(value());
			if (!at.ok) return at;
			options.at = at.at;
		} else if (flag in extra) {
			const v = value();
			const error = v === undefined ? `${flag} needs a value` : extra[flag](v);
			if (error) return { ok: false, message: error };
			options[flag.slice(2)] = v;
		} else if (flag.startsWith('-') && flag !== '-')
			return { ok: false, message: `unknown flag ${flag}` };
		else rest.push(arg);
	}
	if (options.scenario === undefined) return { ok: false, message: '--scenario is required' };
	return { ok: true, options, rest };
}

export type Moment =
	| { ok: true; prepared: Prepared; world: Prepared['world']; now: number }
	| { ok: false; message: string };

/** The scenario, and its world at `--at`. */
export async function momentOf(options: MomentOptions, io: CliIO): Promise<Moment> {
	const loaded = await loadScenarioFile(options.scenario!, { io });
	if (!loaded.ok) return loaded;
	const moment = scenarioAt(loaded.prepared, options.at);
	return { ok: true, prepared: loaded.prepared, world: moment.world, now: moment.now };
}

/** The step indexes to draft: one (checked against the runbook) or all. */
export function stepIndexes(prepared: Prepared, step: number | undefined): number[] | string {
	const count = prepared.scenario.runbook.steps.length;
	if (step === undefined) return [...Array(count).keys()];
	if (step > count)
		return `no step ${step} in ${prepared.scenario.id}: its runbook has ${count} step${count === 1 ? '' : 's'}`;
	return [step - 1];
}

async function draftSteps(options: DraftOptions, moment: Extract<Moment, { ok: true }>, io: CliIO) {
	if (options.runbook !== undefined) {
		const markdown = await readInput(io, options.runbook);
		if (!markdown.ok) return `cannot read ${options.runbook}: ${markdown.reason}`;
		return draftFromRunbook(markdown.text, moment.world, moment.now);
	}
	const drafter = PROVIDERS[options.provider];
	const indexes = stepIndexes(moment.prepared, options.step);
	if (typeof indexes === 'string') return indexes;
	const steps: GuardedStep[] = [];
	for (const stepIndex of indexes) {
		const req = {
			scenario: moment.prepared.scenario,
			stepIndex,
			world: moment.world,
			now: moment.now,
			t: options.at
		};
		const result = await drafter.draft(req);
		if (!result.ok) return result.message;
		steps.push(result.step);
	}
	return steps;
}

export async function draftCommand(argv: string[], io: CliIO): Promise<number> {
	const parsed = parseMomentFlags(argv, {
		'--provider': (v) =>
			v in PROVIDERS
				? undefined
				: `unknown provider "${v}" (providers: ${Object.keys(PROVIDERS).join(', ')})`,
		'--runbook': () => undefined
	});
	if (parsed.ok === 'help') {
		io.stdout(HELP);
		return 0;
	}
	const fail = (message: string) => usageError(io, 'draft', message);
	if (!parsed.ok) return fail(parsed.message);
	if (parsed.rest.length > 0) return fail(`unexpected argument ${JSON.stringify(parsed.rest[0])}`);
	const options = { provider: 'offline', ...parsed.options } as DraftOptions;
	const moment = await momentOf(options, io);
	if (!moment.ok) {
		io.stderr(moment.message);
		return 1;
	}
	const steps = await draftSteps(options, moment, io);
	if (typeof steps === 'string') return fail(steps);
	io.stdout(options.json ? `${JSON.stringify(steps, null, 2)}\n` : renderSteps(steps));
	return 0;
}
