/** `grep` over a pipe: -i -v -E -F -c -w -x -o -n -q -m and -e, as GNU grep 3 prints them. */
import { getopt } from './getopt';
import { escapeRegExp, posixToJs } from './regex';
import { lineProcess, usageFailure, type Filter } from './types';

const USAGE =
	"Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

const LONG = {
	'ignore-case': { key: 'i', value: false },
	'invert-match': { key: 'v', value: false },
	'extended-regexp': { key: 'E', value: false },
	'fixed-strings': { key: 'F', value: false },
	'basic-regexp': { key: 'G', value: false },
	count: { key: 'c', value: false },
	'word-regexp': { key: 'w', value: false },
	'line-regexp': { key: 'x', value: false },
	'only-matching': { key: 'o', value: false },
	'line-number': { key: 'n', value: false },
	quiet: { key: 'q', value: false },
	silent: { key: 'q', value: false },
	regexp: { key: 'e', value: true },
	'max-count': { key: 'm', value: true },
	color: { key: 'color', value: false },
	colour: { key: 'color', value: false }
};

interface GrepOptions {
	flags: Set<string>;
	patterns: string[];
	maxCount: number;
}

/** One RegExp for all patterns, or GNU grep's complaint about a bad one. */
function compile(o: GrepOptions): RegExp | string {
	const sources: string[] = [];
	for (const pattern of o.patterns.flatMap((p) => p.split('\n'))) {
		if (o.flags.has('F')) {
			sources.push(escapeRegExp(pattern));
			continue;
		}
		const translated = posixToJs(pattern, o.flags.has('E'));
		if ('error' in translated) return translated.error;
		sources.push(translated.source);
	}
	let source = sources.map((s) => `(?:${s})`).join('|');
	if (o.flags.has('w')) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
	if (o.flags.has('x')) source = `^(?:${source})$`;
	return new RegExp(source, o.flags.has('i') ? 'gi' : 'g');
}

function parseOptions(args: string[]): GrepOptions | { stderr: string } {
	// `--color=auto` is common in pasted runbooks; accept and ignore the value.
	const parsed = getopt(
		'grep',
		args.map((a) => (a.startsWith('--colo') && a.includes('=') ? a.slice(0, a.indexOf('=')) : a)),
		{ flags: 'ivEFGcwxonqshHU', withValue: 'em', long: LONG, usage: USAGE }
	);
	if (!parsed.ok) return { stderr: parsed.stderr };
	const flags = new Set<string>();
	const patterns: string[] = [];
	let maxCount = Infinity;
	for (const [key, value] of parsed.opts) {
		if (key === 'e') patterns.push(value);
		else if (key === 'm') {
			if (!/^\d+$/.test(value)) return { stderr: `grep: invalid max count\n` };
			maxCount = Number(value);
		} else flags.add(key);
	}
	const operands = [...parsed.operands];
	if (patterns.length === 0) {
		if (operands.length === 0) return { stderr: USAGE };
		patterns.push(operands.shift()!);
	}
	const file = operands.find((f) => f !== '-');
	if (file !== undefined) return { stderr: `grep: ${file}: No such file or directory\n` };
	return { flags, patterns, maxCount };
}

export const grep: Filter = (args) => {
	const o = parseOptions(args);
	if ('stderr' in o) return usageFailure(o.stderr, 2);
	const regex = compile(o);
	if (typeof regex === 'string') return usageFailure(`grep: ${regex}\n`, 2);
	const { flags } = o;
	let selected = 0;
	let lineNo = 0;
	const done = () => selected >= o.maxCount || (flags.has('q') && selected > 0);
	const onLine = (line: string): string => {
		lineNo++;
		if (done()) return '';
		regex.lastIndex = 0;
		const matches = flags.has('o') && !flags.has('v') ? [...line.matchAll(regex)] : [];
		regex.lastIndex = 0;
		const hit = regex.test(line) !== flags.has('v');
		if (!hit) return '';
		selected++;
		if (flags.has('q') || flags.has('c')) return '';
		const prefix = flags.has('n') ? `${lineNo}:` : '';
		if (flags.has('o')) {
			return matches
				.filter((m) => m[0] !== '')
				.map((m) => `${prefix}${m[0]}\n`)
				.join('');
		}
		return `${prefix}${line}\n`;
	};
	const onEnd = () => (flags.has('c') && !flags.has('q') ? `${selected}\n` : '');
	return {
		ok: true,
		process: lineProcess(onLine, onEnd, {
			closed: done,
			exitCode: () => (selected > 0 ? 0 : 1)
		})
	};
};
