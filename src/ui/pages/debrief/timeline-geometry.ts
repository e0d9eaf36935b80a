/**
 * The debrief timeline's numbers: each service's error rate along the run as SVG paths, the SLO's
 * error threshold, minute/second ticks, and the run's markers placed on the same time axis in
 * rows so that marks close in time (or at the same moment) never cover each other. The axis stops
 * a little after the run's end: the score samples the SLIs on for the resolution window, which
 * would squeeze the run into the left of the chart, so that stretch is cut and the part after the
 * end is shaded. Kept apart from the component so it can be tested without a DOM.
 */
import type { HealthSample } from '../../../adapters/runtime/runtime';
import {
	niceCeil,
	plotArea,
	round,
	seriesPath,
	ticksEvery,
	yScale,
	type Box,
	type Plot,
	type Tick
} from '../../charts/axis';
import { formatValue } from '../../charts/format-value';
import { tickLabel } from '../../charts/offset';
import type { Lane, Marker } from './run-markers';

export const TIMELINE_BOX: Box = {
	width: 720,
	height: 180,
	margin: { top: 12, right: 16, bottom: 26, left: 52 }
};

/** A mark's footprint in CSS px (0.7rem and its ring): marks nearer than this share no row. */
export const MARK_PX = 16;
/** Shown after the run's end: at least this, or a twentieth of the run. */
const MIN_PAD_MS = 15_000;

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

export interface TimelineOptions {
	/** In CSS px: the component sizes it to the width it has, so text stays at its px size. */
	box?: Box;
	/** Offset of the run's last event, ms; the last marker's by default. */
	end?: number;
}

export interface TimelineGeometry {
	box: Box;
	paths: { id: string; title: string; d: string }[];
	xTicks: Tick[];
	yTicks: Tick[];
	/** The SLO's error rate (percent) and its y; the strictest when services differ. */
	threshold?: { value: number; y: number };
	/** The stretch after the run ended, to shade. */
	after: { x: number; width: number };
	/** The plot's rectangle, to clip the lines to. */
	plot: Plot;
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
	options: TimelineOptions = {}
): TimelineGeometry {
	const box = options.box ?? TIMELINE_BOX;
	const { tMin, tMax, end } = axisSpan(samples, markers, options.end);
	const shown = shownSamples(samples, tMax);
	const values = shown.flatMap((s) => services.map((v) => (s.slis[v.id]?.errorRate ?? 0) * 100));
	const slo = services.length ? 100 - Math.max(...services.map((s) => s.objective)) : undefined;
	const top = niceCeil(Math.max(0, ...values, slo ?? 0) * 1.1) || 1;
	const plot = plotArea(box);
	// x goes through `along` (4 places) so a mark and its line land on the same spot.
	const along = (t: number) => round((t - tMin) / (tMax - tMin), 4);
	const x = (t: number) => round(plot.x + along(t) * plot.width);
	const y = yScale(plot, 0, top);
	const placed = placeMarkers(markers, along, MARK_PX / plot.width);
	return {
		box,
		paths: services.map((s) => ({
			id: s.id,
			title: s.title,
			d: seriesPath(
				shown.map((p) => ({ t: p.t, value: p.slis[s.id] ? p.slis[s.id].errorRate * 100 : null })),
				x,
				y
			)
		})),
		xTicks: timeTicks(tMin, tMax).map((t) => ({ at: x(t), label: tickLabel(t) })),
		yTicks: [0, top / 2, top].map((v) => ({ at: y(v), label: formatValue(v, 'percent') })),
		...(slo !== undefined && { threshold: { value: round(slo, 4), y: y(slo) } }),
		after: { x: x(end), width: round(x(tMax) - x(end)) },
		plot,
		markers: placed.markers,
		rows: placed.rows,
		along,
		x
	};
}

/** From the first moment anything is known to a little after the run's end. */
function axisSpan(
	samples: readonly HealthSample[],
	markers: readonly Marker[],
	endGiven: number | undefined
): { tMin: number; tMax: number; end: number } {
	const tMin = Math.min(0, ...samples.map((s) => s.t), ...markers.map((m) => m.t));
	const end = endGiven ?? Math.max(tMin, ...markers.map((m) => m.t));
	const pad = Math.max(MIN_PAD_MS, (end - tMin) / 20);
	return { tMin, tMax: Math.max(end + pad, tMin + 60_000), end };
}

/** Samples up to the axis's end, and the first past it so the lines reach the edge (clipped). */
function shownSamples(samples: readonly HealthSample[], tMax: number): HealthSample[] {
	const past = samples.findIndex((s) => s.t > tMax);
	return past < 0 ? [...samples] : samples.slice(0, past + 1);
}

/**
 * Each lane's markers in time order, each on the first row where the last mark is at least
 * `minGap` (a share of the axis) before it; a new row otherwise, however many that takes.
 */
export function placeMarkers(
	markers: readonly Marker[],
	along: (t: number) => number,
	minGap: number
): { markers: PlacedMarker[]; rows: Record<Lane, number> } {
	const ends: Record<Lane, number[]> = { acts: [], commands: [], world: [] };
	const placed = markers.map((m) => {
		const at = along(m.t);
		const rowEnds = ends[m.lane];
		let row = rowEnds.findIndex((last) => at - last >= minGap);
		if (row < 0) row = rowEnds.length;
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
	return ticksEvery(tMin, tMax, step);
}
