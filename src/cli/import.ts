/**
 * `preflight import FILE… [--id ID] [--title T] [--context NAME] [--at TIME] [-o OUT.yaml]`: a
 * cluster dump (`kubectl get … -o yaml|json`, several files) → a new scenario whose one context is
 * that cluster, printed or written to OUT. Problems are `file:line:col: path: message`, exit 1.
 */
import { writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { scenarioFromDump, type DumpFile } from '../core/scenario/import-dump';
import type { ScenarioProblem } from '../core/scenario/schema';
import { readInput, splitFlag, usageError, type Parsed } from './flags';
import type { CliIO } from './io';

const HELP = `Build a scenario from a cluster dump.

Usage:
  preflight import FILE... [--id ID] [--title TITLE] [--context NAME] [--at TIME] [-o OUT.yaml]

FILE is what 'kubectl get ... -o yaml' or '-o json' printed: one object, a List, several
documents. Give several files to combine them. Status is kept: crash-looping pods keep crashing,
NotReady nodes stay NotReady. The scenario starts when the dump was taken: --at TIME, or else the
dump's newest timestamp (the export was then or later, so AGE may read a little younger).

Options:
  --id ID          Scenario id (default: from the first file's name)
  --title TITLE    Scenario title (default: "Imported from FILE")
  --context NAME   kubeconfig context of the imported cluster (default: imported)
  --at TIME        When the dump was taken, RFC 3339 (e.g. 2026-03-14T09:41:00Z)
  -o, --output OUT Write the scenario to OUT instead of stdout
  -h, --help       Show this help
`;

/** The CLI's IO, plus a way to write the output file (tests pass their own). */
export type ImportIO = CliIO & { writeFile?: (path: string, text: string) => Promise<void> };

interface Options {
	files: string[];
	id?: string;
	title?: string;
	context: string;
	at?: string;
	output?: string;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const VALUED: Record<string, keyof Options> = {
	'--id': 'id',
	'--title': 'title',
	'--context': 'context',
	'--at': 'at',
	'-o': 'output',
	'--output': 'output'
};

export function parseImportOptions(argv: string[]): Parsed<Options> {
	const options: Options = { files: [], context: 'imported' };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '-h' || arg === '--help') return { ok: 'help' };
		const [flag, inline] = splitFlag(arg);
		const field = VALUED[flag];
		if (field) {
			const value = inline ?? argv[++i];
			if (value === undefined || value === '')
				return { ok: false, message: `${flag} needs a value` };
			(options as unknown as Record<string, string>)[field] = value;
		} else if (arg.startsWith('-') && arg !== '-')
			return { ok: false, message: `unknown flag ${arg}` };
		else options.files.push(arg);
	}
	if (options.files.length === 0) return { ok: false, message: 'give at least one dump file' };
	if (options.at !== undefined && !(RFC3339.test(options.at) && Date.parse(options.at)))
		return {
			ok: false,
			message: `--at ${options.at}: give an RFC 3339 time, e.g. 2026-03-14T09:41:00Z`
		};
	return { ok: true, options };
}

export async function importCommand(argv: string[], io: ImportIO): Promise<number> {
	const parsed = parseImportOptions(argv);
	if (parsed.ok === 'help') {
		io.stdout(HELP);
		return 0;
	}
	if (!parsed.ok) return usageError(io, 'import', parsed.message);
	const { options } = parsed;
	const files: DumpFile[] = [];
	for (const name of options.files) {
		const read = await readInput(io, name);
		if (!read.ok) {
			io.stderr(`preflight import: cannot read ${name}: ${read.reason}\n`);
			return 1;
		}
		files.push({ name, text: read.text });
	}
	const first = basename(options.files[0], extname(options.files[0]));
	const id = options.id ?? (slug(first) || 'imported');
	const title = options.title ?? `Imported from ${basename(options.files[0])}`;
	const at = options.at === undefined ? undefined : Date.parse(options.at);
	const made = scenarioFromDump(files, { id, title, context: options.context, at });
	if (!made.ok) {
		io.stderr(made.problems.map(formatImportProblem).join(''));
		return 1;
	}
	for (const w of made.warnings) io.stderr(`warning: ${w}\n`);
	if (options.output === undefined) {
		io.stdout(made.yaml);
		return 0;
	}
	try {
		await (io.writeFile ?? ((p, t) => writeFile(p, t, 'utf8')))(options.output, made.yaml);
	} catch (e) {
		io.stderr(
			`preflight import: cannot write ${options.output}: ${(e as NodeJS.ErrnoException).code ?? e}\n`
		);
		return 1;
	}
	return 0;
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

export function formatImportProblem(p: ScenarioProblem): string {
	return `${p.file}:${p.line}:${p.column}: ${p.path ? `${p.path}: ` : ''}${p.message}\n`;
}
