import { describe, expect, it } from 'vitest';
import { formatValue } from './format-value';
import { pageRelative, spanPhrase, tickLabel } from './offset';

describe('formatValue', () => {
	it.each([
		[12.4, 'percent', '12.4%'],
		[0.1, 'percent', '0.1%'],
		[0.123, 'percent', '0.12%'],
		[5, 'percent', '5%'],
		[0, 'percent', '0%'],
		[240.4, 'ms', '240 ms'],
		[3000, 'ms', '3 s'],
		[1250, 'ms', '1.3 s'],
		[6, 'count', '6'],
		[2.5, 'count', '2.5'],
		[0.856, 'ratio', '0.86'],
		[42.25, undefined, '42.3']
	])('%d %s → %s', (value, unit, text) => expect(formatValue(value, unit)).toBe(text));
});

describe('offsets in words', () => {
	it.each([
		[-240_000, '4 minutes before you were paged'],
		[-60_000, '1 minute before you were paged'],
		[-90_000, '1 minute 30 seconds before you were paged'],
		[-3_900_000, '1 hour 5 minutes before you were paged'],
		[0, 'as you were paged'],
		[120_000, '2 minutes after you were paged']
	])('pageRelative(%d) → %s', (ms, text) => expect(pageRelative(ms)).toBe(text));

	it('spells a zero span', () => expect(spanPhrase(0)).toBe('0 seconds'));

	it.each([
		[-1_800_000, '-30m'],
		[-90_000, '-90s'],
		[0, '0'],
		[300_000, '+5m']
	])('tickLabel(%d) → %s', (ms, text) => expect(tickLabel(ms)).toBe(text));
});
