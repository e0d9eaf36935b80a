/**
 * Label selectors as `-l` takes them: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`,
 * `!a`, comma-joined. Parsed once, matched against an object's labels.
 */
import type { Labels } from '../../cluster/types';

export type Requirement =
	{ key: string; op: 'in' | 'notin'; values: string[] } | { key: string; op: 'exists' | '!exists' };

/** Requirements, or the parse error text kubectl would print after `error: `. */
export function parseSelector(text: string): Requirement[] | { error: string } {
	const out: Requirement[] = [];
	for (const part of splitTopLevel(text)) {
		const p = part.trim();
		if (p === '') continue;
		const set = p.match(/^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/);
		const eq = p.match(/^([\w./-]+)\s*(==|=|!=)\s*([\w.-]*)$/);
		if (set)
			out.push({ key: set[1], op: set[2] as 'in', values: set[3].split(',').map((v) => v.trim()) });
		else if (eq) out.push({ key: eq[1], op: eq[2] === '!=' ? 'notin' : 'in', values: [eq[3]] });
		else if (/^![\w./-]+$/.test(p)) out.push({ key: p.slice(1), op: '!exists' });
		else if (/^[\w./-]+$/.test(p)) out.push({ key: p, op: 'exists' });
		else
			return {
				error: `unable to parse requirement: found '${p}', expected: ',', '=', '==', '!=', 'in', notin'`
			};
	}
	return out;
}

export function matches(reqs: Requirement[], labels: Labels | undefined): boolean {
	const l = labels ?? {};
	return reqs.every((r) => {
		const has = Object.hasOwn(l, r.key);
		if (r.op === 'exists') return has;
		if (r.op === '!exists') return !has;
		if (r.op === 'in') return has && r.values.includes(l[r.key]);
		return r.op === 'notin' && (!has || !r.values.includes(l[r.key]));
	});
}

function splitTopLevel(text: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let cur = '';
	for (const ch of text) {
		if (ch === '(') depth++;
		if (ch === ')') depth--;
		if (ch === ',' && depth === 0) {
			parts.push(cur);
			cur = '';
		} else cur += ch;
	}
	parts.push(cur);
	return parts;
}
