/**
 * A small `awk`: the field printing runbooks pipe into — `{print $1}`, `{print $1, $NF}`,
 * `NR>1 {print $2}`, `/Running/`, `$3 != "Running" {print $1}`, `-F:`. Anything more is refused
 * in one line rather than guessed at.
 */
import { posixToJs } from './regex';
import { lineProcess, usageFailure, type Filter } from './types';

type Term = { field: number | 'NF' } | { nr: true } | { nf: true } | { text: string };
type Cond =
	| { kind: 'nr'; op: string; n: number }
	| { kind: 'match'; field: number | 'NF'; regex: RegExp; negate: boolean }
	| { kind: 'compare'; field: number | 'NF'; op: string; value: string };

interface Program {
	cond?: Cond;
	/** Comma-separated items, each a concatenation of terms; undefined prints `$0`. */
	print?: Term[][];
}

const REFUSED =
	"awk: this rehearsal shell's awk only prints fields, like '{print $1}' or 'NR>1 {print $1, $3}'\n";

const FIELD = String.raw`\$(\d+|NF)`;
const COND_RES: [RegExp, (m: RegExpExecArray) => Cond | undefined][] = [
	[/^NR\s*(==|!=|>=|<=|>|<)\s*(\d+)$/, (m) => ({ kind: 'nr', op: m[1], n: Number(m[2]) })],
	[/^(!?)\/(.*)\/$/, (m) => matchCond(0, m[2], m[1] === '!')],
	[
		new RegExp(`^${FIELD}\\s*(!?~)\\s*\\/(.*)\\/$`),
		(m) => matchCond(fieldOf(m[1]), m[3], m[2] === '!~')
	],
	[
		new RegExp(`^${FIELD}\\s*(==|!=)\\s*(?:"([^"]*)"|(-?\\d+(?:\\.\\d+)?))$`),
		(m) => ({ kind: 'compare', field: fieldOf(m[1]), op: m[2], value: m[3] ?? m[4] })
	]
];

function fieldOf(text: string): number | 'NF' {
	return text === 'NF' ? 'NF' : Number(text);
}

function matchCond(field: number | 'NF', pattern: string, negate: boolean): Cond | undefined {
	const translated = posixToJs(pattern, true);
	if ('error' in translated) return undefined;
	return { kind: 'match', field, regex: new RegExp(translated.source), negate };
}

function parseTerms(item: string): Term[] | undefined {
	const terms: Term[] = [];
	const re = /\s*(?:\$(\d+|NF)|(NR)|(NF)|"((?:[^"\\]|\\.)*)")/y;
	let at = 0;
	while (at < item.trim().length + (item.length - item.trimEnd().length)) {
		re.lastIndex = at;
		const m = re.exec(item);
		if (!m) return item.slice(at).trim() === '' ? terms : undefined;
		if (m[1] !== undefined) terms.push({ field: fieldOf(m[1]) });
		else if (m[2]) terms.push({ nr: true });
		else if (m[3]) terms.push({ nf: true });
		else terms.push({ text: m[4].replace(/\\t/g, '\t').replace(/\\(.)/g, '$1') });
		at = re.lastIndex;
	}
	return terms;
}

function parseProgram(text: string): Program | undefined {
	const m = /^\s*([^{]*?)\s*(?:\{\s*print\b\s*(.*?)\s*;?\s*\})?\s*$/s.exec(text);
	if (!m || (m[1] === '' && m[2] === undefined)) return undefined;
	const program: Program = {};
	if (m[1] !== '') {
		const found = COND_RES.map(([re, make]) => {
			const hit = re.exec(m[1]);
			return hit ? make(hit) : undefined;
		}).find(Boolean);
		if (!found) return undefined;
		program.cond = found;
	}
	if (m[2] !== undefined && m[2] !== '') {
		const items = m[2].split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map(parseTerms);
		if (items.some((t) => t === undefined || t.length === 0)) return undefined;
		program.print = items as Term[][];
	}
	return program;
}

function splitter(sep: string | undefined): (line: string) => string[] {
	if (sep === undefined || sep === ' ')
		return (line) =>
			line
				.trim()
				.split(/[ \t]+/)
				.filter(Boolean);
	const unescaped = sep === '\\t' ? '\t' : sep;
	return (line) =>
		line === '' ? [] : line.split(unescaped.length === 1 ? unescaped : new RegExp(unescaped));
}

function holds(cond: Cond, nr: number, field: (f: number | 'NF') => string): boolean {
	if (cond.kind === 'nr') {
		const ops: Record<string, boolean> = {
			'==': nr === cond.n,
			'!=': nr !== cond.n,
			'>': nr > cond.n,
			'<': nr < cond.n,
			'>=': nr >= cond.n,
			'<=': nr <= cond.n
		};
		return ops[cond.op];
	}
	if (cond.kind === 'match') return cond.regex.test(field(cond.field)) !== cond.negate;
	const value = field(cond.field);
	const equal =
		/^-?\d+(\.\d+)?$/.test(cond.value) && value.trim() !== '' && !isNaN(Number(value))
			? Number(value) === Number(cond.value)
			: value === cond.value;
	return equal === (cond.op === '==');
}

export const awk: Filter = (args) => {
	let sep: string | undefined;
	const rest = [...args];
	while (rest[0]?.startsWith('-F')) {
		const opt = rest.shift()!;
		sep = opt.length > 2 ? opt.slice(2) : rest.shift();
	}
	if (rest.length === 0)
		return usageFailure("usage: awk [-F fs] 'prog'\n(this rehearsal shell reads stdin only)\n", 2);
	if (rest.length > 1)
		return usageFailure(`awk: cannot open ${rest[1]} (No such file or directory)\n`, 2);
	const program = parseProgram(rest[0]);
	if (!program) return usageFailure(REFUSED, 2);
	const split = splitter(sep);
	let nr = 0;
	const onLine = (line: string): string => {
		nr++;
		const fields = split(line);
		const field = (f: number | 'NF') =>
			f === 0 ? line : f === 'NF' ? (fields[fields.length - 1] ?? line) : (fields[f - 1] ?? '');
		if (program.cond && !holds(program.cond, nr, field)) return '';
		if (!program.print) return `${line}\n`;
		const render = (t: Term) =>
			'field' in t
				? field(t.field)
				: 'nr' in t
					? String(nr)
					: 'nf' in t
						? String(fields.length)
						: t.text;
		return `${program.print.map((item) => item.map(render).join('')).join(' ')}\n`;
	};
	return { ok: true, process: lineProcess(onLine) };
};
