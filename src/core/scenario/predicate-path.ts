/**
 * The jsonpath of a value expression: a small dotted / bracket path (`.status.readyReplicas`,
 * `.spec.containers[0].image`, `.metadata.labels['app.kubernetes.io/name']`), not kubectl's full
 * jsonpath — no filters, wildcards or ranges, so a value is always one value.
 */
import type { PathStep } from './predicate-ast';
import { SyntaxFault } from './predicate-lex';

const KEY = /[A-Za-z0-9_$-]/;

/** Parses `text` (found at `offset` in the expression); faults carry expression offsets. */
export function parsePath(text: string, offset: number): PathStep[] {
	const lead = text.length - text.trimStart().length;
	const body = text.trim();
	const at = (i: number) => offset + lead + i;
	if (body === '') throw new SyntaxFault(at(0), 'expected a jsonpath like .status.readyReplicas');
	if (body[0] !== '.' && body[0] !== '[') {
		throw new SyntaxFault(at(0), 'a jsonpath starts with "." (e.g. .status.readyReplicas)');
	}
	const steps: PathStep[] = [];
	let i = 0;
	while (i < body.length) {
		if (body[i] === '.') {
			let j = i + 1;
			while (j < body.length && KEY.test(body[j])) j++;
			if (j === i + 1) throw new SyntaxFault(at(i + 1), 'expected a field name after "."');
			steps.push(body.slice(i + 1, j));
			i = j;
		} else if (body[i] === '[') {
			const { step, end } = bracket(body, i, at);
			steps.push(step);
			i = end;
		} else {
			throw new SyntaxFault(at(i), `unexpected "${body[i]}" in jsonpath (expected . or [)`);
		}
	}
	return steps;
}

/** `[3]`, `[-1]`, `['key']` or `["key"]` starting at `i`. */
function bracket(
	body: string,
	i: number,
	at: (i: number) => number
): { step: PathStep; end: number } {
	const close = body.indexOf(']', i);
	const quote = body[i + 1];
	if (quote === "'" || quote === '"') {
		const endQuote = body.indexOf(quote, i + 2);
		if (endQuote < 0 || body[endQuote + 1] !== ']') {
			throw new SyntaxFault(at(i), `expected ${quote}key${quote}] in jsonpath`);
		}
		return { step: body.slice(i + 2, endQuote), end: endQuote + 2 };
	}
	const inner = close < 0 ? '' : body.slice(i + 1, close);
	if (!/^-?\d+$/.test(inner)) {
		throw new SyntaxFault(at(i), "expected an index or a quoted key in [ ] (e.g. [0], ['app'])");
	}
	return { step: Number(inner), end: close + 1 };
}

/** The value at `path`, or undefined when any step is missing. */
export function walkPath(value: unknown, path: readonly PathStep[]): unknown {
	let cur = value;
	for (const step of path) {
		if (typeof step === 'number') {
			if (!Array.isArray(cur)) return undefined;
			cur = cur[step < 0 ? cur.length + step : step];
		} else {
			if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
			if (!Object.prototype.hasOwnProperty.call(cur, step)) return undefined;
			cur = (cur as Record<string, unknown>)[step];
		}
	}
	return cur;
}
