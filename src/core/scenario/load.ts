/**
 * Scenario text → `Scenario`. Every problem names the file and the 1-based line and column of the
 * node it is about: YAML syntax errors where the parser stopped, schema issues at the value (or at
 * the key, for an unknown field; at the map, for a missing one). Never throws, on any input.
 */
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Scenario, ScenarioProblem } from './schema';
import { checkSchema, describeValue } from './schema-issues';
import { Locator, type DataPath, type Position } from './yaml-locate';

/** Larger files are refused unread: a scenario is a page of YAML, not a cluster dump. */
export const MAX_SCENARIO_BYTES = 2 * 1024 * 1024;

export type Loaded =
	| {
			ok: true;
			scenario: Scenario;
			/** Where the node at a data path is (or the deepest node on the path that exists). */
			locate: (path: (string | number)[]) => Position;
			/** Where character `offset` of the string at `path` is, block scalars included. */
			locateIn: (path: (string | number)[], offset: number) => Position;
	  }
	| { ok: false; problems: ScenarioProblem[] };

const MB = 1024 * 1024;

function byteLength(text: string): number {
	// Each UTF-16 unit is at most 3 UTF-8 bytes: skip encoding when it cannot be over.
	if (text.length * 3 <= MAX_SCENARIO_BYTES) return text.length;
	return new TextEncoder().encode(text).length;
}

/** A dotted data path, `runbook.steps.2.intent.target`. */
export function dottedPath(path: DataPath): string {
	return path.join('.');
}

export function problemAt(
	file: string,
	at: Position,
	path: DataPath,
	message: string,
	severity: ScenarioProblem['severity'] = 'error'
): ScenarioProblem {
	return { file, line: at.line, column: at.column, path: dottedPath(path), message, severity };
}

/** yaml's message without its own position suffix, in this project's words where it helps. */
function syntaxMessage(error: YAMLError, text: string): string {
	if (error.code === 'DUPLICATE_KEY') {
		const key = /^["']?([^"':\n]*)/.exec(text.slice(error.pos[0], error.pos[0] + 80))?.[1];
		return key ? `duplicate field "${key.trim()}"` : 'duplicate field';
	}
	if (error.code === 'MISSING_CHAR' && /quote/.test(error.message)) {
		const quote = error.message.includes("'") ? "'" : '"';
		return `unclosed ${quote} quote: the string that starts here never ends`;
	}
	if (error.code === 'MULTIPLE_DOCS')
		return 'a scenario file holds one YAML document; this one has another after "---"';
	return error.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
}

/** Where to point: an unclosed quote at its opening quote, not at the end of the file. */
function errorOffset(error: YAMLError, text: string): number {
	if (error.code !== 'MISSING_CHAR' || !/quote/.test(error.message)) return error.pos[0];
	const quote = error.message.includes("'") ? "'" : '"';
	let i = text.lastIndexOf(quote, error.pos[0] - 1);
	while (quote === '"' && i > 0 && text[i - 1] === '\\') i = text.lastIndexOf(quote, i - 1);
	return i === -1 ? error.pos[0] : i;
}

function sortProblems(problems: ScenarioProblem[]): ScenarioProblem[] {
	return problems
		.map((p, i) => ({ p, i }))
		.sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column || a.i - b.i)
		.map(({ p }) => p);
}

function load(text: string, file: string): Loaded {
	const bytes = byteLength(text);
	if (bytes > MAX_SCENARIO_BYTES) {
		const size = `${(bytes / MB).toFixed(1)} MB`;
		const message = `scenario is ${size}; the limit is ${MAX_SCENARIO_BYTES / MB} MB`;
		return { ok: false, problems: [problemAt(file, { line: 1, column: 1 }, [], message)] };
	}
	// YAML is text: control characters (other than tab and line breaks) or undecodable bytes mean
	// the file is something else, and the parser's complaints about it would only confuse.
	const binary = text.search(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/);
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
	const locator = new Locator(doc, lines, text);
	if (binary !== -1) {
		const message = 'binary data, not YAML text: a scenario is a UTF-8 text file';
		return { ok: false, problems: [problemAt(file, locator.at(binary), [], message)] };
	}
	if (doc.errors.length > 0) {
		// After the first error the parser's view of the rest is unreliable: report that one, and
		// every duplicate key (each is an error on its own).
		const first = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
		const shown = doc.errors.filter((e) => e === first || e.code === 'DUPLICATE_KEY');
		const problems = shown.map((e) => {
			const offset = errorOffset(e, text);
			return problemAt(file, locator.at(offset), locator.pathAt(offset), syntaxMessage(e, text));
		});
		return { ok: false, problems: sortProblems(problems) };
	}
	const data: unknown = doc.toJS({ maxAliasCount: 100 });
	const whole = (message: string) => ({
		ok: false as const,
		problems: [problemAt(file, locator.node([]), [], message)]
	});
	if (data === null || data === undefined)
		return whole('scenario is empty: expected a map with id, title, briefing, runbook, world…');
	if (typeof data !== 'object' || Array.isArray(data))
		return whole(
			`expected a map of scenario fields (id, title, briefing…), got ${describeValue(data)}`
		);
	const checked = checkSchema(data);
	if (!checked.ok) {
		const problems = checked.problems.map((p) =>
			problemAt(
				file,
				p.at === 'key' ? locator.key(p.path) : locator.node(p.path),
				p.path,
				p.message
			)
		);
		return { ok: false, problems: sortProblems(problems) };
	}
	return {
		ok: true,
		scenario: checked.scenario,
		locate: (path) => locator.node(path),
		locateIn: (path, offset) => locator.inString(path, offset)
	};
}

/** YAML text → Scenario; every problem with file, 1-based line/column of the offending node. */
export function loadScenario(text: string, file: string): Loaded {
	try {
		return load(text, file);
	} catch (e) {
		// Only resource limits get here (yaml's alias bomb guard); say so rather than crash.
		const reason = e instanceof Error ? e.message : String(e);
		return {
			ok: false,
			problems: [problemAt(file, { line: 1, column: 1 }, [], `cannot read the scenario: ${reason}`)]
		};
	}
}
