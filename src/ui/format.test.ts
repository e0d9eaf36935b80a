import { describe, expect, it } from 'vitest';
import { elapsed, timeOfDay } from './format';

describe('timeOfDay', () => {
	it('prints the UTC wall time of a virtual instant', () => {
		expect(timeOfDay(Date.UTC(2026, 2, 14, 9, 41, 5, 900))).toBe('09:41:05 UTC');
	});
});

describe('elapsed', () => {
	it.each([
		[0, '0s'],
		[999, '0s'],
		[45_000, '45s'],
		[125_000, '2m05s'],
		[3_723_000, '1h02m03s'],
		[-5000, '0s']
	])('%d ms → %s', (ms, text) => expect(elapsed(ms)).toBe(text));
});
