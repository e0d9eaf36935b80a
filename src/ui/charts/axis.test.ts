import { describe, expect, it } from 'vitest';
import { linearScale, niceCeil, plotArea, round, seriesPath, ticksEvery, yScale } from './axis';

const BOX = { width: 560, height: 200, margin: { top: 12, right: 16, bottom: 26, left: 52 } };

describe('plotArea', () => {
	it('is the box less its margins', () => {
		expect(plotArea(BOX)).toEqual({ x: 52, y: 12, width: 492, height: 162 });
	});
});

describe('linearScale', () => {
	it('maps the domain onto the range, to tenths', () => {
		const x = linearScale([-1_800_000, 0], [52, 544]);
		expect([x(-1_800_000), x(-600_000), x(0), x(-1)]).toEqual([52, 380, 544, 544]);
	});

	it('maps an empty domain to the start of the range', () => {
		expect(linearScale([5, 5], [52, 544])(5)).toBe(52);
	});
});

describe('yScale', () => {
	it('puts the bottom value on the plot floor and the top value on its ceiling', () => {
		const y = yScale(plotArea(BOX), 0, 20);
		expect([y(0), y(5), y(20)]).toEqual([174, 133.5, 12]);
	});
});

describe('ticksEvery', () => {
	it('gives every multiple of the step in range, both ends included', () => {
		expect(ticksEvery(-1_000_000, 600_000, 300_000)).toEqual([
			-900_000, -600_000, -300_000, 0, 300_000, 600_000
		]);
		expect(ticksEvery(1, 2, 5)).toEqual([]);
	});
});

describe('round', () => {
	it('rounds to tenths unless told otherwise', () => {
		expect([round(133.46), round(0.123456789, 4)]).toEqual([133.5, 0.1235]);
	});
});

describe('seriesPath', () => {
	const id = (n: number) => n;
	it('breaks the line at null values', () => {
		const points = [
			{ t: 0, value: 1 },
			{ t: 1, value: 2 },
			{ t: 2, value: null },
			{ t: 3, value: 4 },
			{ t: 4, value: 5 }
		];
		expect(seriesPath(points, id, id)).toBe('M0,1L1,2M3,4L4,5');
	});

	it('is empty without values', () => {
		expect(seriesPath([{ t: 0, value: null }], id, id)).toBe('');
	});
});

describe('niceCeil', () => {
	it.each([
		[13.64, 20],
		[2.2, 2.5],
		[0.11, 0.2],
		[4, 5],
		[1, 1],
		[0, 0]
	])('%d → %d', (value, nice) => expect(niceCeil(value)).toBe(nice));
});
