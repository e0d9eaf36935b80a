/**
 * `preflight score --scenario ID --acts FILE.jsonl [--json] [--mode approve|compose|free-play]`:
 * replays a trainee's acts headlessly through the gate (drafts from the offline drafter) and
 * prints the score report, readable or as JSON.
 */
import { replay } from '../core/rehearsal/replay';
import { Act, Mode } from '../core/rehearsal/schema';
import { renderReport } from '../core/scoring/render';
import { score } from '../core/scoring/score';
import type { ScoreReport } from '../core/scoring/types';
import { readInput, splitFlag, usageError, type Parsed } from './flags';
import type { CliIO } from './io';
import { loadScenarioFile } from './scenario-files';

const HELP = `Score a rehearsal: replay a trainee's acts against a scenario and print the score report.

Usage:
  preflight score --scenario ID|FILE --acts FILE.jsonl|- [--mode MODE] [--json]

FILE.jsonl holds one act a line, e.g.
  {"act":"run","command":"kubectl get pods -n payments"}
  {"act":"stage-rollback","step":2,"command":"kubectl scale deploy/x -n payments --replicas=2"}
  {"act":"confirm","step":2}
  {"act":"wait","seconds":30}
(also stop, flag-stale and reject-draft with a "reason", and compose with a "draft").

Options:
  --scenario ID|FILE  A scenario from the library (by id) or a scenario file
  --acts FILE|-       The acts, one JSON object a line ('-' reads stdin)
  --mode MODE         approve (default: the offline drafter drafts each step), compose or
                      free-play
  --json              Print {"total", "grade", "categories": [...], "tips": [...]} as JSON
  -h, --help          Show this help
`;

interface ScoreOptions {
	scenario: string;
	acts: string;
	mode: Mode;
	json: boolean;
}

function parseFlags(argv: string[]): Parsed<ScoreOptions> {
	const options: Partial<ScoreOptions> = { mode: 'approve', json: false };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = splitFlag(argv[i]);
		const value = () => inline ?? argv[++i];
		if (flag === '-h' || flag === '--help') return { ok: 'help' };
		if (flag === '--json') options.json = true;
		else if (flag === '--scenario') options.scenario = value();
		else if (flag === '--acts') options.acts = value();
		else if (flag === '--mode') {
			const mode = Mode.safeParse(value());
			if (!mode.success)
				return { ok: false, message: `--mode is one of ${Mode.options.join(', ')}` };
			options.mode = mode.data;
		} else
			return {
				ok: false,
				message: `unknown ${flag.startsWith('-') ? 'flag' : 'argument'} ${flag}`
			};
	}
	if (!options.scenario) return { ok: false, message: '--scenario is required' };
	if (!options.acts) return { ok: false, message: '--acts is required' };
	return { ok: true, options: options as ScoreOptions };
}

/** The acts of a JSONL file, or the first line that is not one, as `FILE:LINE: message`. */
export function parseActs(
	text: string,
	file: string
): { ok: true; acts: Act[] } | { ok: false; message: string } {
	const acts: Act[] = [];
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i].trim();
		if (line === '' || line.startsWith('#')) continue;
		let data: unknown;
		try {
			data = JSON.parse(line);
		} catch {
			return { ok: false, message: `${file}:${i + 1}: not JSON: ${line.slice(0, 60)}` };
		}
		const act = Act.safeParse(data);
		if (!act.success) {
			const issue = act.error.issues[0];
			const where = issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
			return { ok: false, message: `${file}:${i + 1}: not an act${where}: ${issue.message}` };
		}
		acts.push(act.data);
	}
	return { ok: true, acts };
}

/** The report as `--json` prints it. */
export function reportJson(report: ScoreReport): object {
	return {
		total: report.total,
		grade: report.grade,
		categories: report.categories.map(({ id, count, points, max, findings }) => ({
			id,
			count,
			points,
			max,
			findings
		})),
		tips: report.tips,
		...(report.mitigatedAt !== undefined && { mitigatedAt: report.mitigatedAt }),
		budgetBurned: report.budgetBurned
	};
}

export async function scoreCommand(argv: string[], io: CliIO): Promise<number> {
	const parsed = parseFlags(argv);
	if (parsed.ok === 'help') {
		io.stdout(HELP);
		return 0;
	}
	if (!parsed.ok) return usageError(io, 'score', parsed.message);
	const { options } = parsed;
	const input = await readInput(io, options.acts);
	if (!input.ok) return usageError(io, 'score', `cannot read ${options.acts}: ${input.reason}`);
	const acts = parseActs(input.text, options.acts === '-' ? '<stdin>' : options.acts);
	if (!acts.ok) {
		io.stderr(`preflight score: ${acts.message}\n`);
		return 1;
	}
	const loaded = await loadScenarioFile(options.scenario, { io });
	if (!loaded.ok) {
		io.stderr(loaded.message);
		return 1;
	}
	const run = replay(loaded.prepared, options.mode, acts.acts);
	const report = score(loaded.prepared, run.events);
	io.stdout(
		options.json ? `${JSON.stringify(reportJson(report), null, 2)}\n` : renderReport(report)
	);
	return 0;
}
