/**
 * A cron parser for the forms CronJobs use: five fields (minute hour day-of-month month
 * day-of-week) with `*`, numbers, ranges `a-b`, lists `a,b` and steps `* /n`, `a-b/n`, plus the
 * macros `@hourly`, `@daily`, `@midnight`, `@weekly`, `@monthly`, `@yearly`, `@annually`. UTC.
 */
const MACROS: Record<string, string> = {
	'@yearly': '0 0 1 1 *',
	'@annually': '0 0 1 1 *',
	'@monthly': '0 0 1 * *',
	'@weekly': '0 0 * * 0',
	'@daily': '0 0 * * *',
	'@midnight': '0 0 * * *',
	'@hourly': '0 * * * *'
};

const RANGES: [number, number][] = [
	[0, 59],
	[0, 23],
	[1, 31],
	[1, 12],
	[0, 6]
];

export interface Schedule {
	fields: Set<number>[];
	/** Whether day-of-month / day-of-week were restricted (cron ORs them when both are). */
	domStar: boolean;
	dowStar: boolean;
}

export function parseCron(text: string): Schedule | undefined {
	const expr = MACROS[text.trim()] ?? text.trim();
	const parts = expr.split(/\s+/);
	if (parts.length !== 5) return undefined;
	const fields: Set<number>[] = [];
	for (let i = 0; i < 5; i++) {
		const set = parseField(parts[i], RANGES[i][0], RANGES[i][1]);
		if (!set) return undefined;
		if (i === 4 && set.has(7)) set.add(0);
		fields.push(set);
	}
	return {
		fields,
		domStar: parts[2] === '*' || parts[2] === '?',
		dowStar: parts[4] === '*' || parts[4] === '?'
	};
}

function parseField(text: string, lo: number, hi: number): Set<number> | undefined {
	const out = new Set<number>();
	for (const item of text.split(',')) {
		const m = /^(\*|\?|\d+(?:-\d+)?)(?:\/(\d+))?$/.exec(item);
		if (!m) return undefined;
		const step = m[2] ? Number(m[2]) : 1;
		let [a, b] = [lo, hi];
		if (m[1] !== '*' && m[1] !== '?') {
			const [x, y] = m[1].split('-').map(Number);
			a = x;
			b = y ?? (m[2] ? hi : x);
		}
		if (a < lo || b > (hi === 6 ? 7 : hi) || a > b || step < 1) return undefined;
		for (let v = a; v <= b; v += step) out.add(v);
	}
	return out;
}

function matches(s: Schedule, d: Date): boolean {
	const [min, hour, dom, month, dow] = s.fields;
	if (!min.has(d.getUTCMinutes()) || !hour.has(d.getUTCHours()) || !month.has(d.getUTCMonth() + 1))
		return false;
	const domOk = dom.has(d.getUTCDate());
	const dowOk = dow.has(d.getUTCDay());
	if (s.domStar || s.dowStar) return domOk && dowOk;
	return domOk || dowOk;
}

/** The first scheduled time strictly after `after` (ms), searching up to a year ahead. */
export function nextRun(s: Schedule, after: number): number | undefined {
	let t = Math.floor(after / 60_000) * 60_000 + 60_000;
	const limit = after + 366 * 86_400_000;
	while (t <= limit) {
		const d = new Date(t);
		if (!s.fields[3].has(d.getUTCMonth() + 1)) {
			t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
			continue;
		}
		if (!s.fields[1].has(d.getUTCHours())) {
			t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours() + 1);
			continue;
		}
		if (matches(s, d)) return t;
		t += 60_000;
	}
	return undefined;
}
