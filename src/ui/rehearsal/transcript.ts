/**
 * The terminal's text again, from the log: each line the trainee ran after the prompt it was typed
 * at, then what it printed (kept on the line's last command record, cut to 2 KB as the log keeps
 * it). A resumed run writes this before its first prompt.
 *
 * The log keeps no prompt, but a line's command records say the context and namespace they ran in;
 * those are the prompt's unless the command named its own (`--context`, `-n`): `config` commands
 * always report the kubeconfig as it stood. A line that does not tell (no kubectl in it, only
 * `-n` commands) changed no kubeconfig, so it was typed at the next line's prompt (the last line:
 * at the prompt as it is now).
 */
import type { CommandRecord, RunEvent } from '../../core/rehearsal/schema';

export interface PromptPlace {
	context: string;
	namespace: string;
}

interface Line {
	command: string;
	records: CommandRecord[];
	output: string;
}

/** `config` verbs that may change the current context or its namespace. */
const CONFIG_CHANGES = new Set([
	'config use-context',
	'config set-context',
	'config delete-context',
	'config rename-context',
	'config set',
	'config unset'
]);

function lines(events: readonly RunEvent[]): Line[] {
	const out: Line[] = [];
	for (const event of events) {
		if (event.kind === 'act' && event.act.act === 'run')
			out.push({ command: event.act.command, records: [], output: '' });
		else if (event.kind === 'command' && out.length > 0) {
			const line = out[out.length - 1];
			line.records.push(event.record);
			const output = event.record.output;
			if (output) line.output += output.endsWith('\n') ? output : `${output}\n`;
		}
	}
	return out;
}

function names(record: CommandRecord, flags: RegExp): boolean {
	return record.command.split(/\s+/).some((word) => flags.test(word));
}

/** What a line's records tell of the prompt it was typed at (up to its first `config` command). */
function told(line: Line): Partial<PromptPlace> {
	const place: Partial<PromptPlace> = {};
	for (const record of line.records) {
		const config = record.verb.startsWith('config ');
		// Another context's namespace is that context's, not the prompt's.
		if (!config && names(record, /^--context(=|$)/)) continue;
		place.context ??= record.context;
		if (config || !names(record, /^(-n|--namespace(=|$))/)) place.namespace ??= record.namespace;
		if (config) break;
	}
	return place;
}

function changesConfig(line: Line): boolean {
	return line.records.some((r) => CONFIG_CHANGES.has(r.verb) && r.exitCode === 0);
}

/** The context and namespace each line was typed at; `now` is the prompt after the last line. */
export function linePrompts(events: readonly RunEvent[], now: PromptPlace): PromptPlace[] {
	const all = lines(events);
	const places = all.map(told);
	// Backwards: a line that changed nothing was typed at the next line's prompt (or now's). A line
	// that changed the kubeconfig ran a `config` command, which told.
	for (let i = all.length - 1; i >= 0; i--) {
		if (changesConfig(all[i])) continue;
		const next = places[i + 1] ?? now;
		places[i].context ??= next.context;
		places[i].namespace ??= next.namespace;
	}
	return places.map((p) => ({
		context: p.context ?? now.context,
		namespace: p.namespace ?? now.namespace
	}));
}

/** Text with `\n` line ends (the terminal turns them into `\r\n`). */
export function transcript(
	events: readonly RunEvent[],
	now: PromptPlace,
	prompt: (place: PromptPlace) => string
): string {
	const places = linePrompts(events, now);
	return lines(events)
		.map((line, i) => `${prompt(places[i])}${line.command}\n${line.output}`)
		.join('');
}
