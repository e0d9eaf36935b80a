/**
 * Splits a shell line into every simple command it would run, for classification only (never
 * for running). Unlike the rehearsal shell's `lex`, it sees through what a drafted line may hide a
 * command in: `$(…)`, backticks, `<(…)`, subshells, and it skips redirections and here-documents.
 * Variables stay literal text. One pass, so any input returns in linear time.
 */

export interface SimpleCommand {
	/** The words after quote removal; a substitution stays as its raw text (`$(kubectl …)`). */
	words: string[];
	/** Reads the previous pipeline stage's output (`… | xargs kubectl delete`). */
	piped: boolean;
	/** Runs inside a `$(…)`, backtick or `<(…)` substitution. */
	substituted: boolean;
	/** Files it writes with `>` or `>>` (not /dev/null). */
	writes: string[];
}

export type SplitResult = { ok: true; commands: SimpleCommand[] } | { ok: false; error: string };

/**
 * Line ends: a terminal submits the line on a lone CR (Enter), and the other vertical separators
 * may be read as one by whatever the line is pasted into, so each ends a command like a newline.
 */
const LINE_ENDS = new Set(['\n', '\r', '\v', '\f', '\u2028', '\u2029']);
/** Characters that end an unquoted word. */
const META = new Set([' ', '\t', ...LINE_ENDS, '|', '&', ';', '<', '>', '(', ')']);
/** Deeper nesting of `( … )` and `$( … )` is refused rather than followed. */
const MAX_NESTING = 32;

class ShellSyntax {
	constructor(readonly message: string) {}
}

class Scanner {
	i = 0;
	commands: SimpleCommand[] = [];
	private substituted = 0;
	private nesting = 0;
	private heredocs: { delim: string; tabs: boolean }[] = [];

	constructor(private readonly line: string) {}

	/** Reads commands until the end, or until `close` at a command boundary. */
	sequence(close?: ')'): void {
		const { line } = this;
		if (++this.nesting > MAX_NESTING) throw new ShellSyntax('nested too deep');
		let cur: SimpleCommand | undefined;
		let piped = false;
		let afterCommand = false;
		/** After `|`, `&&` or `||`: a command must follow. */
		let dangling = false;
		const finish = () => {
			if (cur && (cur.words.length || cur.writes.length)) this.commands.push(cur);
			if (cur) afterCommand = true;
			cur = undefined;
		};
		const operator = (width: number, pipe = false) => {
			finish();
			if (!afterCommand) throw new ShellSyntax(`unexpected ${line.slice(this.i, this.i + width)}`);
			afterCommand = false;
			piped = pipe;
			dangling = line[this.i] !== ';';
			this.i += width;
		};
		const command = () => {
			if (!cur) {
				cur = { words: [], piped, substituted: this.substituted > 0, writes: [] };
				piped = false;
				dangling = false;
			}
			return cur;
		};
		while (this.i < line.length) {
			const c = line[this.i];
			const next = line[this.i + 1];
			if (c === ' ' || c === '\t') this.i++;
			else if (c === '\\' && next === '\n') this.i += 2;
			else if (c === '#') while (this.i < line.length && !LINE_ENDS.has(line[this.i])) this.i++;
			else if (LINE_ENDS.has(c)) {
				finish();
				piped = false;
				this.i++;
				this.hereDocBodies();
			} else if (c === ';') operator(next === ';' ? 2 : 1);
			else if (c === '&' && next === '&') operator(2);
			else if (c === '|' && next === '|') operator(2);
			else if (c === '|') operator(next === '&' ? 2 : 1, true);
			else if (c === '&' && next !== '>') {
				finish();
				afterCommand = false;
				piped = false;
				this.i++;
			} else if (c === '(') {
				if (cur) throw new ShellSyntax('unexpected (');
				this.i++;
				this.sequence(')');
				afterCommand = true;
				dangling = false;
			} else if (c === ')') {
				if (close !== ')') throw new ShellSyntax('unexpected )');
				finish();
				if (dangling) throw new ShellSyntax('a command is missing after an operator');
				this.i++;
				this.nesting--;
				return;
			} else if (/^\d*[<>&]/.test(line.slice(this.i, this.i + 12)) && this.redirectAt()) {
				this.redirect(command());
			} else command().words.push(this.word());
		}
		if (close) throw new ShellSyntax(`unclosed ${close === ')' ? '(' : close}`);
		finish();
		if (dangling) throw new ShellSyntax('a command is missing after an operator');
	}

	/** Whether a redirection starts here (`>`, `2>`, `&>`, `<`, but not a word like `2x`). */
	private redirectAt(): boolean {
		const m = /^(\d*)([<>]|&>)/.exec(this.line.slice(this.i, this.i + 12));
		return !!m && (m[1] === '' || this.i === 0 || META.has(this.line[this.i - 1]));
	}

