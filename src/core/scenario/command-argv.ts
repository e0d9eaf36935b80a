/**
 * A scenario's command line (a runbook command, a timeline event) as the kubectl argv it stands
 * for: one command, with or without a leading `kubectl` (or `k`).
 */
import { parse } from '../shell/tokenize';

export type CommandArgv = { ok: true; argv: string[] } | { ok: false; message: string };

/** The argv, the shell's syntax error, or `notOne` when the line is a pipeline or a list. */
export function commandArgv(line: string, notOne: string): CommandArgv {
	const parsed = parse(line);
	if (!parsed.ok) return { ok: false, message: parsed.error.message.trim() };
	const [first, ...more] = parsed.list;
	if (!first || more.length > 0 || first.stages.length !== 1) return { ok: false, message: notOne };
	const words = first.stages[0].words;
	return { ok: true, argv: words[0] === 'kubectl' || words[0] === 'k' ? words.slice(1) : words };
}
