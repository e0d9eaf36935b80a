/**
 * `preflight lint FILE…|DIR`: checks scenarios — schema and cross-references — and prints each
 * problem as `file:line:col: path: message`, a summary on stderr, and exits 1 on any error.
 * With no arguments it lints the built-in library.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { formatProblem, lintLibrary } from '../core/scenario/lint';
import { loadScenario } from '../core/scenario/load';
import type { ReadFile } from '../core/scenario/prepare';
import type { ScenarioProblem } from '../core/scenario/schema';
import { usageError } from './flags';
import type { CliIO } from './io';
import { filesBeside, LIBRARY_DIR } from './scenario-files';

const HELP = `Check scenario files: the schema, and that runbook intents, predicates, the timeline and
command lines name what exists in the scenario's clusters.

Usage:
  preflight lint [FILE.yaml|DIR]...

A directory stands for every *.yaml file in it; with no arguments the built-in library is linted.
Each problem is printed as FILE:LINE:COL: PATH: MESSAGE (warnings as FILE:LINE:COL: warning: …).
Exits 1 when there is any error, 0 otherwise.

Options:
  -h, --help   Show this help
`;

const NO_FILES: ReadFile = () => undefined;

interface Source {
	file: string;
	text: string;
	readFile: ReadFile;
}

function plural(n: number, word: string): string {
	return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The files an argument stands for: itself, or a directory's `*.yaml` files in name order. */
async function expand(arg: string): Promise<string[]> {
	const info = await stat(arg).catch(() => undefined);
	if (!info?.isDirectory()) return [arg];
	const names = await readdir(arg);
	return names
		.filter((n) => n.endsWith('.yaml'))
		.sort()
		.map((n) => join(arg, n));
}

async function read(file: string, io: CliIO): Promise<Source | string> {
	let text: string;
	try {
		text = await io.readFile(file);
	} catch (e) {
		return `preflight lint: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? e}\n`;
	}
	const loaded = loadScenario(text, file);
	const readFile = loaded.ok ? await filesBeside(file, loaded.scenario, io) : NO_FILES;
	return { file, text, readFile };
}

export async function lintCommand(argv: string[], io: CliIO): Promise<number> {
	if (argv.includes('-h') || argv.includes('--help')) {
		io.stdout(HELP);
		return 0;
	}
	const unknown = argv.find((a) => a.startsWith('-'));
	if (unknown !== undefined) return usageError(io, 'lint', `unknown flag ${unknown}`);
	const args = argv.length > 0 ? argv : [relative(process.cwd(), LIBRARY_DIR) || '.'];
	const files = (await Promise.all(args.map(expand))).flat();
	if (files.length === 0) {
		io.stderr(`preflight lint: no scenario files (*.yaml) in ${args.join(', ')}\n`);
		return 1;
	}
	const sources: Source[] = [];
	let unreadable = 0;
	for (const file of files) {
		const source = await read(file, io);
		if (typeof source === 'string') {
			io.stderr(source);
			unreadable++;
		} else sources.push(source);
	}
	const problems = lintLibrary(sources);
	for (const p of problems) io.stdout(`${formatProblem(p)}\n`);
	return summarize(problems, unreadable, files.length, io);
}

function summarize(
	problems: ScenarioProblem[],
	unreadable: number,
	files: number,
	io: CliIO
): number {
	const errors = problems.filter((p) => p.severity === 'error').length + unreadable;
	const warnings = problems.length - (errors - unreadable);
	io.stderr(
		`${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}\n`
	);
	return errors > 0 ? 1 : 0;
}
