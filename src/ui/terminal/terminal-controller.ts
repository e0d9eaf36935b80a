/**
 * Terminal behaviour without a DOM: keystrokes go through the line editor, submitted lines to the
 * runtime, replies back to the terminal as `\r\n` text, then the prompt. While a long-running
 * command holds the terminal only Ctrl-C counts; the clock's replies stream its output through
 * `receive`. Works on xterm.js in the page and on @xterm/headless in tests. A page may put a
 * command at the prompt (`type`, "copy to terminal") but only the trainee's Enter runs it.
 */
import type { Runtime, RuntimeReply, RuntimeStatus } from '../../adapters/runtime/runtime';
import { LineEditor, type EditorEvent } from '../../core/shell/line-editor';
import { promptAnsi, toTerminal } from './prompt';

/** The part of an xterm Terminal the controller uses. */
export interface TerminalSurface {
	readonly cols: number;
	write(data: string, parsed?: () => void): void;
	clear(): void;
	/** Gives the terminal the keyboard (absent on a headless terminal). */
	focus?(): void;
}

export interface ControllerOptions {
	/** Called with every reply, e.g. to refresh the side panel. */
	onreply?: (reply: RuntimeReply) => void;
	/** Called with each non-empty line the trainee submits, before it runs (the rehearsal logs it). */
	onsubmit?: (line: string) => void;
}

export class TerminalController {
	readonly #term: TerminalSurface;
	readonly #runtime: Runtime;
	readonly #editor: LineEditor;
	readonly #onreply: (reply: RuntimeReply) => void;
	readonly #onsubmit: (line: string) => void;
	#status: RuntimeStatus | undefined;
	#queue: Promise<void> = Promise.resolve();

	constructor(term: TerminalSurface, runtime: Runtime, options: ControllerOptions = {}) {
		this.#term = term;
		this.#runtime = runtime;
		this.#editor = new LineEditor({ prompt: '', cols: term.cols });
		this.#onreply = options.onreply ?? (() => {});
		this.#onsubmit = options.onsubmit ?? (() => {});
	}

	/** True while a command holds the terminal. */
	get busy(): boolean {
		return this.#status?.running ?? false;
	}

	/**
	 * Reads where the session stands and writes the first prompt, after `transcript` (what the
	 * terminal showed before a reload, so a resumed run reads as it did) when there is one.
	 */
	start(transcript = ''): Promise<void> {
		return this.#enqueue(async () => {
			this.#status = await this.#runtime.status();
			if (transcript)
				this.#term.write(toTerminal(transcript.endsWith('\n') ? transcript : `${transcript}\n`));
			this.#prompt();
		});
	}

	/**
	 * Puts `text` at the prompt in place of the line being typed, for the trainee to read, edit and
	 * run with Enter; it never submits. Refused (false) while a command holds the terminal.
	 */
	type(text: string): Promise<boolean> {
		let typed = false;
		return this.#enqueue(async () => {
			if (this.busy || !this.#status) return;
			for (const event of this.#editor.setLine(text)) await this.#apply(event);
			typed = true;
		}).then(() => typed);
	}

	/** Gives the terminal the keyboard (after "copy to terminal"). */
	focus(): void {
		this.#term.focus?.();
	}

	/** Keystrokes or pasted text from the terminal, handled in order. */
	input(data: string): Promise<void> {
		return this.#enqueue(() => this.#handle(data));
	}

	/** The terminal was resized (line wrapping depends on its width). */
	resize(): void {
		this.#editor.resize(this.#term.cols);
	}

	/** Output that arrived while time moved (from the clock driver). */
	receive(reply: RuntimeReply): void {
		void this.#enqueue(async () => this.#show(reply));
	}

	#enqueue(task: () => Promise<void>): Promise<void> {
		this.#queue = this.#queue.then(task).catch((error: unknown) => this.#fail(error));
		return this.#queue;
	}

	async #handle(data: string): Promise<void> {
		if (this.busy) {
			if (data.includes('\x03')) {
				this.#term.write('^C\r\n');
				this.#show(await this.#runtime.interrupt());
			}
			return; // keystrokes while a command runs are dropped, as with a program not reading stdin
		}
		for (const event of this.#editor.feed(data)) await this.#apply(event);
	}

	async #apply(event: EditorEvent): Promise<void> {
		switch (event.type) {
			case 'write':
				this.#term.write(event.data);
				return;
			case 'submit': // the editor has already moved below the line
				if (event.line.trim() === '') return this.#prompt();
				this.#onsubmit(event.line);
				this.#show(await this.#runtime.execute(event.line));
				return;
			case 'interrupt': // the editor has already written ^C
				return this.#prompt();
			case 'clear':
				// Drops the scrollback once earlier writes are parsed; the editor then repaints.
				return new Promise((resolve) => this.#term.write('', () => resolve(this.#term.clear())));
			case 'complete': {
				const completion = await this.#runtime.complete(event.line, event.cursor);
				for (const next of this.#editor.applyCompletion(completion)) await this.#apply(next);
				return;
			}
		}
	}

	/** Writes a reply; once its command is over, the prompt. */
	#show(reply: RuntimeReply): void {
		const wasRunning = this.busy;
		this.#status = reply.status;
		if (reply.output) this.#term.write(toTerminal(reply.output));
		this.#onreply(reply);
		const finished = reply.exitCode !== undefined && !reply.status.running;
		if (finished || (wasRunning && !reply.status.running)) this.#prompt();
	}

	#prompt(): void {
		if (!this.#status) return;
		this.#editor.promptText = promptAnsi(this.#status);
		for (const event of this.#editor.prompt())
			if (event.type === 'write') this.#term.write(event.data);
	}

	#fail(error: unknown): void {
		const message = error instanceof Error ? error.message : String(error);
		this.#term.write(toTerminal(`\x1b[31mpreflight: ${message}\x1b[0m\n`));
		if (this.#status) this.#status = { ...this.#status, running: false };
		this.#prompt();
	}
}
