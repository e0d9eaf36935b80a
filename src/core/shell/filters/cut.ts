/** `cut` over a pipe: -f LIST with -d X (default TAB) and -s, or -c/-b LIST. LIST: N, N-M, N-, -M. */
import { getopt, tryHelp } from './getopt';
import { lineProcess, usageFailure, type Filter } from './types';

const LONG = {
	fields: { key: 'f', value: true },
	delimiter: { key: 'd', value: true },
	characters: { key: 'c', value: true },
	bytes: { key: 'b', value: true },
	'only-delimited': { key: 's', value: false },
	'output-delimiter': { key: 'o', value: true }
};

type Range = [from: number, to: number];

function parseList(list: string): Range[] | string {
	const ranges: Range[] = [];
	for (const part of list.split(',')) {
		const m = /^(\d*)(-?)(\d*)$/.exec(part);
		if (!m || (m[1] === '' && m[3] === '')) return `cut: invalid field range\n${tryHelp('cut')}`;
		const from = m[1] === '' ? 1 : Number(m[1]);
		const to = m[2] === '' ? from : m[3] === '' ? Infinity : Number(m[3]);
		if (from === 0 || to === 0) return `cut: fields are numbered from 1\n${tryHelp('cut')}`;
		if (to < from) return `cut: invalid decreasing range\n${tryHelp('cut')}`;
		ranges.push([from, to]);
	}
	return ranges;
}

function pick<T>(items: T[], ranges: Range[]): T[] {
	return items.filter((_, i) => ranges.some(([from, to]) => i + 1 >= from && i + 1 <= to));
}

export const cut: Filter = (args) => {
	const parsed = getopt('cut', args, {
		flags: 's',
		withValue: 'fdcb',
		long: LONG,
		usage: tryHelp('cut')
	});
	if (!parsed.ok) return usageFailure(parsed.stderr);
	const o = new Map(parsed.opts);
	const mode = ['f', 'c', 'b'].filter((k) => o.has(k));
	if (mode.length === 0)
		return usageFailure(
			`cut: you must specify a list of bytes, characters, or fields\n${tryHelp('cut')}`
		);
	if (mode.length > 1)
		return usageFailure(`cut: only one list may be specified\n${tryHelp('cut')}`);
	const delim = o.get('d') ?? '\t';
	if (delim.length !== 1)
		return usageFailure(`cut: the delimiter must be a single character\n${tryHelp('cut')}`);
	if (o.has('d') && mode[0] !== 'f')
		return usageFailure(
			`cut: an input delimiter may be specified only when operating on fields\n${tryHelp('cut')}`
		);
	const ranges = parseList(o.get(mode[0])!);
	if (typeof ranges === 'string') return usageFailure(ranges);
	const file = parsed.operands.find((f) => f !== '-');
	if (file !== undefined) return usageFailure(`cut: ${file}: No such file or directory\n`);
	const outDelim = o.get('o') ?? delim;
	const onLine = (line: string): string => {
		if (mode[0] !== 'f') return `${pick([...line], ranges).join('')}\n`;
		if (!line.includes(delim)) return o.has('s') ? '' : `${line}\n`;
		return `${pick(line.split(delim), ranges).join(outDelim)}\n`;
	};
	return { ok: true, process: lineProcess(onLine) };
};
