/** The plain-text surface: a `<textarea>`. Problems are listed by the page, not drawn here. */
import type { EditorSurface, SurfaceFactory } from './editor-surface';

export const textareaSurface: SurfaceFactory = async (host, text) => {
	const area = document.createElement('textarea');
	area.className = 'plain-editor';
	area.spellcheck = false;
	area.setAttribute('aria-label', 'Scenario YAML');
	area.setAttribute('autocapitalize', 'off');
	area.value = text;
	host.append(area);
	const listeners = new Set<(text: string) => void>();
	const oninput = () => listeners.forEach((l) => l(area.value));
	area.addEventListener('input', oninput);

	const surface: EditorSurface = {
		getValue: () => area.value,
		setValue(next) {
			area.value = next;
		},
		onChange(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
		setProblems() {},
		reveal(line, column) {
			const offset = offsetOf(area.value, line, column);
			area.focus();
			area.setSelectionRange(offset, offset);
			const lineHeight = parseFloat(getComputedStyle(area).lineHeight) || 18;
			area.scrollTop = Math.max(0, (line - 3) * lineHeight);
		},
		dispose() {
			area.removeEventListener('input', oninput);
			area.remove();
		}
	};
	return surface;
};

/** The character offset of a 1-based line and column, clamped to the text. */
export function offsetOf(text: string, line: number, column: number): number {
	let offset = 0;
	for (let l = 1; l < line; l++) {
		const next = text.indexOf('\n', offset);
		if (next < 0) return text.length;
		offset = next + 1;
	}
	const end = text.indexOf('\n', offset);
	const lineEnd = end < 0 ? text.length : end;
	return Math.min(offset + Math.max(0, column - 1), lineEnd);
}
