/**
 * Recursive-descent parser of the predicate / value language (grammar in README.md). Errors are
 * values with the 0-based offset of the offending text, worded for a scenario author.
 */
import { resolveResourceType, resourceKey } from '../cluster/resources';
import { parseLabelSelector } from '../kubectl/selectors';
import { parseDuration } from '../clock/duration';
import {
	POD_FIELDS,
	SLI_METRICS,
	type CompareOp,
	type ObjectRefExpr,
	type ParseResult,
	type PodsField,
	type PredicateExpr,
	type SliMetric,
	type ValueExpr
} from './predicate-ast';
import { describeToken, Lexer, SyntaxFault, type Token } from './predicate-lex';
import { parsePath } from './predicate-path';

export function parsePredicate(text: string): ParseResult<PredicateExpr> {
	return run(text, (p) => p.predicate(), 'expected and, or or the end');
}

export function parseValue(text: string): ParseResult<ValueExpr> {
	return run(text, (p) => p.value(), 'expected the end after the value');
}

function run<T>(text: string, parse: (p: Parser) => T, trailing: string): ParseResult<T> {
	try {
		const parser = new Parser(text);
		if (parser.lex.peek().type === 'end') {
			return { ok: false, offset: 0, message: 'empty expression' };
		}
		const expr = parse(parser);
		const rest = parser.lex.peek();
		if (rest.type !== 'end') {
			throw new SyntaxFault(rest.start, `unexpected ${describeToken(rest, text)} (${trailing})`);
		}
		return { ok: true, expr };
	} catch (e) {
		if (e instanceof SyntaxFault) return { ok: false, offset: e.offset, message: e.message };
		throw e;
	}
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const DURATION = /^(\d+(\.\d+)?(ms|s|m|h))+$/;
const LITERALS: Record<string, boolean | null> = { true: true, false: false, null: null };

function isWord(tok: Token, text?: string): tok is Extract<Token, { type: 'word' }> {
	return tok.type === 'word' && (text === undefined || tok.text === text);
}

function isPunct(tok: Token, text: string): boolean {
	return tok.type === 'punct' && tok.text === text;
}

class Parser {
	readonly lex: Lexer;

	constructor(text: string) {
		this.lex = new Lexer(text);
	}

	predicate(): PredicateExpr {
		return this.#chain('or', () => this.#chain('and', () => this.#unary()));
	}

	#chain(word: 'and' | 'or', operand: () => PredicateExpr): PredicateExpr {
		const items = [operand()];
		while (isWord(this.lex.peek(), word) && !this.#keywordIsRef()) {
			this.lex.next();
			items.push(operand());
		}
		return items.length === 1 ? items[0] : { kind: word, items };
	}

	/** A keyword followed by `/` or `:` is a resource or context name instead. */
	#keywordIsRef(): boolean {
		const after = this.lex.peek(1);
		return isPunct(after, '/') || isPunct(after, ':');
	}

	#unary(): PredicateExpr {
		const tok = this.lex.peek();
		if (tok.type === 'end') throw new SyntaxFault(tok.start, 'expected a predicate');
		if (isWord(tok, 'not') && !this.#keywordIsRef()) {
			this.lex.next();
			return { kind: 'not', expr: this.#unary() };
		}
		if ((isWord(tok, 'exists') || isWord(tok, 'missing')) && !this.#keywordIsRef()) {
			this.lex.next();
			return { kind: tok.text as 'exists' | 'missing', ref: this.#ref() };
		}
		if (isPunct(tok, '(')) {
			this.lex.next();
			const inner = this.predicate();
			const close = this.lex.next();
			if (!isPunct(close, ')')) {
				throw new SyntaxFault(close.start, `expected ) to close the ( at ${tok.start}`);
			}
			return inner;
		}
		const start = tok.start;
		const left = this.value();
		const op = this.lex.peek();
		if (op.type !== 'op') {
			const what = this.lex.text.slice(start, this.lex.consumedEnd);
			throw new SyntaxFault(op.start, `expected a comparison after ${what}`);
		}
		this.lex.next();
		return { kind: 'compare', op: op.text as CompareOp, left, right: this.value() };
	}

	value(): ValueExpr {
		const tok = this.lex.peek();
		if (tok.type === 'string') {
			this.lex.next();
			return { kind: 'literal', value: tok.value };
		}
		if (!isWord(tok)) {
			throw new SyntaxFault(
				tok.start,
				`expected a value, got ${describeToken(tok, this.lex.text)}`
			);
		}
		const after = this.lex.peek(1);
		const named = isPunct(after, '/') || isPunct(after, ':');
		if (NUMBER.test(tok.text)) return this.#literal(Number(tok.text));
		if (DURATION.test(tok.text)) return this.#literal((parseDuration(tok.text) ?? 0) / 1000);
		if (!named && tok.text in LITERALS) return this.#literal(LITERALS[tok.text]);
		if (!named && tok.text === 't') {
			this.lex.next();
			return { kind: 'time' };
		}
		if (tok.text === 'sli' && isPunct(after, '(')) return this.#sli();
		let context: string | undefined;
		if (isPunct(after, ':')) {
			context = tok.text;
			this.lex.next();
			this.lex.next();
		}
		const head = this.lex.peek();
		if (isWord(head, 'pods') && !isPunct(this.lex.peek(1), '/')) return this.#pods(context);
		const ref = this.#ref(context);
		const open = this.lex.peek();
		if (!isPunct(open, '{')) {
			const what = this.lex.text.slice(tok.start, this.lex.consumedEnd);
			throw new SyntaxFault(open.start, `expected a {jsonpath} after ${what}`);
		}
		this.lex.next();
		const raw = this.lex.raw('}', 'jsonpath', open.start);
		return { kind: 'field', ref, path: parsePath(raw.text, raw.start) };
	}

	#literal(value: number | boolean | null): ValueExpr {
		this.lex.next();
		return { kind: 'literal', value };
	}

	#word(message: string): Extract<Token, { type: 'word' }> {
		const tok = this.lex.peek();
		if (!isWord(tok)) throw new SyntaxFault(tok.start, message);
		this.lex.next();
		return tok;
	}

	#ref(context?: string): ObjectRefExpr {
		const tok = this.lex.peek();
		if (!context && isWord(tok) && isPunct(this.lex.peek(1), ':')) {
			this.lex.next();
			this.lex.next();
			return this.#ref(tok.text);
		}
		const typed = this.#word('expected a resource like deployment/payments-primary@payments');
		const resource = resolveResourceType(typed.text);
		if (!resource) {
			throw new SyntaxFault(typed.start, `the server doesn't have a resource type "${typed.text}"`);
		}
		const slash = this.lex.peek();
		if (!isPunct(slash, '/')) {
			throw new SyntaxFault(slash.start, `expected / and a name after "${typed.text}"`);
		}
		this.lex.next();
		const name = this.#word(`expected a name after "${typed.text}/"`);
		const ref: ObjectRefExpr = {
			...(context !== undefined ? { context } : {}),
			resource: resourceKey(resource),
			namespaced: resource.namespaced,
			name: name.text
		};
		const at = this.lex.peek();
		if (!isPunct(at, '@')) return ref;
		if (!resource.namespaced) {
			throw new SyntaxFault(
				at.start,
				`${resource.name} are cluster-scoped: ${typed.text}/${name.text} takes no @namespace`
			);
		}
		this.lex.next();
		const ns = this.#word('expected a namespace after "@"');
		return { ...ref, namespace: ns.text };
	}

	#pods(context: string | undefined): ValueExpr {
		const pods = this.lex.next();
		if (!isPunct(this.lex.peek(), '@')) {
			throw new SyntaxFault(this.lex.peek().start, 'expected @namespace after pods');
		}
		this.lex.next();
		const ns = this.#word('expected a namespace after "pods@"');
		let selector: string | undefined;
		let requirements: Extract<ValueExpr, { kind: 'pods' }>['requirements'] = [];
		if (isPunct(this.lex.peek(), '[')) {
			const open = this.lex.next();
			const raw = this.lex.raw(']', 'label selector', open.start);
			const parsed = parseLabelSelector(raw.text);
			if (!parsed.ok) {
				throw new SyntaxFault(raw.start, `invalid label selector "${raw.text}": ${parsed.error}`);
			}
			selector = raw.text.trim() || undefined;
			requirements = parsed.value;
		}
		const open = this.lex.peek();
		const what = this.lex.text.slice(pods.start, this.lex.consumedEnd);
		if (!isPunct(open, '{')) {
			throw new SyntaxFault(open.start, `expected {${POD_FIELDS.join('|')}} after ${what}`);
		}
		this.lex.next();
		const raw = this.lex.raw('}', 'pods field', open.start);
		const field = raw.text.trim();
		if (!(POD_FIELDS as readonly string[]).includes(field)) {
			const offset = raw.start + raw.text.length - raw.text.trimStart().length;
			throw new SyntaxFault(offset, `unknown pods field "${field}" (${POD_FIELDS.join(', ')})`);
		}
		return {
			kind: 'pods',
			...(context !== undefined ? { context } : {}),
			namespace: ns.text,
			...(selector !== undefined ? { selector } : {}),
			requirements,
			field: field as PodsField
		};
	}

	#sli(): ValueExpr {
		this.lex.next();
		const open = this.lex.next();
		const service = this.#word('expected a service id in sli(…)');
		const close = this.lex.peek();
		if (!isPunct(close, ')')) {
			throw new SyntaxFault(close.start, `expected ) to close the ( at ${open.start}`);
		}
		this.lex.next();
		const dot = this.lex.peek();
		const metrics = SLI_METRICS.map((m) => `.${m}`).join(', ');
		if (!isPunct(dot, '.')) {
			throw new SyntaxFault(dot.start, `expected one of ${metrics} after sli(${service.text})`);
		}
		this.lex.next();
		const metric = this.#word(`expected one of ${metrics} after sli(${service.text})`);
		if (!(SLI_METRICS as readonly string[]).includes(metric.text)) {
			throw new SyntaxFault(
				metric.start,
				`unknown SLI metric "${metric.text}" (${SLI_METRICS.join(', ')})`
			);
		}
		return { kind: 'sli', service: service.text, metric: metric.text as SliMetric };
	}
}
