import { describe, expect, it } from 'vitest';
import { modeLabel, percent, runDate, tClock } from './run-format';

describe('run-format', () => {
	it('writes offsets from the page as t+mm:ss', () => {
		expect([0, 44_000, 114_000, 3_725_400, -30_000, -200].map(tClock)).toEqual([
			't+00:00',
			't+00:44',
			't+01:54',
			't+62:05',
			't-00:30',
			't+00:00'
		]);
	});

	it('writes wall-clock dates in UTC', () => {
		expect(runDate(Date.UTC(2026, 2, 4, 14, 12, 31))).toBe('2026-03-04 14:12 UTC');
	});

	it('names modes and shares', () => {
		expect([modeLabel('approve'), modeLabel('compose'), modeLabel('free-play')]).toEqual([
			'Approve',
			'Compose',
			'Free play'
		]);
		expect([percent(0.02105), percent(0), percent(1)]).toEqual(['2.1 %', '0.0 %', '100.0 %']);
	});
});
