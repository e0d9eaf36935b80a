/**
 * Where things are in a parsed YAML document: the node a data path names (or the deepest one that
 * exists), a map key's own position, a character inside a string scalar (block scalars included),
 * and the data path at a text offset. Lines and columns are 1-based.
 */
import { isMap, isPair, isScalar, isSeq, Scalar, type Document, type LineCounter } from 'yaml';

export type DataPath = readonly (string | number)[];
export interface Position {
	line: number;
	column: number;
}

type Range = [number, number, number];
interface Found {
	/** The deepest node reached and the key node that led to it (when reached through a map). */
	node: unknown;
	key: unknown;
	/** How many path segments were resolved. */
	depth: number;
}

function rangeOf(node: unknown): Range | undefined {
	const range = (node as { range?: Range } | null)?.range;
	return Array.isArray(range) ? range : undefined;
}

function keyMatches(key: unknown, segment: string | number): boolean {
	const value = isScalar(key) ? key.value : key;
	return value !== null && value !== undefined && String(value) === String(segment);
}

/** Follows `path` as far as the document has it. */
function walk(doc: Document, path: DataPath): Found {
	let found: Found = { node: doc.contents, key: undefined, depth: 0 };
	for (const segment of path) {
		const { node } = found;
		let next: Found | undefined;
		if (isMap(node)) {
			const pair = node.items.find((p) => keyMatches(p.key, segment));
			if (pair) next = { node: pair.value, key: pair.key, depth: found.depth + 1 };
		} else if (isSeq(node) && typeof segment === 'number' && segment < node.items.length) {
			next = { node: node.items[segment], key: undefined, depth: found.depth + 1 };
		}
		if (!next) break;
		found = next;
	}
	return found;
}

export class Locator {
	readonly #doc: Document;
	readonly #lines: LineCounter;
	readonly #text: string;

	constructor(doc: Document, lines: LineCounter, text: string) {
		this.#doc = doc;
		this.#lines = lines;
		this.#text = text;
	}

	/** The position of a text offset. */
	at(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.#text.length));
		const { line, col } = this.#lines.linePos(clamped);
		return { line: Math.max(1, line), column: Math.max(1, col) };
	}

	/**
	 * The node `path` names, else the deepest node on it that exists (a missing key points at the
	 * map that lacks it). A key with no value points at the key.
	 */
	node(path: DataPath): Position {
		const found = walk(this.#doc, path);
		const range = rangeOf(found.node) ?? rangeOf(found.key);
		return this.at(range?.[0] ?? 0);
	}

	/** A map key's own position (an unknown field), else where `node` would point. */
	key(path: DataPath): Position {
		const found = walk(this.#doc, path);
		if (found.depth === path.length && found.key !== undefined) {
			const range = rangeOf(found.key);
			if (range) return this.at(range[0]);
		}
		return this.node(path);
	}

	/** Whether the document has a node at exactly `path`. */
	has(path: DataPath): boolean {
		return walk(this.#doc, path).depth === path.length;
	}

	/**
	 * The position of character `offset` of the string at `path`: inside a quoted, plain or block
	 * scalar, following folded lines and indentation back to the source.
	 */
	inString(path: DataPath, offset: number): Position {
		const found = walk(this.#doc, path);
		const node = found.node;
		const range = rangeOf(node);
		if (found.depth !== path.length || !isScalar(node) || typeof node.value !== 'string' || !range)
			return this.node(path);
		let start = range[0];
		if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
			const eol = this.#text.indexOf('\n', start);
			start = eol === -1 ? range[1] : eol + 1;
		} else if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
			start += 1;
		}
		// Past the end (an unfinished expression): just after its last character, not a line below.
		const end = node.value.trimEnd().length;
		if (offset >= end && end > 0)
			return this.at(alignOffset(node.value, this.#text, start, range[1], end - 1) + 1);
		return this.at(alignOffset(node.value, this.#text, start, range[1], offset));
	}

	/** The data path of the deepest node whose text holds `offset` (for syntax errors). */
	pathAt(offset: number): (string | number)[] {
		const path: (string | number)[] = [];
		let node: unknown = this.#doc.contents;
		for (;;) {
			const step = childAt(node, offset);
			if (!step) return path;
			path.push(step.segment);
			if (step.node === undefined) return path;
			node = step.node;
		}
	}
}

/** The child of a collection whose text holds `offset`; `node` undefined when it is a key. */
function childAt(
	node: unknown,
	offset: number
): { segment: string | number; node: unknown } | undefined {
	const inside = (n: unknown) => {
		const r = rangeOf(n);
		return r !== undefined && r[0] <= offset && offset < Math.max(r[2], r[0] + 1);
	};
	if (isMap(node)) {
		for (const pair of node.items) {
			if (!isPair(pair)) continue;
			const key = isScalar(pair.key) ? pair.key.value : undefined;
			// Only keys that read as field names: broken YAML can make a paragraph a key.
			if (typeof key !== 'number' && !(typeof key === 'string' && /^[^\s:]{1,64}$/.test(key)))
				continue;
			if (inside(pair.key)) return { segment: key, node: undefined };
			if (inside(pair.value)) return { segment: key, node: pair.value };
		}
	}
	if (isSeq(node)) {
		const i = node.items.findIndex(inside);
		if (i !== -1) return { segment: i, node: node.items[i] };
	}
	return undefined;
}

/**
 * Maps an offset in a scalar's value to an offset in the source: each value character is matched
 * to the next source character equal to it, a folded line break or indentation standing in for a
 * space or newline. Escapes and indentation are skipped over.
 */
function alignOffset(
	value: string,
	source: string,
	from: number,
	to: number,
	offset: number
): number {
	let j = from;
	const target = Math.min(offset, value.length);
	for (let i = 0; i < target && j < to; i++) {
		const c = value[i];
		while (j < to && source[j] !== c && !(isSpace(c) && isSpace(source[j]))) j++;
		if (j < to) j++;
	}
	if (offset >= value.length) return Math.min(j, to);
	// Land on the character itself, not on indentation before it.
	const c = value[target];
	let k = j;
	while (k < to && source[k] !== c && !(isSpace(c) && isSpace(source[k]))) k++;
	return k < to ? k : j;
}

function isSpace(c: string | undefined): boolean {
	return c === ' ' || c === '\n' || c === '\t' || c === '\r';
}