	private redirect(cur: SimpleCommand): void {
		const { line } = this;
		const m = /^\d*(<<<|<<-|<<|<>|<&|<\(|>\(|>>|>\||>&|&>>|&>|<|>)/.exec(line.slice(this.i))!;
		const op = m[1];
		this.i += m[0].length;
		if (op === '<(' || op === '>(') {
			this.substitution(m[0].length);
			return;
		}
		while (line[this.i] === ' ' || line[this.i] === '\t') this.i++;
		if (this.i >= line.length || META.has(line[this.i])) throw new ShellSyntax(`${op} has no file`);
		const target = this.word();
		if (op === '<<' || op === '<<-') this.heredocs.push({ delim: target, tabs: op === '<<-' });
		else if (op.includes('>') && !/^(\/dev\/null|\d+|-)$/.test(target)) cur.writes.push(target);
	}

	/** Skips the bodies of the here-documents opened on the line just ended. */
	private hereDocBodies(): void {
		for (const { delim, tabs } of this.heredocs) {
			while (this.i < this.line.length) {
				let end = this.line.indexOf('\n', this.i);
				if (end < 0) end = this.line.length;
				const text = this.line.slice(this.i, end);
				this.i = end + 1;
				if ((tabs ? text.replace(/^\t+/, '') : text) === delim) break;
			}
		}
		this.heredocs = [];
		this.i = Math.min(this.i, this.line.length);
	}

	/** `$(…)`, `<(…)`: the commands inside are classified too. Returns the raw text. */
	private substitution(openWidth: number): string {
		const start = this.i - openWidth;
		this.substituted++;
		this.sequence(')');
		this.substituted--;
		return this.line.slice(start, this.i);
	}

	private backticks(): string {
		const { line } = this;
		let j = this.i + 1;
		while (j < line.length && line[j] !== '`') j += line[j] === '\\' ? 2 : 1;
		if (j >= line.length) throw new ShellSyntax('unclosed `');
		const inner = line.slice(this.i + 1, j).replace(/\\([`\\$])/g, '$1');
		const nested = new Scanner(inner);
		nested.substituted = this.substituted + 1;
		nested.nesting = this.nesting;
		nested.sequence();
		this.commands.push(...nested.commands);
		const raw = line.slice(this.i, j + 1);
		this.i = j + 1;
		return raw;
	}

	/** `$(…)`, `$((…))`, `${…}` or a lone `$`, at `this.i`. */
	private dollar(): string {
		const { line } = this;
		const next = line[this.i + 1];
		if (next === '(' && line[this.i + 2] === '(') return this.balanced('(', ')');
		if (next === '(') {
			this.i += 2;
			return this.substitution(2);
		}
		if (next === '{') return this.balanced('{', '}');
		this.i++;
		return '$';
	}

	/** Literal text from `$` to the bracket closing the one after it (`$((…))`, `${…}`). */
	private balanced(open: string, close: string): string {
		const start = this.i;
		let depth = 0;
		for (let j = this.i + 1; j < this.line.length; j++) {
			if (this.line[j] === open) depth++;
			else if (this.line[j] === close && --depth === 0) {
				this.i = j + 1;
				return this.line.slice(start, this.i);
			}
		}
		throw new ShellSyntax(`unclosed $${open}`);
	}

	private word(): string {
		const { line } = this;
		let value = '';
		while (this.i < line.length && !META.has(line[this.i])) {
			const c = line[this.i];
			if (c === "'") {
				const close = line.indexOf("'", this.i + 1);
				if (close < 0) throw new ShellSyntax("unclosed ' quote");
				value += line.slice(this.i + 1, close);
				this.i = close + 1;
			} else if (c === '"') value += this.doubleQuoted();
			else if (c === '\\') {
				if (line[this.i + 1] !== '\n') value += line[this.i + 1] ?? '\\';
				this.i += 2;
			} else if (c === '`') value += this.backticks();
			else if (c === '$') value += this.dollar();
			else {
				value += c;
				this.i++;
			}
		}
		this.i = Math.min(this.i, line.length);
		return value;
	}

	private doubleQuoted(): string {
		const { line } = this;
		let value = '';
		this.i++;
		for (;;) {
			if (this.i >= line.length) throw new ShellSyntax('unclosed " quote');
			const c = line[this.i];
			if (c === '"') break;
			if (c === '\\' && '$`"\\\n'.includes(line[this.i + 1] ?? 'x')) {
				if (line[this.i + 1] !== '\n') value += line[this.i + 1];
				this.i += 2;
			} else if (c === '`') value += this.backticks();
			else if (c === '$') value += this.dollar();
			else {
				value += c;
				this.i++;
			}
		}
		this.i++;
		return value;
	}
}

export function splitCommands(line: string): SplitResult {
	const scanner = new Scanner(line);
	try {
		scanner.sequence();
	} catch (e) {
		if (e instanceof ShellSyntax) return { ok: false, error: e.message };
		throw e;
	}
	return { ok: true, commands: scanner.commands };
}
