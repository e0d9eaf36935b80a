/**
 * Chart → SVG coordinates: scales, one path per series (a gap where a value is null), axis ticks
 * in minutes relative to the page, and the threshold line. Kept apart from the component so the
 * numbers can be tested without a DOM.
 */
import type { Chart } from '../../core/scenario/charts';
import { formatValue } from './format-value';
import { tickLabel } from './offset';

export interface Box {
	width: number;
	height: number;
	/** Room for the y labels on the left and the x labels at the bottom. */
	margin: { top: number; right: number; bottom: number; left: number };
}

export const DEFAULT_BOX: Box = {
	width: 560,
	height: 200,
	margin: { top: 12, right: 16, bottom: 26, left: 52 }
};

export interface Tick {
	at: number;
	label: string;
}

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
	const { width, height, margin } = box;
	const x = (t: number) =>
		round(margin.left + ((t - tMin) / (tMax - tMin || 1)) * (width - margin.left - margin.right));
	const y = (v: number) =>
		round(
			height -
				margin.bottom -
				((v - bottom) / (top - bottom)) * (height - margin.top - margin.bottom)
		);
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

/** `M x,y L x,y …`; a null value ends the line and the next value starts a new one. */
export function seriesPath(
	points: readonly { t: number; value: number | null }[],
	x: (t: number) => number,
	y: (v: number) => number
): string {
	let path = '';
	let drawing = false;
	for (const p of points) {
		if (p.value === null) {
			drawing = false;
			continue;
		}
		path += `${drawing ? 'L' : 'M'}${x(p.t)},${y(p.value)}`;
		drawing = true;
	}
	return path;
}

/** The smallest of 1, 2, 2.5, 5 × 10^k that is at least `value`. */
export function niceCeil(value: number): number {
	if (value <= 0) return 0;
	const power = 10 ** Math.floor(Math.log10(value));
	const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value * (1 - 1e-9)) ?? 10;
	return round(step * power, 6);
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
	const ticks: number[] = [];
	for (let t = Math.ceil(tMin / step) * step; t <= tMax; t += step) ticks.push(t);
	return ticks;
}

function round(n: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}
