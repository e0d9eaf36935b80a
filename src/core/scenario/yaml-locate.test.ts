import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Locator } from './yaml-locate';

function locator(text: string): Locator {
	const lines = new LineCounter();
	return new Locator(parseDocument(text, { lineCounter: lines }), lines, text);
}

const TEXT = `plain: missing deploy/x or t > 3
double: "a \\"quoted\\" b"
literal: |
  first line
    indented second
folded: >-
  one
  two
list:
  - { key: value }
`;

describe('Locator', () => {
	const at = locator(TEXT);

	it('finds a character inside plain, quoted, literal and folded scalars', () => {
		expect(at.inString(['plain'], 8)).toEqual({ line: 1, column: 16 });
		// `quoted` starts at value offset 3, after the escaped quote in the source.
		expect(at.inString(['double'], 3)).toEqual({ line: 2, column: 14 });
		expect(at.inString(['literal'], 0)).toEqual({ line: 4, column: 3 });
		expect(at.inString(['literal'], 13)).toEqual({ line: 5, column: 5 });
		expect(at.inString(['folded'], 4)).toEqual({ line: 8, column: 3 });
	});

	it('puts an offset past the end just after the last character, not on the next line', () => {
		expect(at.inString(['literal'], 100)).toEqual({ line: 5, column: 20 });
	});

	it('points at a node, a key, or the deepest node a path reaches', () => {
		expect(at.node(['list', 0, 'key'])).toEqual({ line: 10, column: 12 });
		expect(at.key(['list', 0, 'key'])).toEqual({ line: 10, column: 7 });
		expect(at.node(['list', 0, 'missing'])).toEqual({ line: 10, column: 5 });
		expect(at.node(['nothing', 3])).toEqual({ line: 1, column: 1 });
		expect(at.has(['list', 0])).toBe(true);
		expect(at.has(['list', 1])).toBe(false);
	});

	it('names the data path at a text offset', () => {
		expect(at.pathAt(TEXT.indexOf('value'))).toEqual(['list', 0, 'key']);
		expect(at.pathAt(TEXT.indexOf('indented'))).toEqual(['literal']);
		expect(at.pathAt(0)).toEqual(['plain']);
	});
});
