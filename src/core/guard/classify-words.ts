/**
 * One simple command's words → the classified commands it runs: kubectl (by any name: `k`,
 * `/usr/local/bin/kubectl`), through wrappers (`sudo`, `watch`, `xargs`, `bash -c`…, recursively),
 * or another tool. Shell keywords (`if`, `then`, `do`, `!`) and variable assignments are skipped.
 */
import type { ClassifiedCommand } from './classification';
import { classifyKubectl } from './classify-kubectl';
import { classifyOther } from './other-commands';
import { splitCommands, type SimpleCommand } from './split-commands';
import { unwrap, WRAPPERS } from './wrappers';

const KUBECTL_NAMES = new Set(['kubectl', 'k', 'kubectl.exe', 'kubecolor']);
const KEYWORDS = new Set(['!', '{', 'if', 'then', 'else', 'elif', 'do', 'while', 'until']);
const CLOSERS = new Set(['}', 'fi', 'done', 'esac']);
/** Loop and case headers only assign a variable; what they run is in the body. */
const HEADERS = new Set(['for', 'select', 'case', 'in']);
const MAX_DEPTH = 8;

export interface WordsContext {
	depth: number;
	namesUnknown?: boolean;
	placeholder?: string;
}

function other(
	words: string[],
	cls: ClassifiedCommand['class'],
	reason: string
): ClassifiedCommand {
	return { argv: words, verb: '', class: cls, sensitive: false, localConfig: false, reason };
}

/** Every command a line runs, classified; a line that does not parse gives its error. */
export function classifyLine(
	line: string,
	depth: number
): { commands: ClassifiedCommand[]; error?: string } {
	const split = splitCommands(line);
	if (!split.ok) return { commands: [], error: split.error };
	return { commands: split.commands.flatMap((c) => classifyCommand(c, depth)) };
}

function classifyCommand(command: SimpleCommand, depth: number): ClassifiedCommand[] {
	const out = classifyWords(command.words, { depth });
	if (command.writes.length === 0) return out;
	const note = `writes ${command.writes.join(', ')} locally`;
	if (out.length === 0) return [other([], 'read-only', `only ${note}`)];
	return out.map((c, i) => (i === out.length - 1 ? { ...c, reason: `${c.reason}; ${note}` } : c));
}

function stripPrefix(words: readonly string[]): string[] {
	let i = 0;
	while (i < words.length && (KEYWORDS.has(words[i]) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i])))
		i++;
	return words.slice(i);
}

export function classifyWords(raw: readonly string[], ctx: WordsContext): ClassifiedCommand[] {
	const words = stripPrefix(raw);
	if (words.length === 0 || (words.length === 1 && CLOSERS.has(words[0]))) return [];
	if (HEADERS.has(words[0]) || CLOSERS.has(words[0])) return [];
	if (ctx.depth > MAX_DEPTH) return [other(words, 'unknown', 'nested too deep to follow: unknown')];
	const name = words[0].split('/').pop()!;
	if (KUBECTL_NAMES.has(name)) return [classifyKubectl(words.slice(1), ctx)];
	if (!WRAPPERS.has(name)) {
		const cls = classifyOther(words);
		return [{ ...other(words, cls.class, cls.reason), localConfig: cls.localConfig ?? false }];
	}
	const inner = unwrap([name, ...words.slice(1)]);
	switch (inner.kind) {
		case 'words':
			return classifyWords(inner.words, {
				depth: ctx.depth + 1,
				namesUnknown: ctx.namesUnknown || inner.namesUnknown,
				placeholder: inner.placeholder ?? ctx.placeholder
			});
		case 'script': {
			const nested = classifyLine(inner.script, ctx.depth + 1);
			if (nested.error === undefined) return nested.commands;
			return [
				other(words, 'unknown', `the ${name} script does not parse (${nested.error}): unknown`)
			];
		}
		case 'opaque':
			return [other(words, 'unknown', `${inner.reason}: unknown, treated as mutating`)];
		case 'alone':
			return [other(words, 'read-only', inner.reason)];
	}
}
