import { describe, expect, it } from 'vitest';
import { age, humanDuration } from './age';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('humanDuration', () => {
	it.each([
		[-5 * s, '<invalid>'],
		[-1 * s, '0s'],
		[0, '0s'],
		[5 * s, '5s'],
		[119 * s, '119s'],
		[2 * m + 3 * s, '2m3s'],
		[5 * m, '5m'],
		[15 * m + 20 * s, '15m'],
		[179 * m, '179m'],
		[3 * h, '3h'],
		[3 * h + 20 * m, '3h20m'],
		[10 * h + 59 * m, '10h'],
		[47 * h, '47h'],
		[2 * d + 3 * h, '2d3h'],
		[7 * d, '7d'],
		[12 * d + 5 * h, '12d'],
		[800 * d, '2y70d'],
		[365 * 9 * d, '9y']
	])('%d ms → %s', (ms, text) => expect(humanDuration(ms)).toBe(text));
});

describe('age', () => {
	it('reads the virtual clock, not the wall clock', () => {
		const now = Date.parse('2026-03-14T09:41:00Z');
		expect(age('2026-03-14T09:40:15Z', now)).toBe('45s');
		expect(age(undefined, now)).toBe('<unknown>');
	});
});
