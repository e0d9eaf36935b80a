/**
 * Chart → SVG coordinates: scales, one path per series (a gap where a value is null), axis ticks
 * in minutes relative to the page, and the threshold line. Kept apart from the component so the
 * numbers can be tested without a DOM.
 */
import type { Chart } from '../../core/scenario/charts';
import {
	linearScale,
	niceCeil,
	plotArea,
	seriesPath,
	ticksEvery,
	yScale,
	type Box,
	type Tick
} from './axis';
import { formatValue } from './format-value';
import { tickLabel } from './offset';

export const DEFAULT_BOX: Box = {
	width: 560,
	height: 200,
	margin: { top: 12, right: 16, bottom: 26, left: 52 }
};

export interface ChartGeometry {
	box: Box;
	/** One SVG path per series, in series order; empty when the series has no values. */
	paths: string[];
	xTicks: Tick[];
	yTicks: Tick[];
	/** x of t=0 when the chart spans it. */
	pagedX?: number;
	thresholdY?: number;
}

export function chartGeometry(chart: Chart, box: Box = DEFAULT_BOX): ChartGeometry {
	const ts = chart.series.flatMap((s) => s.points.map((p) => p.t));
	const values = chart.series.flatMap((s) =>
		s.points.flatMap((p) => (p.value === null ? [] : [p.value]))
	);
	const tMin = ts.length ? Math.min(...ts) : -1_800_000;
	const tMax = ts.length ? Math.max(...ts) : 0;
	const top = niceCeil(Math.max(0, ...values, chart.threshold ?? 0) * 1.1) || 1;
	const bottom = Math.min(0, ...values);
	const plot = plotArea(box);
	const x = linearScale([tMin, tMax], [plot.x, plot.x + plot.width]);
	const y = yScale(plot, bottom, top);
	return {
		box,
		paths: chart.series.map((s) => seriesPath(s.points, x, y)),
		xTicks: timeTicks(tMin, tMax).map((t) => ({ at: x(t), label: tickLabel(t) })),
		yTicks: valueTicks(bottom, top, chart.unit).map((v) => ({
			at: y(v),
			label: formatValue(v, chart.unit)
		})),
		pagedX: tMin <= 0 && tMax >= 0 ? x(0) : undefined,
		thresholdY: chart.threshold === undefined ? undefined : y(chart.threshold)
	};
}

/** Bottom, middle and top; a count's middle only when it is a whole number (no "2.5 pods"). */
function valueTicks(bottom: number, top: number, unit?: string): number[] {
	const middle = (bottom + top) / 2;
	return unit === 'count' && !Number.isInteger(middle) ? [bottom, top] : [bottom, middle, top];
}

/** Whole-minute ticks every 5, 10 or 30 minutes (by span), always including t=0 when in range. */
function timeTicks(tMin: number, tMax: number): number[] {
	const span = tMax - tMin;
	const step = span <= 900_000 ? 300_000 : span <= 3_600_000 ? 600_000 : 1_800_000;
	return ticksEvery(tMin, tMax, step);
}
