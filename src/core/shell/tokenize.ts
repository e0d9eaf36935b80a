/**
 * POSIX-shell-like splitting of one command line into a list of pipelines of words. Quotes,
 * backslash escapes, `|`, `&&`, `||`, `;`, newlines and `#` comments behave as in bash; what a
 * rehearsal shell cannot honestly do (substitutions, variables, redirections, background jobs)
 * is refused with one clear line instead of being half-done. One pass over the text, so any input
 * returns in linear time.
 */

export type ListOp = ';' | '&&' | '||';

/** One word as lexed, with its span in the line (for completion and messages). */
export interface WordToken {
	kind: 'word';
	value: string;
	start: number;
	end: number;
	/** Whether any part was quoted or escaped (a quoted `#` or `|` is just text). */
	quoted: boolean;
}

export interface OpToken {
	kind: 'op';
	op: '|' | ListOp | ';;';
	start: number;
	end: number;
}

export type Token = WordToken | OpToken;

/** One stage of a pipeline: the command and its arguments. */
export interface Stage {
	words: string[];
}

/** A pipeline and the operator that joins it to the previous one (`;` for the first). */
export interface ListItem {
	op: ListOp;
	stages: Stage[];
}

export interface SyntaxError {
	/** The whole stderr text, bash's wording. */
	message: string;
	exitCode: number;
}

export type LexResult =
	| { ok: true; tokens: Token[] }
	| {
			ok: false;
			error: SyntaxError;
			/** Tokens up to the failure; for an unclosed quote, includes the open word. */
			tokens: Token[];
	  };

export type ParseResult = { ok: true; list: ListItem[] } | { ok: false; error: SyntaxError };

const BLANK = new Set([' ', '\t']);
/** Characters that end an unquoted word. */
const META = new Set([' ', '\t', '\n', '\r', '|', '&', ';', '<', '>', '(', ')']);
/** Characters a word's plain run stops at. */
const SPECIAL = new Set(["'", '"', '\\', '`', '$']);
/** Inside double quotes, a backslash escapes only these. */
const DQ_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);

function syntaxError(message: string): SyntaxError {
	return { message: `bash: ${message}\n`, exitCode: 2 };
}

function refused(what: string): SyntaxError {
	return {
		message: `preflight: ${what} not supported in this rehearsal shell (only commands, quotes, |, &&, || and ;)\n`,
		exitCode: 2
	};
}

