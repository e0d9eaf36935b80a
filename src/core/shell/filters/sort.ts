/**
 * `sort` over a pipe: -r -n -u -k N[,M] -t X -f -b -h. Compares bytes (the C locale) so the order
 * is the same on every machine; GNU's last-resort whole-line comparison breaks ties.
 */
import { getopt, tryHelp } from './getopt';
import { usageFailure, wholeProcess, type Filter } from './types';
import { joinLines } from './head-tail';

const LONG = {
	reverse: { key: 'r', value: false },
	'numeric-sort': { key: 'n', value: false },
	'human-numeric-sort': { key: 'h', value: false },
	unique: { key: 'u', value: false },
	key: { key: 'k', value: true },
	'field-separator': { key: 't', value: true },
	'ignore-case': { key: 'f', value: false },
	'ignore-leading-blanks': { key: 'b', value: false },
	stable: { key: 's', value: false }
};

interface Key {
	from: number;
	to?: number;
}

const SUFFIX = 'KMGTPE';

/** A leading number, as -n reads it (non-numbers are 0); -h also reads `10Ki`, `2G`. */
function numberOf(text: string, human: boolean): number {
	const m = /^\s*(-?\d*\.?\d+)([KMGTPE])?/.exec(text);
	if (!m) return 0;
	const unit = human && m[2] ? 1024 ** (SUFFIX.indexOf(m[2]) + 1) : 1;
	return Number(m[1]) * unit;
}

/** Start offsets of each field: without -t a field is its leading blanks plus the non-blanks. */
function fieldStarts(line: string): number[] {
	const starts = [0];
	const re = /(?<=[^ \t])[ \t]/g;
	for (const m of line.matchAll(re)) starts.push(m.index);
	return starts;
}

/** The text a `-k FROM[,TO]` key covers, as GNU sort cuts it. */
function keyText(line: string, key: Key | undefined, sep: string | undefined): string {
	if (!key) return line;
	if (sep !== undefined) {
		const all = line.split(sep);
		return all.slice(key.from - 1, key.to ?? all.length).join(sep);
	}
	const starts = fieldStarts(line);
	if (key.from > starts.length) return '';
	const end = key.to === undefined || key.to >= starts.length ? line.length : starts[key.to];
	return line.slice(starts[key.from - 1], end);
}

function byteCompare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function parseKey(spec: string): Key | string {
	const m = /^(\d+)(?:\.\d+)?[bnrhf]*(?:,(\d+)(?:\.\d+)?[bnrhf]*)?$/.exec(spec);
	if (!m) return `sort: invalid number at field start: invalid count at start of ‘${spec}’\n`;
	if (Number(m[1]) === 0)
		return `sort: field number is zero: invalid field specification ‘${spec}’\n`;
	return { from: Number(m[1]), to: m[2] === undefined ? undefined : Number(m[2]) };
}

export const sort: Filter = (args) => {
	const parsed = getopt('sort', args, {
		flags: 'rnuhfbsV',
		withValue: 'kt',
		long: LONG,
		usage: tryHelp('sort')
	});
	if (!parsed.ok) return usageFailure(parsed.stderr, 2);
	const file = parsed.operands.find((f) => f !== '-');
	if (file !== undefined)
		return usageFailure(`sort: cannot read: ${file}: No such file or directory\n`, 2);
	const flags = new Set<string>();
	let key: Key | undefined;
	let sep: string | undefined;
	for (const [k, value] of parsed.opts) {
		if (k === 'k') {
			const parsedKey = parseKey(value);
			if (typeof parsedKey === 'string') return usageFailure(parsedKey, 2);
			key ??= parsedKey;
		} else if (k === 't') {
			if (value.length !== 1) return usageFailure('sort: multi-character tab ‘' + value + '’\n', 2);
			sep = value;
		} else flags.add(k);
	}
	const numeric = flags.has('n') || flags.has('h');
	const compareKeys = (a: string, b: string): number => {
		const trim = (t: string) => (flags.has('b') ? t.trimStart() : t);
		const ka = trim(keyText(a, key, sep));
		const kb = trim(keyText(b, key, sep));
		if (numeric) return numberOf(ka, flags.has('h')) - numberOf(kb, flags.has('h'));
		if (flags.has('f')) return byteCompare(ka.toUpperCase(), kb.toUpperCase());
		return byteCompare(ka, kb);
	};
	const compare = (a: string, b: string): number => {
		const c = compareKeys(a, b) || (flags.has('u') || flags.has('s') ? 0 : byteCompare(a, b));
		return flags.has('r') ? -c : c;
	};
	return {
		ok: true,
		process: wholeProcess((lines) => {
			const sorted = [...lines].sort(compare);
			const out = flags.has('u')
				? sorted.filter((l, i) => i === 0 || compareKeys(sorted[i - 1], l) !== 0)
				: sorted;
			return joinLines(out);
		})
	};
};
