/**
 * What every chart shares: the plot's rectangle inside its box, linear scales into it, "nice"
 * axis tops, ticks at a fixed step and a series as an SVG path. Each chart picks its own domain,
 * steps and labels; the arithmetic (and its rounding to tenths of a unit) is the same.
 */

export interface Box {
	width: number;
	height: number;
	/** Room for the y labels on the left and the x labels at the bottom. */
	margin: { top: number; right: number; bottom: number; left: number };
}

export interface Tick {
	at: number;
	label: string;
}

/** The plot's rectangle in SVG units: the box less its margins. */
export interface Plot {
	x: number;
	y: number;
	width: number;
	height: number;
}

export function plotArea(box: Box): Plot {
	const { width, height, margin } = box;
	return {
		x: margin.left,
		y: margin.top,
		width: width - margin.left - margin.right,
		height: height - margin.top - margin.bottom
	};
}

/**
 * `domain` onto `range`, rounded to tenths: `[0, 100]` onto `[bottom, top]` for a y axis (SVG y
 * grows downwards). An empty domain maps everything to the range's start.
 */
export function linearScale(
	[d0, d1]: readonly [number, number],
	[r0, r1]: readonly [number, number]
): (v: number) => number {
	const span = d1 - d0 || 1;
	return (v) => round(r0 + ((v - d0) / span) * (r1 - r0));
}

/** y from the plot's bottom (`bottom`) to its top (`top`). */
export function yScale(plot: Plot, bottom: number, top: number): (v: number) => number {
	return linearScale([bottom, top], [plot.y + plot.height, plot.y]);
}

/** Every multiple of `step` from `min` to `max`, both included. */
export function ticksEvery(min: number, max: number, step: number): number[] {
	const ticks: number[] = [];
	for (let t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push(t);
	return ticks;
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

/** SVG numbers to tenths (or `digits`): short attributes, stable in tests. */
export function round(n: number, digits = 1): number {
	const f = 10 ** digits;
	return Math.round(n * f) / f;
}