/** `$(`, `${`, `$NAME`: anything bash would expand. A lone `$` stays literal. */
function expansionAt(line: string, i: number): SyntaxError | undefined {
	const next = line[i + 1];
	if (next === '(') return refused('command substitution $(…) is');
	if (next === '{' || (next !== undefined && /[A-Za-z_0-9?!@*#$-]/.test(next)))
		return refused('variable expansion ($NAME) is');
	return undefined;
}

/** Splits a line into word and operator tokens. */
export function lex(line: string): LexResult {
	const tokens: Token[] = [];
	let i = 0;
	const n = line.length;
	const fail = (error: SyntaxError): LexResult => ({ ok: false, error, tokens });
	while (i < n) {
		const c = line[i];
		if (BLANK.has(c) || c === '\r') {
			i++;
			continue;
		}
		if (c === '\\' && line[i + 1] === '\n') {
			i += 2;
			continue;
		}
		if (c === '#') {
			while (i < n && line[i] !== '\n') i++;
			continue;
		}
		if (c === '\n' || c === ';') {
			const op = line[i + 1] === ';' && c === ';' ? ';;' : ';';
			tokens.push({ kind: 'op', op, start: i, end: i + op.length });
			i += op.length;
			continue;
		}
		if (c === '|' || c === '&') {
			if (line[i + 1] === c) {
				tokens.push({ kind: 'op', op: c === '|' ? '||' : '&&', start: i, end: i + 2 });
				i += 2;
				continue;
			}
			if (c === '&') return fail(refused('background jobs (&) are'));
			if (line[i + 1] === '&') return fail(refused('redirections (|&) are'));
			tokens.push({ kind: 'op', op: '|', start: i, end: i + 1 });
			i++;
			continue;
		}
		if (c === '<' || c === '>') return fail(refused('redirections (<, >, 2>&1) are'));
		if (c === '(' || c === ')') return fail(refused('subshells ( … ) are'));
		const word = lexWord(line, i, tokens);
		if ('error' in word) return fail(word.error);
		i = word.end;
	}
	return { ok: true, tokens };
}

/** Reads one word starting at `start`, pushing it onto `tokens` (even when it ends badly). */
function lexWord(
	line: string,
	start: number,
	tokens: Token[]
): { end: number } | { error: SyntaxError } {
	const token: WordToken = { kind: 'word', value: '', start, end: start, quoted: false };
	tokens.push(token);
	let value = '';
	let i = start;
	const n = line.length;
	const done = (error?: SyntaxError) => {
		token.value = value;
		token.end = i;
		return error ? { error } : { end: i };
	};
	while (i < n && !META.has(line[i])) {
		const c = line[i];
		if (c === "'") {
			token.quoted = true;
			const close = line.indexOf("'", i + 1);
			if (close < 0) {
				value += line.slice(i + 1);
				i = n;
				return done(unclosed("'"));
			}
			value += line.slice(i + 1, close);
			i = close + 1;
		} else if (c === '"') {
			token.quoted = true;
			i++;
			for (;;) {
				if (i >= n) return done(unclosed('"'));
				const d = line[i];
				if (d === '"') break;
				if (d === '`') return done(refused('command substitution `…` is'));
				if (d === '$') {
					const error = expansionAt(line, i);
					if (error) return done(error);
				}
				if (d === '\\' && i + 1 < n && DQ_ESCAPES.has(line[i + 1])) {
					if (line[i + 1] !== '\n') value += line[i + 1];
					i += 2;
					continue;
				}
				value += d;
				i++;
			}
			i++;
		} else if (c === '\\') {
			token.quoted = true;
			// A trailing backslash at the end of the input stays literal, as in `bash -c`.
			if (i + 1 >= n) value += '\\';
			else if (line[i + 1] !== '\n') value += line[i + 1];
			i += 2;
		} else if (c === '`') {
			return done(refused('command substitution `…` is'));
		} else if (c === '$') {
			const error = expansionAt(line, i);
			if (error) return done(error);
			value += c;
			i++;
		} else {
			// A run of plain characters is taken in one slice.
			let j = i + 1;
			while (j < n && !META.has(line[j]) && !SPECIAL.has(line[j])) j++;
			value += line.slice(i, j);
			i = j;
		}
	}
	i = Math.min(i, n);
	return done();
}

function unclosed(quote: string): SyntaxError {
	return {
		message:
			`bash: unexpected EOF while looking for matching \`${quote}'\n` +
			'bash: syntax error: unexpected end of file\n',
		exitCode: 2
	};
}

/** Splits a line into `;`/`&&`/`||`-joined pipelines of words; bash's errors as values. */
export function parse(line: string): ParseResult {
	const lexed = lex(line);
	if (!lexed.ok) return { ok: false, error: lexed.error };
	const list: ListItem[] = [];
	let item: ListItem = { op: ';', stages: [] };
	let stage: Stage | undefined;
	let pendingOp: OpToken | undefined;
	for (const token of lexed.tokens) {
		if (token.kind === 'word') {
			if (!stage) {
				stage = { words: [] };
				item.stages.push(stage);
			}
			stage.words.push(token.value);
			pendingOp = undefined;
			continue;
		}
		if (!stage || token.op === ';;')
			return { ok: false, error: syntaxError(`syntax error near unexpected token \`${token.op}'`) };
		stage = undefined;
		pendingOp = token;
		if (token.op === '|') continue;
		list.push(item);
		item = { op: token.op, stages: [] };
	}
	// `a |`, `a &&`, `a ||` want more input; a trailing `;` or newline is fine.
	if (pendingOp && pendingOp.op !== ';')
		return { ok: false, error: syntaxError('syntax error: unexpected end of file') };
	if (item.stages.length > 0) list.push(item);
	return { ok: true, list };
}

/** True when `text` stops inside a quote or after a line-continuing backslash: more lines follow. */
export function continues(text: string): boolean {
	const lexed = lex(text);
	if (!lexed.ok) return lexed.error.message.includes('unexpected EOF while looking for matching');
	const last = lexed.tokens[lexed.tokens.length - 1];
	return last?.kind === 'word' && last.end === text.length && /(^|[^\\])(\\\\)*\\$/.test(text);
}
