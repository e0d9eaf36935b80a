/**
 * A pure terminal line editor for the shell page. It is fed xterm's `onData` strings (keys and
 * pastes) and answers with events: the escape sequences that repaint the line, a submitted line,
 * Ctrl-C, Ctrl-L, or a completion request. It keeps its own ↑/↓ history and the draft being
 * typed. It never runs anything: the host does, then calls `prompt()` to show a fresh prompt.
 */
import type { Completion } from './completion';
import { columns, commonPrefix, moveCursor, repaint, visibleWidth } from './line-render';

export type EditorEvent =
	| { type: 'write'; data: string }
	| { type: 'submit'; line: string }
	| { type: 'interrupt' }
	| { type: 'clear' }
	| { type: 'complete'; line: string; cursor: number };

export interface LineEditorOptions {
	prompt: string;
	/** Terminal width in cells (for wrapped lines); `resize` changes it. */
	cols?: number;
	history?: string[];
}

type Edit = (e: LineEditor) => void;

/** Escape sequences (CSI and SS3) and control keys → edits. */
const KEYS: Record<string, Edit> = {
	'\x1b[D': (e) => e.moveTo(e.cursor - 1),
	'\x1b[C': (e) => e.moveTo(e.cursor + 1),
	'\x1bOD': (e) => e.moveTo(e.cursor - 1),
	'\x1bOC': (e) => e.moveTo(e.cursor + 1),
	'\x1b[A': (e) => e.recall(-1),
	'\x1b[B': (e) => e.recall(1),
	'\x1bOA': (e) => e.recall(-1),
	'\x1bOB': (e) => e.recall(1),
	'\x1b[H': (e) => e.moveTo(0),
	'\x1bOH': (e) => e.moveTo(0),
	'\x1b[1~': (e) => e.moveTo(0),
	'\x01': (e) => e.moveTo(0),
	'\x1b[F': (e) => e.moveTo(e.line.length),
	'\x1bOF': (e) => e.moveTo(e.line.length),
	'\x1b[4~': (e) => e.moveTo(e.line.length),
	'\x05': (e) => e.moveTo(e.line.length),
	'\x1b[1;5D': (e) => e.moveTo(wordStart(e.line, e.cursor)),
	'\x1bb': (e) => e.moveTo(wordStart(e.line, e.cursor)),
	'\x1b[1;5C': (e) => e.moveTo(wordEnd(e.line, e.cursor)),
	'\x1bf': (e) => e.moveTo(wordEnd(e.line, e.cursor)),
	'\x7f': (e) => e.deleteRange(e.cursor - 1, e.cursor),
	'\b': (e) => e.deleteRange(e.cursor - 1, e.cursor),
	'\x1b[3~': (e) => e.deleteRange(e.cursor, e.cursor + 1),
	'\x04': (e) => e.deleteRange(e.cursor, e.cursor + 1),
	'\x15': (e) => e.deleteRange(0, e.cursor),
	'\x0b': (e) => e.deleteRange(e.cursor, e.line.length),
	'\x17': (e) => e.deleteRange(wordStart(e.line, e.cursor), e.cursor)
};

/** Start of the word before the cursor (blank-delimited, as Ctrl-W sees words). */
function wordStart(line: string, cursor: number): number {
	let i = cursor;
	while (i > 0 && line[i - 1] === ' ') i--;
	while (i > 0 && line[i - 1] !== ' ') i--;
	return i;
}

function wordEnd(line: string, cursor: number): number {
	let i = cursor;
	while (i < line.length && line[i] === ' ') i++;
	while (i < line.length && line[i] !== ' ') i++;
	return i;
}

