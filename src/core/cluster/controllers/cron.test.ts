import { describe, expect, it } from 'vitest';
import { nextRun, parseCron } from './cron';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('cron', () => {
	it.each([
		['*/15 * * * *', '2025-01-15T12:07:00Z', '2025-01-15T12:15:00.000Z'],
		['0 3 * * *', '2025-01-15T12:07:00Z', '2025-01-16T03:00:00.000Z'],
		['@hourly', '2025-01-15T12:00:00Z', '2025-01-15T13:00:00.000Z'],
		['30 9 * * 1-5', '2025-01-17T10:00:00Z', '2025-01-20T09:30:00.000Z'],
		['0 0 1 * *', '2025-01-15T00:00:00Z', '2025-02-01T00:00:00.000Z']
	])('%s after %s → %s', (expr, after, next) =>
		expect(iso(nextRun(parseCron(expr)!, at(after)))).toBe(next)
	);

	it('rejects malformed schedules', () => {
		expect(parseCron('* * *')).toBeUndefined();
		expect(parseCron('61 * * * *')).toBeUndefined();
		expect(parseCron('a b c d e')).toBeUndefined();
	});
});
