/**
 * The terminal's text again, from the log: each line the trainee ran after a prompt, then what it
 * printed (kept on the line's last command record, cut to 2 KB as the log keeps it). A resumed run
 * writes this before its first prompt. The log does not keep the prompt each line was typed at, so
 * every line gets the prompt as it is now.
 */
import type { RunEvent } from '../../core/rehearsal/schema';

/** Text with `\n` line ends (the terminal turns them into `\r\n`). */
export function transcript(events: readonly RunEvent[], prompt: string): string {
	let text = '';
	for (const event of events) {
		if (event.kind === 'act' && event.act.act === 'run') text += `${prompt}${event.act.command}\n`;
		else if (event.kind === 'command' && event.record.output) {
			const output = event.record.output;
			text += output.endsWith('\n') ? output : `${output}\n`;
		}
	}
	return text;
}
