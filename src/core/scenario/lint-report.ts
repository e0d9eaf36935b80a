/**
 * Collects a lint run's problems, each placed at the node its data path names (or at a character
 * inside a string: a predicate's parse error, the object a reference names).
 */
import type { DataPath, Position } from './yaml-locate';
import type { ScenarioProblem } from './schema';

export interface Locate {
	locate: (path: (string | number)[]) => Position;
	locateIn: (path: (string | number)[], offset: number) => Position;
}

export class LintReport {
	readonly problems: ScenarioProblem[] = [];
	readonly #file: string;
	readonly #where: Locate;

	constructor(file: string, where: Locate) {
		this.#file = file;
		this.#where = where;
	}

	#push(at: Position, path: DataPath, message: string, severity: ScenarioProblem['severity']) {
		this.problems.push({
			file: this.#file,
			line: at.line,
			column: at.column,
			path: path.join('.'),
			// One problem, one line: kubectl's multi-line errors are joined.
			message: message.trim().replace(/\s*\n\s*/g, ' '),
			severity
		});
	}

	error(path: DataPath, message: string): void {
		this.#push(this.#where.locate([...path]), path, message, 'error');
	}

	warn(path: DataPath, message: string): void {
		this.#push(this.#where.locate([...path]), path, message, 'warning');
	}

	/** An error at character `offset` of the string at `path`. */
	errorIn(path: DataPath, offset: number, message: string): void {
		this.#push(this.#where.locateIn([...path], offset), path, message, 'error');
	}

	/** An error at a `line`:`column` (1-based) inside the multi-line string at `path`. */
	errorAtLine(path: DataPath, text: string, line: number, column: number, message: string): void {
		let offset = 0;
		for (let l = 1; l < line; l++) {
			const eol = text.indexOf('\n', offset);
			if (eol === -1) break;
			offset = eol + 1;
		}
		this.errorIn(path, offset + column - 1, message);
	}

	/** Problems in reading order. */
	sorted(): ScenarioProblem[] {
		return this.problems
			.map((p, i) => ({ p, i }))
			.sort((a, b) => a.p.line - b.p.line || a.p.column - b.p.column || a.i - b.i)
			.map(({ p }) => p);
	}
}
