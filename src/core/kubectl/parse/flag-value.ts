/**
 * Typed flag values as pflag parses them, with Go's error texts (`strconv.ParseInt: parsing
 * "abc": invalid syntax`, `time: invalid duration "x"`), so a bad value reads like kubectl's.
 */
import type { FlagSpec, FlagValue } from '../types';

export type ValueResult = { ok: true; value: FlagValue } | { ok: false; reason: string };

const BOOL_TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const BOOL_FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** Go's `strconv.Quote` for the printable ASCII the messages carry. */
export function goQuote(text: string): string {
	return JSON.stringify(text);
}

export function parseGoBool(text: string): boolean | undefined {
	if (BOOL_TRUE.has(text)) return true;
	if (BOOL_FALSE.has(text)) return false;
	return undefined;
}

/** `strconv.ParseInt(text, 0, 64)`: decimal, 0x/0o/0b prefixes, leading-0 octal, `_` with a prefix. */
export function parseGoInt(text: string): ValueResult {
	const syntax = {
		ok: false as const,
		reason: `strconv.ParseInt: parsing ${goQuote(text)}: invalid syntax`
	};
	const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|0[0-7_]*|[1-9][0-9]*)$/.exec(
		text
	);
	if (!m) return syntax;
	const body = m[2];
	let digits = body;
	let radix = 10;
	if (/^0[xX]/.test(body)) [digits, radix] = [body.slice(2), 16];
	else if (/^0[bB]/.test(body)) [digits, radix] = [body.slice(2), 2];
	else if (/^0[oO]/.test(body)) [digits, radix] = [body.slice(2), 8];
	else if (body.length > 1 && body.startsWith('0')) [digits, radix] = [body.slice(1), 8];
	if (digits.includes('_')) {
		if (radix === 10 || /_$|__/.test(digits)) return syntax;
		digits = digits.replace(/_/g, '');
	}
	if (digits === '' && radix !== 8) return syntax;
	const n = BigInt(m[1] === '-' ? -1 : 1) * (digits === '' ? 0n : parseBig(digits, radix));
	if (n > 9223372036854775807n || n < -9223372036854775808n) {
		return { ok: false, reason: `strconv.ParseInt: parsing ${goQuote(text)}: value out of range` };
	}
	return { ok: true, value: Number(n) };
}

function parseBig(digits: string, radix: number): bigint {
	let n = 0n;
	for (const d of digits) n = n * BigInt(radix) + BigInt(parseInt(d, radix));
	return n;
}

const DURATION_UNITS: Record<string, number> = {
	ns: 1e-6,
	us: 1e-3,
	µs: 1e-3,
	μs: 1e-3,
	ms: 1,
	s: 1000,
	m: 60_000,
	h: 3_600_000
};

/** Go's `time.ParseDuration`, in milliseconds. */
export function parseGoDuration(text: string): ValueResult {
	const invalid = { ok: false as const, reason: `time: invalid duration ${goQuote(text)}` };
	let rest = text;
	let sign = 1;
	if (rest.startsWith('-') || rest.startsWith('+')) {
		sign = rest[0] === '-' ? -1 : 1;
		rest = rest.slice(1);
	}
	if (rest === '0') return { ok: true, value: 0 };
	if (rest === '') return invalid;
	let total = 0;
	while (rest !== '') {
		const num = /^(\d*)(\.\d*)?/.exec(rest)!;
		if (num[0] === '' || num[0] === '.') return invalid;
		rest = rest.slice(num[0].length);
		const unit = /^[^\d.]*/.exec(rest)![0];
		if (unit === '') {
			return { ok: false, reason: `time: missing unit in duration ${goQuote(text)}` };
		}
		const scale = DURATION_UNITS[unit];
		if (scale === undefined) {
			return {
				ok: false,
				reason: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(text)}`
			};
		}
		total += Number(num[0]) * scale;
		rest = rest.slice(unit.length);
	}
	return { ok: true, value: sign * total };
}

/** Splits a stringSlice value the way Go's csv reader does (quotes group commas). */
export function splitCsv(text: string): string[] {
	if (text === '') return [];
	const out: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"' && (quoted || cell === '')) {
			if (quoted && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else quoted = !quoted;
		} else if (ch === ',' && !quoted) {
			out.push(cell);
			cell = '';
		} else cell += ch;
	}
	out.push(cell);
	return out;
}

/**
 * The flag's new value after one occurrence with `text`. Slices and arrays accumulate across
 * occurrences (the first replaces the default), as pflag does.
 */
export function applyFlagValue(
	flag: FlagSpec,
	text: string,
	previous: FlagValue | undefined
): ValueResult {
	switch (flag.type) {
		case 'bool': {
			const b = parseGoBool(text);
			return b === undefined
				? { ok: false, reason: `strconv.ParseBool: parsing ${goQuote(text)}: invalid syntax` }
				: { ok: true, value: b };
		}
		case 'int':
			return parseGoInt(text);
		case 'duration': {
			// Durations reach verbs as milliseconds.
			return parseGoDuration(text);
		}
		case 'stringArray':
			return { ok: true, value: [...((previous as string[] | undefined) ?? []), text] };
		case 'stringSlice':
			return {
				ok: true,
				value: [...((previous as string[] | undefined) ?? []), ...splitCsv(text)]
			};
		case 'string':
			return { ok: true, value: text };
	}
}
