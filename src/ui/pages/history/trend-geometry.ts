/**
 * A scenario's trend: the total of each finished run, oldest first, evenly spaced, on a fixed
 * 0–100 axis shaded by grade (A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, F below), so a score's place reads
 * the same in every chart. Numbers only, so they can be tested without a DOM.
 */
import type { RunRow } from '../../../adapters/store/run-types';
import type { Grade } from '../../../core/scoring/types';
import { plotArea, round, yScale, type Box, type Tick } from '../../charts/axis';

export const TREND_BOX: Box = {
	width: 320,
	height: 150,
	margin: { top: 8, right: 24, bottom: 8, left: 30 }
};

/** Each grade's lowest total, best first (as `core/scoring` grades). */
const GRADES: { grade: Grade; from: number }[] = [
	{ grade: 'A', from: 90 },
	{ grade: 'B', from: 80 },
	{ grade: 'C', from: 70 },
	{ grade: 'D', from: 60 },
	{ grade: 'F', from: 0 }
];

export interface TrendPoint {
	id: string;
	x: number;
	y: number;
	total: number;
	grade: string;
	startedAt: number;
}

export interface GradeBand {
	grade: Grade;
	from: number;
	to: number;
	/** Top edge and height in SVG units; `mid` is where its label goes. */
	y: number;
	height: number;
	mid: number;
}

export interface TrendGeometry {
	box: Box;
	points: TrendPoint[];
	path: string;
	bands: GradeBand[];
	yTicks: Tick[];
}

/** Finished, scored runs in the order they were rehearsed. */
export function finishedInOrder(rows: readonly RunRow[]): RunRow[] {
	return rows
		.filter((r) => r.status === 'finished' && r.total !== undefined)
		.sort((a, b) => a.startedAt - b.startedAt);
}

export function trendGeometry(rows: readonly RunRow[], box: Box = TREND_BOX): TrendGeometry {
	const runs = finishedInOrder(rows);
	const plot = plotArea(box);
	const x = (i: number) =>
		round(plot.x + (runs.length < 2 ? plot.width / 2 : (i / (runs.length - 1)) * plot.width));
	const y = yScale(plot, 0, 100);
	const points = runs.map((r, i) => ({
		id: r.id,
		x: x(i),
		y: y(r.total ?? 0),
		total: r.total ?? 0,
		grade: r.grade ?? '',
		startedAt: r.startedAt
	}));
	const bands = GRADES.map(({ grade, from }, i) => {
		const to = i === 0 ? 100 : GRADES[i - 1].from;
		return { grade, from, to, y: y(to), height: round(y(from) - y(to)), mid: y((from + to) / 2) };
	});
	return {
		box,
		points,
		path: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(''),
		bands,
		yTicks: [0, 60, 70, 80, 90, 100].map((v) => ({ at: y(v), label: String(v) }))
	};
}

/** One sentence for the trend: the chart's caption, or all there is with fewer than two runs. */
export function trendSummary(points: readonly Pick<TrendPoint, 'total' | 'grade'>[]): string {
	if (points.length === 0) return 'No finished runs yet.';
	const last = points[points.length - 1];
	if (points.length === 1) return `One finished run so far: ${last.total} (${last.grade}).`;
	const totals = points.map((p) => p.total).join(', ');
	return `${points.length} finished runs: ${totals}. Latest ${last.total} (${last.grade}).`;
}
