/**
 * Go's `text/tabwriter`, which kubectl aligns describe output and kubeconfig tables with.
 * Cells end at '\t'; the last cell of a line is never padded; a column is aligned only across a
 * run of consecutive lines that all have it, which is why describe sections align separately.
 */
export interface TabOptions {
	minwidth: number;
	padding: number;
}

/** `describe`'s writer: `tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)`. */
export const DESCRIBE_TABS: TabOptions = { minwidth: 0, padding: 2 };
/** cli-runtime's `printers.GetNewTabWriter`: min width 6, padding 3. */
export const TABLE_TABS: TabOptions = { minwidth: 6, padding: 3 };

type Line = string[];

function width(text: string): number {
	return [...text].length;
}

export function tabify(text: string, opts: TabOptions): string {
	const endsWithNewline = text.endsWith('\n');
	const body = endsWithNewline ? text.slice(0, -1) : text;
	const lines: Line[] = body.split('\n').map((l) => l.split('\t'));
	const out: string[] = [];
	format(lines, 0, lines.length, [], opts, out);
	return out.join('\n') + (endsWithNewline ? '\n' : '');
}

function format(
	lines: Line[],
	line0: number,
	line1: number,
	widths: number[],
	opts: TabOptions,
	out: string[]
): void {
	const column = widths.length;
	let start = line0;
	for (let i = line0; i < line1; i++) {
		if (column >= lines[i].length - 1) continue;
		writeLines(lines, start, i, widths, out);
		start = i;
		let w = opts.minwidth;
		for (; i < line1; i++) {
			const line = lines[i];
			if (column >= line.length - 1) break;
			w = Math.max(w, width(line[column]) + opts.padding);
		}
		format(lines, start, i, [...widths, w], opts, out);
		start = i;
		i--;
	}
	writeLines(lines, start, line1, widths, out);
}

function writeLines(
	lines: Line[],
	from: number,
	to: number,
	widths: number[],
	out: string[]
): void {
	for (let i = from; i < to; i++) {
		const cells = lines[i];
		let text = '';
		cells.forEach((cell, j) => {
			text += cell;
			if (j < widths.length && j < cells.length - 1)
				text += ' '.repeat(Math.max(0, widths[j] - width(cell)));
		});
		out.push(text);
	}
}
