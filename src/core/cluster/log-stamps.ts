/**
 * The time a log line says it was written, read from the formats containers print: JSON fields
 * (`ts`, `time`, `timestamp`, `@timestamp`; RFC 3339 text or Unix seconds), a leading RFC 3339 or
 * `2026-03-14 09:54:10.311 UTC` stamp (Spring Boot, PostgreSQL, Go's log), logfmt `time=` / `ts=`,
 * klog's `I0314 09:58:02.311234`, and nginx's `[14/Mar/2026:09:58:02 +0000]`. Scripted lines are
 * timed by it, so `--since` and `--timestamps` agree with what the lines say.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const ISO =
	/^(\d{4})[-/](\d{2})[-/](\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s?(Z|UTC|GMT|[+-]\d{2}:?\d{2})?/;
const KLOG = /^[IWEF](\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?\s/;
const NGINX = /\[(\d{2})\/([A-Z][a-z]{2})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\]/;
const LOGFMT = /(?:^|\s)(?:time|ts|timestamp)="?(\d{4}-\d{2}-\d{2}T[^\s"]+)/;
const JSON_KEYS = ['ts', 'time', 'timestamp', '@timestamp'];

/** Virtual ms the line was written at, or undefined when it carries no stamp. `year` for klog. */
export function lineTime(line: string, year: number): number | undefined {
	const text = line.trimStart();
	if (text.startsWith('{')) return jsonTime(text);
	return (
		isoTime(text) ?? klogTime(text, year) ?? nginxTime(text) ?? isoTime(LOGFMT.exec(text)?.[1])
	);
}

function jsonTime(text: string): number | undefined {
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof doc !== 'object' || doc === null) return undefined;
	for (const key of JSON_KEYS) {
		const v = (doc as Record<string, unknown>)[key];
		// zap writes Unix seconds with a fraction.
		if (typeof v === 'number' && v > 1e9 && v < 1e10) return Math.round(v * 1000);
		if (typeof v === 'string') return isoTime(v);
	}
	return undefined;
}

function isoTime(text: string | undefined): number | undefined {
	const m = text ? ISO.exec(text) : null;
	if (!m) return undefined;
	const [, y, mo, d, h, mi, s, frac, zone] = m;
	const utc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, millis(frac));
	return utc - offsetMs(zone);
}

function klogTime(text: string, year: number): number | undefined {
	const m = KLOG.exec(text);
	if (!m) return undefined;
	const [, mo, d, h, mi, s, frac] = m;
	return Date.UTC(year, +mo - 1, +d, +h, +mi, +s, millis(frac));
}

function nginxTime(text: string): number | undefined {
	const m = NGINX.exec(text);
	if (!m) return undefined;
	const [, d, mon, y, h, mi, s, zone] = m;
	const month = MONTHS.indexOf(mon);
	if (month < 0) return undefined;
	return Date.UTC(+y, month, +d, +h, +mi, +s) - offsetMs(zone);
}

function millis(frac: string | undefined): number {
	return frac ? Math.floor(Number(frac.padEnd(3, '0').slice(0, 3))) : 0;
}

/** `+02:00`, `-0500`; Z, UTC, GMT and no zone at all read as UTC (containers log in UTC). */
function offsetMs(zone: string | undefined): number {
	if (!zone || !/^[+-]/.test(zone)) return 0;
	const digits = zone.replace(':', '');
	const sign = digits[0] === '-' ? -1 : 1;
	return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5))) * 60_000;
}
