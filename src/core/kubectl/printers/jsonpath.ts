/**
 * kubectl's JSONPath templates (client-go `util/jsonpath`): literal text and `{…}` actions with
 * `.field`, `['key']`, `[n]`, `[a:b]`, `[*]`, `..field`, filters `[?(@.type=="Ready")]`, string
 * literals, and `{range …}…{end}`. Missing keys print nothing (kubectl's default).
 */
type Step =
	| { t: 'field'; name: string }
	| { t: 'recursive'; name: string }
	| { t: 'index'; i: number }
	| { t: 'slice'; start?: number; end?: number; step?: number }
	| { t: 'wild' }
	| { t: 'union'; names: string[] }
	| { t: 'filter'; left: Step[]; op?: string; right?: Step[] | string | number | boolean };

type Node =
	| { t: 'text'; s: string }
	| { t: 'path'; steps: Step[]; root: boolean }
	| { t: 'range'; steps: Step[]; body: Node[] };

export type JsonPathResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Splits a template into text and `{…}` actions, honouring quotes inside actions. */
function actions(template: string): JsonPathResult<{ text?: string; action?: string }[]> {
	const out: { text?: string; action?: string }[] = [];
	let i = 0;
	while (i < template.length) {
		const open = template.indexOf('{', i);
		if (open < 0) {
			out.push({ text: template.slice(i) });
			break;
		}
		if (open > i) out.push({ text: template.slice(i, open) });
		let j = open + 1;
		let quote = '';
		for (; j < template.length; j++) {
			const ch = template[j];
			if (quote) {
				if (ch === '\\') j++;
				else if (ch === quote) quote = '';
			} else if (ch === '"' || ch === "'") quote = ch;
			else if (ch === '}') break;
		}
		if (j >= template.length) return { ok: false, error: 'unclosed action' };
		out.push({ action: template.slice(open + 1, j).trim() });
		i = j + 1;
	}
	return { ok: true, value: out };
}

