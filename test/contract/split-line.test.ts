import { describe, expect, it } from 'vitest';
import { corpusArgv, corpusLines, splitLine } from './split-line';

describe('splitLine', () => {
	it('splits on runs of blanks', () => {
		expect(splitLine('  get \t pods   -n payments ')).toEqual(['get', 'pods', '-n', 'payments']);
	});

	it('keeps single-quoted text literally, joined to the rest of the word', () => {
		expect(splitLine(`-l 'pool in (primary,secondary)' -o=jsonpath='{"\\n"}'`)).toEqual([
			'-l',
			'pool in (primary,secondary)',
			'-o=jsonpath={"\\n"}'
		]);
	});

	it('unescapes only \\" \\\\ \\$ and \\` inside double quotes', () => {
		expect(splitLine(`"a \\"b\\" \\n \\$x" "" x""y`)).toEqual(['a "b" \\n $x', '', 'xy']);
	});

	it('treats a backslash outside quotes as escaping the next character', () => {
		expect(splitLine("a\\ b c\\'d")).toEqual(['a b', "c'd"]);
	});

	it('throws on unbalanced quotes (a corpus bug)', () => {
		expect(() => splitLine(`get -l 'pool`)).toThrow("unbalanced ' in: get -l 'pool");
		expect(() => splitLine('get -l "pool')).toThrow('unbalanced " in: get -l "pool');
	});
});

describe('corpus helpers', () => {
	it('drops the leading kubectl only', () => {
		expect(corpusArgv('kubectl get pods')).toEqual(['get', 'pods']);
		expect(corpusArgv('get kubectl')).toEqual(['get', 'kubectl']);
		expect(corpusArgv('kubectl')).toEqual([]);
	});

	it('keeps command lines and drops blanks and comments', () => {
		expect(corpusLines('# group\n\nkubectl get pods\n  kubectl version  \n  # note\n')).toEqual([
			'kubectl get pods',
			'kubectl version'
		]);
	});
});
