/**
 * The real kubectl parser, run so that a line kubectl would refuse over one flag (a typo, or a
 * flag of a newer kubectl) still shows what it was meant to do: the offending word is dropped and
 * the line parsed again, and the refusal is kept for the reason.
 */
import { parseCommandLine } from '../kubectl/parse';
import type { Invocation, VerbSpec } from '../kubectl/types';
import { COMMAND_REGISTRY } from './command-registry';

export type LenientParse =
	| { ok: true; spec: VerbSpec; inv: Invocation; refusal?: string }
	/** Not a kubectl command (plugin, typo, bad group subcommand), or no way to recover. */
	| { ok: false; refusal: string };

const MAX_RETRIES = 8;

function startsFlag(word: string, long: string, short?: string): boolean {
	if (word === `--${long}` || word.startsWith(`--${long}=`)) return true;
	return !!short && !word.startsWith('--') && word.startsWith(`-${short}`);
}

/** The index of the word a pflag error is about, or -1. */
function offendingWord(message: string, words: readonly string[]): number {
	let m = /^error: unknown flag: (--\S+)/.exec(message);
	if (m) return words.findIndex((w) => w === m![1] || w.startsWith(`${m![1]}=`));
	m = /^error: unknown shorthand flag: '(.)' in -(\S+)/.exec(message);
	if (m) {
		const [, c, rest] = m;
		return words.findIndex(
			(w) => !w.startsWith('--') && w.startsWith('-') && w.includes(c) && w.endsWith(rest)
		);
	}
	m = /^error: bad flag syntax: (\S+)/.exec(message);
	if (m) return words.indexOf(m[1]);
	if (message.startsWith('error: flag needs an argument')) return words.length - 1;
	m = /^error: invalid argument .* for "(?:-(\w), )?--([\w-]+)" flag/.exec(message);
	if (m) return words.findIndex((w) => startsFlag(w, m![2], m![1]));
	return -1;
}

export function lenientParse(argv: readonly string[]): LenientParse {
	let words = [...argv];
	let refusal: string | undefined;
	for (let i = 0; i <= MAX_RETRIES; i++) {
		const parsed = parseCommandLine(words, COMMAND_REGISTRY as VerbSpec[]);
		if (parsed.ok) return { ...parsed, ...(refusal && { refusal }) };
		const message = parsed.error.message;
		const firstLine = message.split('\n')[0].replace(/^(error|Error): /, '');
		refusal ??= firstLine;
		const at = offendingWord(message, words);
		if (at < 0) return { ok: false, refusal: firstLine };
		// `--flag value` with a bad value: drop the value as well.
		const pair = /^error: invalid argument/.test(message) && /^-(-[\w-]+|\w)$/.test(words[at]);
		words = [...words.slice(0, at), ...words.slice(at + (pair ? 2 : 1))];
	}
	return { ok: false, refusal: refusal ?? 'kubectl would refuse this line' };
}
