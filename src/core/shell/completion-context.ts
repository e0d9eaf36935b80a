/**
 * Reads a kubectl command line up to the cursor the way completion needs it: which verb path is
 * typed, the positional arguments so far, and the namespace / context / all-namespaces the flags
 * chose. Flags that take a value consume the next word, as kubectl's parser would.
 */
import { GLOBAL_FLAGS } from '../kubectl/global-flags';
import type { FlagSpec, VerbSpec } from '../kubectl/types';

export interface KubectlLine {
	/** The verbs typed: `[get]`, `[rollout, status]`. */
	path: VerbSpec[];
	/** Positional words after the verb path. */
	args: string[];
	namespace?: string;
	context?: string;
	allNamespaces: boolean;
	/** The flag whose value the cursor word is, if any. */
	valueFor?: FlagSpec;
}

/** The flags valid at this point: the verb's own plus kubectl's global ones. */
export function flagsFor(path: VerbSpec[]): FlagSpec[] {
	const own = path[path.length - 1]?.flags ?? [];
	return [...own, ...GLOBAL_FLAGS.filter((g) => !own.some((f) => f.name === g.name))];
}

function findFlag(flags: FlagSpec[], word: string): FlagSpec | undefined {
	if (word.startsWith('--')) return flags.find((f) => f.name === word.slice(2).split('=')[0]);
	return flags.find((f) => f.short === word[1]);
}

/** Whether a flag word still needs the next word as its value (`-n`, `--context`, not `-nfoo`). */
function wantsValue(flag: FlagSpec, word: string): boolean {
	if (flag.type === 'bool' || flag.noOptDefault !== undefined) return false;
	return word.startsWith('--') ? !word.includes('=') : word.length === 2;
}

function inlineValue(word: string): string {
	return word.startsWith('--') ? word.slice(word.indexOf('=') + 1) : word.slice(2);
}

export function readKubectlLine(words: string[], verbs: VerbSpec[]): KubectlLine {
	const line: KubectlLine = { path: [], args: [], allNamespaces: false };
	const record = (flag: FlagSpec, value: string) => {
		if (flag.name === 'namespace') line.namespace = value;
		if (flag.name === 'context') line.context = value;
	};
	for (let i = 0; i < words.length; i++) {
		const word = words[i];
		if (word.startsWith('-') && word !== '-') {
			if (word === '-A' || word === '--all-namespaces') line.allNamespaces = true;
			const flag = findFlag(flagsFor(line.path), word);
			if (!flag) continue;
			if (!wantsValue(flag, word)) {
				if (flag.type !== 'bool') record(flag, inlineValue(word));
				continue;
			}
			if (i + 1 === words.length) line.valueFor = flag;
			else record(flag, words[++i]);
			continue;
		}
		const pool = line.path.length === 0 ? verbs : line.path[line.path.length - 1].subcommands;
		const verb =
			line.args.length === 0
				? pool?.find((v) => v.name === word || v.aliases?.includes(word))
				: undefined;
		if (verb) line.path.push(verb);
		else line.args.push(word);
	}
	return line;
}
