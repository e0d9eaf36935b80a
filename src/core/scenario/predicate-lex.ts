/**
 * Tokens of the predicate language, produced lazily so the parser can switch to raw mode inside
 * `{…}` (a jsonpath or a pods field) and `[…]` (a label selector), whose characters mean
 * something else there. Every token carries its 0-based offsets for error messages.
 */

export type Token =
	| { type: 'word'; text: string; start: number; end: number }
	| { type: 'string'; value: string; start: number; end: number }
	| { type: 'op'; text: '==' | '!=' | '<' | '<=' | '>' | '>='; start: number; end: number }
	| {
			type: 'punct';
			text: '(' | ')' | '/' | '@' | ':' | '{' | '[' | '.';
			start: number;
			end: number;
	  }
	| { type: 'end'; start: number; end: number };

/** An expected failure while parsing: caught at the API boundary and returned as a value. */
export class SyntaxFault {
	constructor(
		readonly offset: number,
		readonly message: string
	) {}
}

const WORD_START = /[A-Za-z0-9_]/;
const WORD_PART = /[A-Za-z0-9_.-]/;
const PUNCT = new Set(['(', ')', '/', '@', ':', '{', '[', '.']);
const OPS = ['==', '!=', '<=', '>=', '<', '>'] as const;
/** Operators people bring from other languages, and what to write instead. */
const HINTS: [string, string][] = [
	['&&', 'write and'],
	['||', 'write or'],
	['=', 'compare with =='],
	['!', 'write != or not']
];

export class Lexer {
	readonly text: string;
	#pos = 0;
	#buffer: Token[] = [];
	/** End offset of the last token handed out by next(). */
	#consumedEnd = 0;

	constructor(text: string) {
		this.text = text;
	}

	peek(ahead = 0): Token {
		while (this.#buffer.length <= ahead) this.#buffer.push(this.#scan());
		return this.#buffer[ahead];
	}

	next(): Token {
		const tok = this.peek();
		this.#buffer.shift();
		this.#consumedEnd = tok.end;
		return tok;
	}

	get consumedEnd(): number {
		return this.#consumedEnd;
	}

	/**
	 * The raw text from the last consumed token up to `close` (quotes respected), consuming the
	 * close. `opened` is the offset of the opening bracket, for the error when none closes it.
	 */
	raw(close: '}' | ']', what: string, opened: number): { text: string; start: number } {
		const start = this.#consumedEnd;
		let i = start;
		let quote: string | undefined;
		let quoted = 0;
		for (; i < this.text.length; i++) {
			const ch = this.text[i];
			if (quote) {
				if (ch === '\\') i++;
				else if (ch === quote) quote = undefined;
			} else if (ch === "'" || ch === '"') {
				quote = ch;
				quoted = i;
			} else if (ch === close) break;
		}
		if (quote) throw new SyntaxFault(quoted, 'unterminated string');
		if (i >= this.text.length)
			throw new SyntaxFault(opened, `unterminated ${what}: expected ${close}`);
		this.#buffer = [];
		this.#pos = i + 1;
		this.#consumedEnd = i + 1;
		return { text: this.text.slice(start, i), start };
	}

	#scan(): Token {
		const text = this.text;
		let i = this.#pos;
		while (i < text.length && /\s/.test(text[i])) i++;
		const start = i;
		if (i >= text.length) return this.#emit({ type: 'end', start, end: start });
		const ch = text[i];
		if (ch === "'" || ch === '"') return this.#emit(this.#string(start, ch));
		if (WORD_START.test(ch) || (ch === '-' && /[0-9]/.test(text[i + 1] ?? ''))) {
			let j = i + 1;
			while (j < text.length && WORD_PART.test(text[j])) j++;
			return this.#emit({ type: 'word', text: text.slice(i, j), start, end: j });
		}
		const op = OPS.find((o) => text.startsWith(o, i));
		if (op) return this.#emit({ type: 'op', text: op, start, end: i + op.length });
		if (PUNCT.has(ch)) {
			const punct = ch as Extract<Token, { type: 'punct' }>['text'];
			return this.#emit({ type: 'punct', text: punct, start, end: i + 1 });
		}
		const hint = HINTS.find(([h]) => text.startsWith(h, i));
		if (hint) throw new SyntaxFault(start, `unexpected "${hint[0]}": ${hint[1]}`);
		throw new SyntaxFault(start, `unexpected character "${ch}"`);
	}

	#string(start: number, quote: string): Token {
		const text = this.text;
		let value = '';
		for (let i = start + 1; i < text.length; i++) {
			const ch = text[i];
			if (ch === quote) return { type: 'string', value, start, end: i + 1 };
			if (ch === '\\' && i + 1 < text.length) value += text[++i];
			else value += ch;
		}
		throw new SyntaxFault(start, 'unterminated string');
	}

	#emit(tok: Token): Token {
		this.#pos = tok.end;
		return tok;
	}
}

/** How a token reads in an error message. */
export function describeToken(tok: Token, text: string): string {
	return tok.type === 'end' ? 'the end' : `"${text.slice(tok.start, tok.end)}"`;
}
