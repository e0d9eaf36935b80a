/**
 * `window.__preflight.terminalText()`: the terminal's whole buffer as plain text, for the
 * end-to-end tests (xterm draws into DOM rows that only hold the visible part).
 */
export interface BufferLike {
	readonly length: number;
	getLine(
		y: number
	): { isWrapped: boolean; translateToString(trimRight?: boolean): string } | undefined;
}

export interface PreflightHook {
	terminalText(): string;
}

declare global {
	interface Window {
		__preflight?: PreflightHook;
	}
}

/**
 * Logical lines (rows the terminal wrapped are joined again), right-trimmed (a prompt's trailing
 * space too), without the blank rows below the last text.
 */
export function bufferText(buffer: BufferLike): string {
	const lines: string[] = [];
	for (let y = 0; y < buffer.length; y++) {
		const row = buffer.getLine(y);
		const text = row?.translateToString(false) ?? '';
		if (row?.isWrapped && lines.length > 0) lines[lines.length - 1] += text;
		else lines.push(text);
	}
	for (let i = 0; i < lines.length; i++) lines[i] = lines[i].trimEnd();
	while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
	return lines.join('\n');
}

export function installTestHook(buffer: () => BufferLike): () => void {
	window.__preflight = { terminalText: () => bufferText(buffer()) };
	return () => delete window.__preflight;
}
