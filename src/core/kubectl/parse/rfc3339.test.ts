import { describe, expect, it } from 'vitest';
import { parseRfc3339 } from './rfc3339';

describe('parseRfc3339', () => {
	it('reads UTC, offsets and fractions', () => {
		expect(parseRfc3339('2026-03-14T09:00:00Z')).toBe(Date.UTC(2026, 2, 14, 9));
		expect(parseRfc3339('2026-03-14T10:00:00+01:00')).toBe(Date.UTC(2026, 2, 14, 9));
		expect(parseRfc3339('2026-03-14T09:00:00.250Z')).toBe(Date.UTC(2026, 2, 14, 9) + 250);
	});

	it("fails with Go's words", () => {
		expect(parseRfc3339('garbage')).toBe(
			'parsing time "garbage" as "2006-01-02T15:04:05Z07:00": cannot parse "garbage" as "2006"'
		);
		expect(parseRfc3339('2026-03-14')).toBe(
			'parsing time "2026-03-14" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"'
		);
		expect(parseRfc3339('2026-03-14T09:00:00Zx')).toBe(
			'parsing time "2026-03-14T09:00:00Zx": extra text: "x"'
		);
		expect(parseRfc3339('2026-13-14T09:00:00Z')).toBe(
			'parsing time "2026-13-14T09:00:00Z": month out of range'
		);
	});
});
