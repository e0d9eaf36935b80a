/**
 * POSIX regular expressions (GNU grep's basic and extended syntax) translated to JavaScript
 * RegExp source: BRE's `\(`/`\|`/`\{` groups, bracket expressions with `[:space:]` classes and
 * literal backslashes, `\<`/`\>` word edges. Errors come back in GNU grep's wording.
 */

const CLASSES: Record<string, string> = {
	alpha: 'A-Za-z',
	digit: '0-9',
	alnum: 'A-Za-z0-9',
	upper: 'A-Z',
	lower: 'a-z',
	space: ' \\t\\n\\r\\f\\v',
	blank: ' \\t',
	punct: '!-\\/:-@\\[-`{-~',
	xdigit: '0-9A-Fa-f',
	word: 'A-Za-z0-9_'
};

const BRACKET_ERROR = 'Unmatched [, [^, [:, [., or [=';

/** Copies a bracket expression starting at `[`; returns JS source and the index after `]`. */
function bracket(p: string, start: number): { source: string; end: number } | { error: string } {
	let i = start + 1;
	let out = '[';
	if (p[i] === '^') {
		out += '^';
		i++;
	}
	let first = true;
	while (i < p.length) {
		const c = p[i];
		if (c === ']' && !first) return { source: out + ']', end: i + 1 };
		first = false;
		if (c === '[' && p[i + 1] === ':') {
			const close = p.indexOf(':]', i + 2);
			const name = close < 0 ? undefined : p.slice(i + 2, close);
			if (name === undefined || !(name in CLASSES))
				return { error: 'Unmatched [, [^, [:, [., or [=' };
			out += CLASSES[name];
			i = close + 2;
			continue;
		}
		out += c === '\\' || c === ']' || c === '[' || c === '^' ? `\\${c}` : c;
		i++;
	}
	return { error: BRACKET_ERROR };
}

/** Translates one POSIX pattern; `extended` for `grep -E`. */
export function posixToJs(p: string, extended: boolean): { source: string } | { error: string } {
	let out = '';
	let depth = 0;
	for (let i = 0; i < p.length; i++) {
		const c = p[i];
		if (c === '[') {
			const b = bracket(p, i);
			if ('error' in b) return b;
			out += b.source;
			i = b.end - 1;
			continue;
		}
		if (c === '\\') {
			const d = p[i + 1];
			i++;
			if (d === undefined) return { error: 'Trailing backslash' };
			if (d === '<' || d === '>') out += '\\b';
			else if (!extended && '(){}|+?'.includes(d)) {
				if (d === '(') depth++;
				if (d === ')' && --depth < 0) return { error: 'Unmatched ) or \\)' };
				out += d;
			} else if ('wWsSbB'.includes(d)) out += `\\${d}`;
			else out += /[A-Za-z0-9]/.test(d) ? d : `\\${d}`;
			continue;
		}
		if (extended) {
			if (c === '(') depth++;
			if (c === ')' && --depth < 0) return { error: 'Unmatched ) or \\)' };
			// A leading `*` or one after `(`/`|` is literal in GNU ERE.
			if (c === '*' && (i === 0 || '(|'.includes(p[i - 1]))) out += '\\*';
			else if (c === '{' && !/^\{\d+(,\d*)?\}/.test(p.slice(i))) out += '\\{';
			else out += c;
			continue;
		}
		if ('(){}|+?/'.includes(c)) out += `\\${c}`;
		else if (c === '*' && (i === 0 || p.slice(i - 2, i) === '\\(')) out += '\\*';
		else out += c;
	}
	if (depth > 0) return { error: 'Unmatched ( or \\(' };
	try {
		new RegExp(out);
	} catch {
		return { error: 'Invalid regular expression' };
	}
	return { source: out };
}

export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
