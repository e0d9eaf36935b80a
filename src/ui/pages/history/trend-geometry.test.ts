import { describe, expect, it } from 'vitest';
import type { RunRow } from '../../../adapters/store/run-types';
import { trendGeometry } from './trend-geometry';

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
			['a', 28, 38.2, 71],
			['b', 168, 13.2, 95],
			['c', 308, 8, 100]
		]);
		expect(g.path).toBe('M28,38.2L168,13.2L308,8');
		expect(g.lines).toEqual([
			{ grade: 'A', value: 90, y: 18.4 },
			{ grade: 'B', value: 80, y: 28.8 }
		]);
	});

	it('centres a single run', () => {
		expect(trendGeometry([row('a', 1, 50)]).points.map((p) => [p.x, p.y])).toEqual([[168, 60]]);
	});
});
