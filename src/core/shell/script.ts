/**
 * `runScript`: the non-interactive host of a `Session` (the `preflight kubectl --script` CLI, and
 * tests). Each line is one command line, `kubectl` optional; a long-running command runs on
 * virtual time until it ends or reaches its deadline, and one with no deadline (`get -w`,
 * `logs -f`) is stopped after `followCap` virtual ms as if by Ctrl-C. Never a hang.
 */
import { lex, continues } from './tokenize';
import type { Piece } from './pipeline';
import type { Session, StreamChunk } from './session';

export interface ScriptResult {
	/** The command line as written in the script (trimmed). */
	command: string;
	exitCode: number;
	stdout: string;
	stderr: string;
	/** Both streams in the order they were written, for hosts that show them interleaved. */
	pieces: Piece[];
}

export interface ScriptOptions {
	/** Virtual ms a deadline-less long-running command may run before it is interrupted. */
	followCap?: number;
	/** Virtual ms between polls of a running command (how finely a watch sees changes). */
	pollStep?: number;
}

/** First words that are this shell's own commands; any other line is given to kubectl. */
const SHELL_WORDS = new Set(['kubectl', 'k', 'sleep', 'echo', 'true', 'false']);

/** Lines joined where a quote or a trailing backslash carries on to the next one. */
export function scriptLines(text: string): string[] {
	const out: string[] = [];
	let acc: string | undefined;
	for (const line of text.split(/\r?\n/)) {
		acc = acc === undefined ? line : `${acc}\n${line}`;
		if (!continues(acc)) {
			out.push(acc);
			acc = undefined;
		}
	}
	if (acc !== undefined) out.push(acc);
	return out;
}

function withKubectl(line: string): string {
	const lexed = lex(line);
	const first = lexed.tokens[0];
	if (first?.kind === 'word' && !first.quoted && SHELL_WORDS.has(first.value)) return line;
	return `kubectl ${line}`;
}

export function runScript(
	session: Session,
	text: string,
	opts: ScriptOptions = {}
): ScriptResult[] {
	const cap = opts.followCap ?? 60_000;
	const step = opts.pollStep ?? 1000;
	const results: ScriptResult[] = [];
	for (const raw of scriptLines(text)) {
		const command = raw.trim();
		if (command === '' || command.startsWith('#')) continue;
		const chunks: StreamChunk[] = [session.executeStreams(withKubectl(command))];
		const started = session.now;
		while (chunks[chunks.length - 1].exitCode === undefined) {
			const capped = session.deadline === undefined && session.now - started >= cap;
			chunks.push(capped ? session.interruptStreams() : session.advanceStreams(step));
		}
		const pieces = chunks.flatMap((c) => c.pieces);
		const join = (stream: string) =>
			pieces
				.filter((p) => p.stream === stream)
				.map((p) => p.text)
				.join('');
		const exitCode = chunks[chunks.length - 1].exitCode!;
		results.push({ command, exitCode, stdout: join('stdout'), stderr: join('stderr'), pieces });
	}
	return results;
}
