/**
 * Go's `time.Parse(time.RFC3339, s)`, element by element so a bad value fails with Go's words
 * (`parsing time "x" as "2006-01-02T15:04:05Z07:00": cannot parse "x" as "2006"`).
 */

const LAYOUT = '2006-01-02T15:04:05Z07:00';

/** Each layout element and the text it accepts at the current position. */
const ELEMENTS: [element: string, pattern: RegExp][] = [
	['2006', /^\d{4}/],
	['-', /^-/],
	['01', /^\d{2}/],
	['-', /^-/],
	['02', /^\d{2}/],
	['T', /^T/],
	['15', /^\d{2}/],
	[':', /^:/],
	['04', /^\d{2}/],
	[':', /^:/],
	// Go accepts a fraction after the seconds even when the layout has none.
	['05', /^\d{2}(\.\d+)?/],
	['Z07:00', /^(Z|[+-]\d{2}:\d{2})/]
];

const RANGES: [name: string, min: number, max: number][] = [
	['year', 0, 9999],
	['month', 1, 12],
	['day', 1, 31],
	['hour', 0, 23],
	['minute', 0, 59],
	['second', 0, 59]
];

function offsetMs(zone: string): number {
	if (zone === 'Z') return 0;
	const sign = zone.startsWith('-') ? -1 : 1;
	return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
}

/** Milliseconds since the epoch, or Go's error text (without kubectl's `error: `). */
export function parseRfc3339(text: string): number | string {
	const fail = (why: string) => `parsing time ${JSON.stringify(text)}${why}`;
	const parts: string[] = [];
	let rest = text;
	for (const [element, pattern] of ELEMENTS) {
		const m = pattern.exec(rest);
		if (!m) return fail(` as "${LAYOUT}": cannot parse ${JSON.stringify(rest)} as "${element}"`);
		if (!/^[-T:]$/.test(element)) parts.push(m[0]);
		rest = rest.slice(m[0].length);
	}
	if (rest) return fail(`: extra text: ${JSON.stringify(rest)}`);
	const [year, month, day, hour, minute, seconds, zone] = parts;
	const fields = [year, month, day, hour, minute, seconds].map((p) => Math.floor(Number(p)));
	for (let i = 0; i < RANGES.length; i++) {
		const [name, min, max] = RANGES[i];
		if (fields[i] < min || fields[i] > max) return fail(`: ${name} out of range`);
	}
	const fraction = Math.round((Number(seconds) - fields[5]) * 1000);
	const utc = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
	return utc + fraction - offsetMs(zone);
}