/** One key or escape sequence at the start of `data`: its length. */
function keyLength(data: string): number {
	if (data[0] !== '\x1b') return 1;
	if (data[1] === '[') {
		const m = /^\x1b\[[0-9;?]*[@-~]/.exec(data);
		return m ? m[0].length : data.length;
	}
	return Math.min(data.length, data[1] === 'O' ? 3 : 2);
}

export class LineEditor {
	#prompt: string;
	#cols: number;
	#line = '';
	#cursor = 0;
	/** Cell (from the prompt's start) where the terminal cursor is now. */
	#shown = 0;
	readonly #history: string[];
	#index: number;
	#draft = '';
	#out: EditorEvent[] = [];
	#dirty = false;

	constructor(opts: LineEditorOptions) {
		this.#prompt = opts.prompt;
		this.#cols = Math.max(1, opts.cols ?? 80);
		this.#history = [...(opts.history ?? [])];
		this.#index = this.#history.length;
	}

	get line(): string {
		return this.#line;
	}

	get cursor(): number {
		return this.#cursor;
	}

	get history(): readonly string[] {
		return this.#history;
	}

	set promptText(prompt: string) {
		this.#prompt = prompt;
	}

	resize(cols: number): void {
		this.#cols = Math.max(1, cols);
	}

	/** Shows a fresh prompt (with any typed-ahead line) on the current terminal row. */
	prompt(): EditorEvent[] {
		this.#shown = 0;
		const { data, shown } = repaint(this.#prompt, this.#line, this.#cursor, 0, this.#cols);
		this.#shown = shown;
		return [{ type: 'write', data }];
	}

	/** Handles raw terminal input: keys, escape sequences and pasted text. */
	feed(data: string): EditorEvent[] {
		this.#out = [];
		let text = '';
		const flushText = () => {
			if (text) this.insert(text);
			text = '';
		};
		for (let i = 0; i < data.length;) {
			const c = data[i];
			const printable = c >= ' ' && c !== '\x7f';
			// A tab inside pasted text is a space; one at the end is the Tab key.
			if (printable || (c === '\t' && i < data.length - 1)) {
				text += c === '\t' ? ' ' : c;
				i++;
				continue;
			}
			flushText();
			const length = keyLength(data.slice(i, i + 16));
			this.#key(data.slice(i, i + length));
			i += length;
		}
		flushText();
		this.#render();
		return this.#out;
	}

	/** Puts text on the line for the user to edit and run ("copy to terminal"); never submits. */
	setLine(text: string): EditorEvent[] {
		this.#out = [];
		this.#line = text.replace(/\r?\n/g, ' ');
		this.#cursor = this.#line.length;
		this.#dirty = true;
		this.#render();
		return this.#out;
	}

	/** Applies a completion for the line as it was at the `complete` event. */
	applyCompletion(result: Completion): EditorEvent[] {
		this.#out = [];
		const { candidates, replaceFrom } = result;
		const typed = this.#line.slice(replaceFrom, this.#cursor);
		if (candidates.length === 0) this.#out.push({ type: 'write', data: '\x07' });
		else if (candidates.length === 1) {
			const [only] = candidates;
			this.#replace(replaceFrom, only + (/[=/]$/.test(only) ? '' : ' '));
		} else {
			const common = commonPrefix(candidates);
			if (common.length > typed.length) this.#replace(replaceFrom, common);
			else this.#list(candidates);
		}
		this.#render();
		return this.#out;
	}

	insert(text: string): void {
		this.#line = this.#line.slice(0, this.#cursor) + text + this.#line.slice(this.#cursor);
		this.#cursor += text.length;
		this.#dirty = true;
	}

	moveTo(cursor: number): void {
		this.#cursor = Math.max(0, Math.min(this.#line.length, cursor));
		this.#dirty = true;
	}

	deleteRange(from: number, to: number): void {
		const a = Math.max(0, from);
		const b = Math.min(this.#line.length, to);
		if (a >= b) return;
		this.#line = this.#line.slice(0, a) + this.#line.slice(b);
		this.#cursor = a;
		this.#dirty = true;
	}

	/** ↑ (-1) and ↓ (+1) through history; past the newest entry is the draft being typed. */
	recall(step: -1 | 1): void {
		const next = this.#index + step;
		if (next < 0 || next > this.#history.length) return;
		if (this.#index === this.#history.length) this.#draft = this.#line;
		this.#index = next;
		this.#line = next === this.#history.length ? this.#draft : this.#history[next];
		this.#cursor = this.#line.length;
		this.#dirty = true;
	}

	#key(key: string): void {
		const edit = KEYS[key];
		if (edit) return edit(this);
		if (key === '\r' || key === '\n') return this.#submit();
		if (key === '\t') {
			this.#render();
			this.#out.push({ type: 'complete', line: this.#line, cursor: this.#cursor });
		} else if (key === '\x03') {
			this.#endLine('^C');
			this.#out.push({ type: 'interrupt' });
		} else if (key === '\x0c') {
			this.#out.push({ type: 'clear' }, { type: 'write', data: '\x1b[H\x1b[2J' });
			this.#shown = 0;
			this.#dirty = true;
		}
	}

	#submit(): void {
		const line = this.#line;
		this.#endLine('');
		if (line.trim() !== '' && this.#history[this.#history.length - 1] !== line)
			this.#history.push(line);
		this.#index = this.#history.length;
		this.#draft = '';
		this.#out.push({ type: 'submit', line });
	}

	/** Leaves the line as shown (plus `mark`), moves below it and starts an empty one. */
	#endLine(mark: string): void {
		this.#render();
		const end = visibleWidth(this.#prompt) + this.#line.length;
		this.#write(moveCursor(this.#shown, end, this.#cols) + mark + '\r\n');
		this.#line = '';
		this.#cursor = 0;
		this.#shown = 0;
		this.#dirty = false;
	}

	#replace(from: number, text: string): void {
		this.#line = this.#line.slice(0, from) + text + this.#line.slice(this.#cursor);
		this.#cursor = from + text.length;
		this.#dirty = true;
	}

	/** Lists candidates below the line, then repaints prompt and line under the list. */
	#list(candidates: string[]): void {
		const end = visibleWidth(this.#prompt) + this.#line.length;
		this.#write(
			moveCursor(this.#shown, end, this.#cols) + '\r\n' + columns(candidates, this.#cols)
		);
		this.#shown = 0;
		this.#dirty = true;
	}

	#render(): void {
		if (!this.#dirty) return;
		const { data, shown } = repaint(
			this.#prompt,
			this.#line,
			this.#cursor,
			this.#shown,
			this.#cols
		);
		this.#shown = shown;
		this.#dirty = false;
		this.#write(data);
	}

	#write(data: string): void {
		const last = this.#out[this.#out.length - 1];
		if (last?.type === 'write') last.data += data;
		else this.#out.push({ type: 'write', data });
	}
}
