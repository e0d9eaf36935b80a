/** "Copy to terminal": the command goes to the prompt (never run), and the keyboard follows it. */
export interface Typist {
	type(text: string): Promise<boolean>;
	focus(): void;
}

/** Undefined when typed; else why not, in one line for the page. */
export async function copyToTerminal(
	terminal: Typist | undefined,
	command: string
): Promise<string | undefined> {
	if (!terminal) return 'The terminal is not ready yet.';
	if (!(await terminal.type(command)))
		return 'A command is still running: press Ctrl-C in the terminal first.';
	terminal.focus();
	return undefined;
}
