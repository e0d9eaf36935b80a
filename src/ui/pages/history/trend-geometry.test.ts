import { describe, expect, it } from 'vitest';
import type { RunRow } from '../../../adapters/store/run-types';
import { trendGeometry, trendSummary } from './trend-geometry';

function row(id: string, startedAt: number, total?: number): RunRow {
	return {
		id,
		scenario: { id: 's', title: 'S', yaml: '', file: 's.yaml', files: {} },
		mode: 'approve',
		startedAt,
		updatedAt: startedAt,
		status: total === undefined ? 'active' : 'finished',
		t0: 0,
		events: 0,
		...(total !== undefined && { total, grade: total >= 90 ? 'A' : 'C' })
	};
}

describe('trendGeometry', () => {
	it('spaces finished runs oldest first on a 0-100 scale, skipping runs still going', () => {
		const g = trendGeometry([row('c', 3, 100), row('x', 4), row('a', 1, 71), row('b', 2, 95)]);
		expect(g.points.map((p) => [p.id, p.x, p.y, p.total])).toEqual([
			['a', 30, 46.9, 71],
			['b', 163, 14.7, 95],
			['c', 296, 8, 100]
		]);
		expect(g.path).toBe('M30,46.9L163,14.7L296,8');
	});

	it('shades every grade band on a fixed 0-100 axis, whatever the totals', () => {
		const g = trendGeometry([row('a', 1, 92), row('b', 2, 95)]);
		expect(g.bands).toEqual([
			{ grade: 'A', from: 90, to: 100, y: 8, height: 13.4, mid: 14.7 },
			{ grade: 'B', from: 80, to: 90, y: 21.4, height: 13.4, mid: 28.1 },
			{ grade: 'C', from: 70, to: 80, y: 34.8, height: 13.4, mid: 41.5 },
			{ grade: 'D', from: 60, to: 70, y: 48.2, height: 13.4, mid: 54.9 },
			{ grade: 'F', from: 0, to: 60, y: 61.6, height: 80.4, mid: 101.8 }
		]);
		expect(g.yTicks).toEqual([
			{ at: 142, label: '0' },
			{ at: 61.6, label: '60' },
			{ at: 48.2, label: '70' },
			{ at: 34.8, label: '80' },
			{ at: 21.4, label: '90' },
			{ at: 8, label: '100' }
		]);
	});

	it('centres a single run', () => {
		expect(trendGeometry([row('a', 1, 50)]).points.map((p) => [p.x, p.y])).toEqual([[163, 75]]);
	});
});

describe('trendSummary', () => {
	it('says there is nothing yet, one run, or the totals and the latest', () => {
		expect(trendSummary([])).toBe('No finished runs yet.');
		expect(trendSummary([{ total: 92, grade: 'A' }])).toBe('One finished run so far: 92 (A).');
		expect(
			trendSummary([
				{ total: 71, grade: 'C' },
				{ total: 95, grade: 'A' }
			])
		).toBe('2 finished runs: 71, 95. Latest 95 (A).');
	});
});
