/**
 * kubectl's table output: cells joined by tabs through Go's tabwriter (min width 6, padding 3),
 * so every column but the last is padded to its widest cell plus three spaces.
 */
const MIN_WIDTH = 6;
const PADDING = 3;

/** Width in code points, as tabwriter counts runes; no allocation (tables can have 10k rows). */
export function cellWidth(cell: string): number {
	let width = cell.length;
	for (let i = 0; i < cell.length; i++) {
		const c = cell.charCodeAt(i);
		if (c >= 0xd800 && c <= 0xdbff) width--; // a surrogate pair is one rune
	}
	return width;
}

/** Column widths for rows (the last column is never padded, so it gets no width). */
export function columnWidths(
	rows: readonly (readonly string[])[],
	previous: readonly number[] = []
): number[] {
	const widths = [...previous];
	for (const row of rows) {
		for (let i = 0; i < row.length - 1; i++) {
			widths[i] = Math.max(widths[i] ?? 0, MIN_WIDTH, cellWidth(row[i]) + PADDING);
		}
	}
	return widths;
}

/** Renders rows with given widths, one line each, trailing newline included. */
export function renderRows(
	rows: readonly (readonly string[])[],
	widths: readonly number[]
): string {
	let out = '';
	for (const row of rows) {
		let line = '';
		for (let i = 0; i < row.length; i++) {
			const cell = row[i];
			line +=
				i < row.length - 1 ? cell + ' '.repeat(Math.max(0, widths[i] - cellWidth(cell))) : cell;
		}
		out += `${line}\n`;
	}
	return out;
}

/** Aligns rows (the header first, if any) as kubectl's tabwriter does. */
export function renderTable(rows: readonly (readonly string[])[]): string {
	return renderRows(rows, columnWidths(rows));
}
