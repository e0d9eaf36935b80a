/** A chart value in its dashboard's unit, as a person reads it: `12.4%`, `240 ms`, `6`. */
export type ChartUnit = 'percent' | 'ms' | 'count' | 'ratio';

export function formatValue(value: number, unit?: string): string {
	switch (unit) {
		case 'percent':
			return `${trim(value)}%`;
		case 'ms':
			return Math.abs(value) >= 1000 ? `${trim(value / 1000)} s` : `${Math.round(value)} ms`;
		case 'count':
			return Number.isInteger(value) ? String(value) : value.toFixed(1);
		case 'ratio':
			return value.toFixed(2);
		default:
			return trim(value);
	}
}

/** One decimal from 1 up, two significant digits below 1, no trailing zeros. */
function trim(value: number): string {
	if (value === 0) return '0';
	const text = Math.abs(value) >= 1 ? value.toFixed(1) : value.toPrecision(2);
	return String(Number(text));
}
