/**
 * A scenario's trend: the total of each finished run, oldest first, evenly spaced, on a 0–100
 * scale with the A (90) and B (80) lines. Numbers only, so they can be tested without a DOM.
 */
import type { RunRow } from '../../../adapters/store/run-types';
import type { Box } from '../../charts/chart-geometry';

export const TREND_BOX: Box = {
	width: 320,
	height: 120,
	margin: { top: 8, right: 12, bottom: 8, left: 28 }
};

export interface TrendPoint {
	id: string;
	x: number;
	y: number;
	total: number;
	grade: string;
	startedAt: number;
}

export interface TrendGeometry {
	box: Box;
	points: TrendPoint[];
	path: string;
	lines: { grade: 'A' | 'B'; value: number; y: number }[];
}

/** Finished, scored runs in the order they were rehearsed. */
export function finishedInOrder(rows: readonly RunRow[]): RunRow[] {
	return rows
		.filter((r) => r.status === 'finished' && r.total !== undefined)
		.sort((a, b) => a.startedAt - b.startedAt);
}

export function trendGeometry(rows: readonly RunRow[], box: Box = TREND_BOX): TrendGeometry {
	const runs = finishedInOrder(rows);
	const { width, height, margin } = box;
	const plotWidth = width - margin.left - margin.right;
	const x = (i: number) =>
		round(margin.left + (runs.length < 2 ? plotWidth / 2 : (i / (runs.length - 1)) * plotWidth));
	const y = (v: number) =>
		round(height - margin.bottom - (v / 100) * (height - margin.top - margin.bottom));
	const points = runs.map((r, i) => ({
		id: r.id,
		x: x(i),
		y: y(r.total ?? 0),
		total: r.total ?? 0,
		grade: r.grade ?? '',
		startedAt: r.startedAt
	}));
	return {
		box,
		points,
		path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(''),
		lines: [
			{ grade: 'A', value: 90, y: y(90) },
			{ grade: 'B', value: 80, y: y(80) }
		]
	};
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}
