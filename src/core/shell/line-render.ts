/**
 * Terminal redraw arithmetic for the line editor: where a prompt-plus-line puts the cursor when
 * it wraps at the terminal width, the escape sequences that repaint the line from wherever the
 * cursor is, and the column layout of a completion list. Cells are one per UTF-16 unit, escape
 * sequences in the prompt take none.
 */

/** Visible width of text that may hold SGR colour sequences. */
export function visibleWidth(text: string): number {
	return text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').length;
}

function rowOf(pos: number, cols: number): number {
	return Math.floor(pos / cols);
}

/** Cursor moves from cell `from` to cell `to` (both offsets from the prompt's first cell). */
export function moveCursor(from: number, to: number, cols: number): string {
	const up = rowOf(from, cols) - rowOf(to, cols);
	let out = up > 0 ? `\x1b[${up}A` : up < 0 ? `\x1b[${-up}B` : '';
	const col = to % cols;
	out += '\r' + (col > 0 ? `\x1b[${col}C` : '');
	return out;
}

/**
 * Repaints prompt and line with the cursor currently at cell `shown`, leaving it at cell
 * `promptWidth + cursor`. A line ending exactly at the right margin gets ` \r` so the terminal
 * wraps now rather than on the next character (xterm's pending wrap), keeping the arithmetic true.
 */
export function repaint(
	prompt: string,
	line: string,
	cursor: number,
	shown: number,
	cols: number
): { data: string; shown: number } {
	const width = visibleWidth(prompt);
	const end = width + line.length;
	let data = moveCursor(shown, 0, cols) + prompt + line;
	if (end > 0 && end % cols === 0) data += ' \r';
	data += '\x1b[J';
	const target = width + cursor;
	if (target !== end) data += moveCursor(end, target, cols);
	return { data, shown: target };
}

/** Candidates in columns, filled top to bottom like `ls` and bash's completion list. */
export function columns(items: string[], cols: number): string {
	const width = Math.max(...items.map((i) => i.length)) + 2;
	const perRow = Math.max(1, Math.floor(cols / width));
	const rows = Math.ceil(items.length / perRow);
	const lines: string[] = [];
	for (let r = 0; r < rows; r++) {
		const cells: string[] = [];
		for (let c = 0; c * rows + r < items.length; c++) cells.push(items[c * rows + r]);
		lines.push(cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(width) : cell)).join(''));
	}
	return lines.map((l) => `${l}\r\n`).join('');
}

/** The longest prefix every candidate shares. */
export function commonPrefix(items: string[]): string {
	if (items.length === 0) return '';
	let prefix = items[0];
	for (const item of items) while (!item.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}