function unquote(s: string): string {
	if (s.startsWith('"')) {
		try {
			return JSON.parse(s) as string;
		} catch {
			return s.slice(1, -1);
		}
	}
	return s.slice(1, -1).replace(/\\'/g, "'");
}

function parseLiteral(s: string): string | number | boolean | undefined {
	if (/^(".*"|'.*')$/.test(s)) return unquote(s);
	if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
	if (s === 'true' || s === 'false') return s === 'true';
	return undefined;
}

function parseBracket(body: string): JsonPathResult<Step> {
	if (body === '*') return { ok: true, value: { t: 'wild' } };
	if (body.startsWith('?(') && body.endsWith(')')) {
		const m = /^(.*?)\s*(==|!=|<=|>=|<|>|=~)\s*(.*)$/.exec(body.slice(2, -1).trim());
		const leftText = (m ? m[1] : body.slice(2, -1)).trim();
		const left = parseSteps(leftText.replace(/^@/, ''));
		if (!left.ok) return left;
		if (!m) return { ok: true, value: { t: 'filter', left: left.value } };
		const lit = parseLiteral(m[3].trim());
		let right: Step[] | string | number | boolean;
		if (lit !== undefined) right = lit;
		else {
			const r = parseSteps(m[3].trim().replace(/^@/, ''));
			if (!r.ok) return r;
			right = r.value;
		}
		return { ok: true, value: { t: 'filter', left: left.value, op: m[2], right } };
	}
	if (/^-?\d+$/.test(body)) return { ok: true, value: { t: 'index', i: Number(body) } };
	const slice = /^(-?\d*):(-?\d*)(?::(-?\d*))?$/.exec(body);
	if (slice) {
		const num = (s: string | undefined) => (s ? Number(s) : undefined);
		return {
			ok: true,
			value: { t: 'slice', start: num(slice[1]), end: num(slice[2]), step: num(slice[3]) }
		};
	}
	const names = body.split(',').map((p) => p.trim());
	if (names.every((n) => /^(".*"|'.*')$/.test(n))) {
		const list = names.map(unquote);
		return {
			ok: true,
			value: list.length === 1 ? { t: 'field', name: list[0] } : { t: 'union', names: list }
		};
	}
	return { ok: false, error: `invalid array index ${body}` };
}

/** `.a.b[0]['c']..d[*]` → steps. */
function parseSteps(text: string): JsonPathResult<Step[]> {
	const steps: Step[] = [];
	let i = text.startsWith('$') ? 1 : 0;
	while (i < text.length) {
		if (text.startsWith('..', i)) {
			const m = /^[\w-]*/.exec(text.slice(i + 2))![0];
			steps.push({ t: 'recursive', name: m });
			i += 2 + m.length;
		} else if (text[i] === '.') {
			const m = /^[^.[\s]*/.exec(text.slice(i + 1))![0];
			if (m === '*') steps.push({ t: 'wild' });
			else if (m !== '') steps.push({ t: 'field', name: m });
			i += 1 + m.length;
		} else if (text[i] === '[') {
			let depth = 0;
			let j = i;
			for (; j < text.length; j++) {
				if (text[j] === '[') depth++;
				else if (text[j] === ']' && --depth === 0) break;
			}
			if (j >= text.length) return { ok: false, error: 'unterminated array' };
			const step = parseBracket(text.slice(i + 1, j).trim());
			if (!step.ok) return step;
			steps.push(step.value);
			i = j + 1;
		} else {
			const m = /^[^.[\s]+/.exec(text.slice(i))![0];
			steps.push({ t: 'field', name: m });
			i += m.length;
		}
	}
	return { ok: true, value: steps };
}

/** Parses a whole template into nodes. */
export function parseJsonPath(template: string): JsonPathResult<Node[]> {
	const parts = actions(template);
	if (!parts.ok) return parts;
	const stack: Node[][] = [[]];
	const ranges: { steps: Step[] }[] = [];
	for (const p of parts.value) {
		const top = stack[stack.length - 1];
		if (p.text !== undefined) {
			top.push({ t: 'text', s: p.text });
			continue;
		}
		const a = p.action!;
		if (a === 'end') {
			if (ranges.length === 0) return { ok: false, error: 'not in range, nothing to end' };
			const body = stack.pop()!;
			stack[stack.length - 1].push({ t: 'range', steps: ranges.pop()!.steps, body });
		} else if (a.startsWith('range ')) {
			const steps = parseSteps(a.slice(6).trim());
			if (!steps.ok) return steps;
			ranges.push({ steps: steps.value });
			stack.push([]);
		} else if (/^(".*"|'.*')$/s.test(a)) {
			top.push({ t: 'text', s: unquote(a) });
		} else {
			const steps = parseSteps(a);
			if (!steps.ok) return steps;
			top.push({ t: 'path', steps: steps.value, root: a.startsWith('$') });
		}
	}
	// kubectl accepts a range left open: it runs to the end of the template.
	while (ranges.length) {
		const body = stack.pop()!;
		stack[stack.length - 1].push({ t: 'range', steps: ranges.pop()!.steps, body });
	}
	return { ok: true, value: stack[0] };
}

type Json = unknown;

function children(v: Json): Json[] {
	if (Array.isArray(v)) return v;
	if (v && typeof v === 'object') {
		const o = v as Record<string, Json>;
		return Object.keys(o)
			.sort()
			.map((k) => o[k]);
	}
	return [];
}

function recurse(v: Json, name: string, out: Json[]): void {
	if (v && typeof v === 'object' && !Array.isArray(v)) {
		const o = v as Record<string, Json>;
		if (name === '') out.push(v);
		else if (name in o) out.push(o[name]);
	} else if (Array.isArray(v) && name === '') out.push(v);
	for (const c of children(v)) recurse(c, name, out);
}

function compare(a: Json, op: string, b: Json): boolean {
	switch (op) {
		case '==':
			return (
				a === b ||
				(a !== undefined && b !== undefined && String(a) === String(b) && typeof a === typeof b)
			);
		case '!=':
			return a !== b;
		case '<':
			return (a as number) < (b as number);
		case '>':
			return (a as number) > (b as number);
		case '<=':
			return (a as number) <= (b as number);
		case '>=':
			return (a as number) >= (b as number);
		case '=~':
			return typeof a === 'string' && new RegExp(String(b)).test(a);
	}
	return false;
}

function step(values: Json[], s: Step): Json[] {
	const out: Json[] = [];
	for (const v of values) {
		if (s.t === 'field') {
			if (v && typeof v === 'object' && !Array.isArray(v) && s.name in (v as object)) {
				out.push((v as Record<string, Json>)[s.name]);
			}
		} else if (s.t === 'union') {
			for (const n of s.names)
				if (v && typeof v === 'object' && n in (v as object))
					out.push((v as Record<string, Json>)[n]);
		} else if (s.t === 'recursive') recurse(v, s.name, out);
		else if (s.t === 'wild') out.push(...children(v));
		else if (Array.isArray(v)) {
			if (s.t === 'index') {
				const i = s.i < 0 ? v.length + s.i : s.i;
				if (i >= 0 && i < v.length) out.push(v[i]);
			} else if (s.t === 'slice') {
				const norm = (n: number) => (n < 0 ? Math.max(0, v.length + n) : Math.min(n, v.length));
				const start = norm(s.start ?? 0);
				const end = norm(s.end ?? v.length);
				for (let i = start; i < end; i += s.step && s.step > 0 ? s.step : 1) out.push(v[i]);
			} else if (s.t === 'filter') {
				for (const item of v) {
					const left = evalSteps([item], s.left);
					if (s.op === undefined) {
						if (left.length) out.push(item);
						continue;
					}
					const right = Array.isArray(s.right) ? evalSteps([item], s.right)[0] : s.right;
					if (left.length && compare(left[0], s.op, right)) out.push(item);
				}
			}
		}
	}
	return out;
}

export function evalSteps(values: Json[], steps: readonly Step[]): Json[] {
	return steps.reduce((acc, s) => step(acc, s), values);
}

/** Go's `json.Marshal` for a map: keys sorted, no spaces. */
export function goJson(v: Json): string {
	if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
	if (v && typeof v === 'object') {
		const o = v as Record<string, Json>;
		return `{${Object.keys(o)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${goJson(o[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(v) ?? 'null';
}

function text(v: Json): string {
	if (typeof v === 'string') return v;
	if (v === null || v === undefined) return '<nil>';
	if (typeof v === 'object') return goJson(v);
	return String(v);
}

/** Every value each path node yields, in order (what jsonpath-as-json collects). */
export function collect(nodes: readonly Node[], root: Json, data: Json = root): Json[] {
	const out: Json[] = [];
	for (const n of nodes) {
		if (n.t === 'path') out.push(...evalSteps([n.root ? root : data], n.steps));
		else if (n.t === 'range') {
			for (const item of evalSteps([data], n.steps)) out.push(...collect(n.body, root, item));
		}
	}
	return out;
}

/** Executes a parsed template against `data`. */
export function execute(nodes: readonly Node[], root: Json, data: Json = root): string {
	let out = '';
	for (const n of nodes) {
		if (n.t === 'text') out += n.s;
		else if (n.t === 'path')
			out += evalSteps([n.root ? root : data], n.steps)
				.map(text)
				.join(' ');
		else for (const item of evalSteps([data], n.steps)) out += execute(n.body, root, item);
	}
	return out;
}

/** `.metadata.name` or `metadata.name` → `{.metadata.name}` (custom-columns, --sort-by). */
export function relaxedJsonPath(expr: string): JsonPathResult<string> {
	const t = expr.trim();
	if (t.startsWith('{') && t.endsWith('}')) return { ok: true, value: t };
	if (t.startsWith('{') || t.endsWith('}'))
		return {
			ok: false,
			error: `unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'`
		};
	const body = t.startsWith('.') ? t : `.${t}`;
	return { ok: true, value: `{${body}}` };
}
