/**
 * The debrief timeline's numbers: each service's error rate along the run as SVG paths, the SLO's
 * error threshold, minute/second ticks, and the run's markers placed on the same time axis in
 * rows so that marks close in time do not cover each other. Kept apart from the component so it
 * can be tested without a DOM.
 */
import type { HealthSample } from '../../../adapters/runtime/runtime';
import { niceCeil, seriesPath, type Box, type Tick } from '../../charts/chart-geometry';
import { formatValue } from '../../charts/format-value';
import { tickLabel } from '../../charts/offset';
import type { Lane, Marker } from './run-markers';

export const TIMELINE_BOX: Box = {
	width: 720,
	height: 180,
	margin: { top: 12, right: 16, bottom: 26, left: 52 }
};

/** Markers closer than this share of the axis go on separate rows. */
const MIN_GAP = 0.02;
const MAX_ROWS = 6;

export interface ServiceLine {
	id: string;
	title: string;
	/** SLO objective in percent of requests that succeed (99.9). */
	objective: number;
}

export interface PlacedMarker extends Marker {
	/** Position along the plot, 0 (left) to 1 (right). */
	at: number;
	row: number;
}

export interface TimelineGeometry {
	box: Box;
	paths: { id: string; title: string; d: string }[];
	xTicks: Tick[];
	yTicks: Tick[];
	/** The SLO's error rate (percent) and its y; the strictest when services differ. */
	threshold?: { value: number; y: number };
	markers: PlacedMarker[];
	rows: Record<Lane, number>;
	/** Where t falls along the plot, 0..1. */
	along: (t: number) => number;
	/** Where t falls in SVG units. */
	x: (t: number) => number;
}

export function timelineGeometry(
	samples: readonly HealthSample[],
	services: readonly ServiceLine[],
	markers: readonly Marker[],
	box: Box = TIMELINE_BOX
): TimelineGeometry {
	const ts = [...samples.map((s) => s.t), ...markers.map((m) => m.t), 0];
	const tMin = Math.min(...ts);
	const tMax = Math.max(...ts, tMin + 60_000);
	const values = samples.flatMap((s) => services.map((v) => (s.slis[v.id]?.errorRate ?? 0) * 100));
	const slo = services.length ? 100 - Math.max(...services.map((s) => s.objective)) : undefined;
	const top = niceCeil(Math.max(0, ...values, slo ?? 0) * 1.1) || 1;
	const { width, height, margin } = box;
	const plotWidth = width - margin.left - margin.right;
	const along = (t: number) => round((t - tMin) / (tMax - tMin), 4);
	const x = (t: number) => round(margin.left + along(t) * plotWidth);
	const y = (v: number) =>
		round(height - margin.bottom - (v / top) * (height - margin.top - margin.bottom));
	const placed = placeMarkers(markers, along);
	return {
		box,
		paths: services.map((s) => ({
			id: s.id,
			title: s.title,
			d: seriesPath(
				samples.map((p) => ({ t: p.t, value: p.slis[s.id] ? p.slis[s.id].errorRate * 100 : null })),
				x,
				y
			)
		})),
		xTicks: timeTicks(tMin, tMax).map((t) => ({ at: x(t), label: tickLabel(t) })),
		yTicks: [0, top / 2, top].map((v) => ({ at: y(v), label: formatValue(v, 'percent') })),
		...(slo !== undefined && { threshold: { value: round(slo, 4), y: y(slo) } }),
		markers: placed.markers,
		rows: placed.rows,
		along,
		x
	};
}

/** Each lane's markers in time order, each on the first row with room for it. */
export function placeMarkers(
	markers: readonly Marker[],
	along: (t: number) => number
): { markers: PlacedMarker[]; rows: Record<Lane, number> } {
	const ends: Record<Lane, number[]> = { acts: [], commands: [], world: [] };
	const placed = markers.map((m) => {
		const at = along(m.t);
		const rowEnds = ends[m.lane];
		let row = rowEnds.findIndex((end) => at - end >= MIN_GAP);
		if (row < 0 && rowEnds.length < MAX_ROWS) row = rowEnds.length;
		if (row < 0) row = rowEnds.indexOf(Math.min(...rowEnds));
		rowEnds[row] = at;
		return { ...m, at, row };
	});
	const rows = { acts: ends.acts.length, commands: ends.commands.length, world: ends.world.length };
	return { markers: placed, rows };
}

/** Ticks every 30 s, 1, 5 or 10 minutes, by the run's span. */
function timeTicks(tMin: number, tMax: number): number[] {
	const span = tMax - tMin;
	const step =
		span <= 180_000 ? 30_000 : span <= 600_000 ? 60_000 : span <= 1_800_000 ? 300_000 : 600_000;
	const ticks: number[] = [];
	for (let t = Math.ceil(tMin / step) * step; t <= tMax; t += step) ticks.push(t);
	return ticks;
}

function round(n: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}
