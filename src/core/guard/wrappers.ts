/**
 * Commands that run another command: `sudo`, `watch`, `xargs`, `env`, `timeout`, `nice`, `time`,
 * `bash -c`… `unwrap(words)` says what they run: the inner words, or a script to split again.
 * Only the options each wrapper really has are skipped, so the inner command starts where the
 * wrapper would start it.
 */

export type Unwrapped =
	/** `placeholder`: xargs' `-I` string, replaced by names from the input. */
	| { kind: 'words'; words: string[]; namesUnknown?: boolean; placeholder?: string }
	/** A script the wrapper hands to a shell (`bash -c '…'`, `watch 'a | b'`). */
	| { kind: 'script'; script: string }
	/** The wrapper runs nothing the guard can see (`bash deploy.sh`, `sudo -i`). */
	| { kind: 'opaque'; reason: string }
	/** The wrapper alone, which only reads (`env` prints the environment, `xargs` echoes). */
	| { kind: 'alone'; reason: string };

interface OptionRules {
	/** Options that take the next word as their value (unless given as `-n5` or `--x=5`). */
	valued: string[];
	/** Positional words the wrapper itself takes before the command (`timeout 30s`). */
	positional?: number;
}

const RULES: Record<string, OptionRules> = {
	sudo: {
		valued: ['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-T', '-U', '--user', '--group']
	},
	doas: { valued: ['-u', '-C'] },
	watch: { valued: ['-n', '--interval', '-q', '--equexit'] },
	xargs: {
		valued: [
			'-I',
			'-n',
			'-L',
			'-l',
			'-P',
			'-d',
			'-E',
			'-e',
			'-s',
			'-a',
			'--max-args',
			'--max-procs',
			'--replace',
			'--delimiter',
			'--arg-file',
			'--max-lines',
			'--max-chars'
		]
	},
	timeout: { valued: ['-s', '-k', '--signal', '--kill-after'], positional: 1 },
	nice: { valued: ['-n', '--adjustment'] },
	ionice: { valued: ['-c', '-n', '-p'] },
	stdbuf: { valued: ['-i', '-o', '-e'] },
	time: { valued: ['-f', '-o'] },
	nohup: { valued: [] },
	command: { valued: [] },
	exec: { valued: ['-a'] },
	builtin: { valued: [] }
};

export const WRAPPERS = new Set([
	...Object.keys(RULES),
	'env',
	'bash',
	'sh',
	'zsh',
	'dash',
	'ksh',
	'ash'
]);

/** The index of the first word after the wrapper's own options and positional words. */
function afterOptions(words: readonly string[], rules: OptionRules): number {
	let i = 1;
	while (i < words.length && words[i].startsWith('-') && words[i] !== '-') {
		const w = words[i];
		i++;
		if (w === '--') break;
		const name = w.startsWith('--') ? w.split('=')[0] : w;
		if (rules.valued.includes(name) && !w.includes('=') && w.length === name.length) i++;
	}
	return Math.min(i + (rules.positional ?? 0), words.length);
}

/** `env [-i] [-u NAME] [NAME=value…] [command…]` */
function unwrapEnv(words: readonly string[]): Unwrapped {
	let i = 1;
	while (i < words.length) {
		const w = words[i];
		if (w === '-u' || w === '-C' || w === '--unset' || w === '--chdir') i += 2;
		else if (w === '-S' || w === '--split-string')
			return { kind: 'script', script: words.slice(i + 1).join(' ') };
		else if (w.startsWith('--split-string=') || /^-[a-zA-Z]*S./.test(w)) {
			// `--split-string='…'`, `-S'…'`, `-iS'…'`: the script is attached to the option.
			const attached = w.startsWith('--')
				? w.slice(w.indexOf('=') + 1)
				: w.slice(w.indexOf('S') + 1);
			return { kind: 'script', script: [attached, ...words.slice(i + 1)].join(' ') };
		} else if (w.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(w)) i++;
		else break;
	}
	if (i >= words.length) return { kind: 'alone', reason: 'env only prints the environment' };
	return { kind: 'words', words: words.slice(i) };
}

/** `bash -c 'script'`, `sh -ec '…'`; any other use runs a file or a shell the guard cannot see. */
function unwrapShell(words: readonly string[]): Unwrapped {
	let i = 1;
	let command = false;
	while (i < words.length && /^[-+]/.test(words[i]) && words[i] !== '--') {
		const w = words[i];
		if (/^-[a-z]*c[a-z]*$/i.test(w)) command = true;
		// `-o pipefail`, `+O extglob` take a value.
		i += /^[-+][oO]$/.test(w) ? 2 : 1;
	}
	if (command && i < words.length) return { kind: 'script', script: words[i] };
	const what = i < words.length ? `runs ${words[i]}, which the guard cannot see` : 'opens a shell';
	return { kind: 'opaque', reason: `${words[0]} ${what}` };
}

export function unwrap(words: readonly string[]): Unwrapped {
	const name = words[0];
	if (name === 'env') return unwrapEnv(words);
	if (['bash', 'sh', 'zsh', 'dash', 'ksh', 'ash'].includes(name)) return unwrapShell(words);
	const rest = words.slice(afterOptions(words, RULES[name]));
	if (rest.length === 0) {
		if (name === 'xargs') return { kind: 'alone', reason: 'xargs with no command only echoes' };
		if (name === 'time') return { kind: 'alone', reason: 'time alone runs nothing' };
		return {
			kind: 'opaque',
			reason: `${name} with no command opens a shell or runs nothing known`
		};
	}
	// procps watch joins its arguments with spaces and hands them to `sh -c` (unless `-x`), so
	// `watch kubectl get po '; kubectl delete ns x'` runs the delete too.
	if (name === 'watch' && !watchExec(words.slice(0, words.length - rest.length)))
		return { kind: 'script', script: rest.join(' ') };
	if (name !== 'xargs') return { kind: 'words', words: rest };
	const placeholder = xargsPlaceholder(words.slice(0, words.length - rest.length));
	return { kind: 'words', words: rest, namesUnknown: true, ...(placeholder && { placeholder }) };
}

/** `watch -x` / `--exec` runs its arguments as argv, with no shell. */
function watchExec(options: readonly string[]): boolean {
	return options.slice(1).some((w) => w === '--exec' || /^-[a-zA-Z]*x/.test(w));
}

/** `-I {}`, `-I{}`, `--replace=X`, `-i` (which means `{}`). */
function xargsPlaceholder(options: readonly string[]): string | undefined {
	for (let i = 1; i < options.length; i++) {
		const w = options[i];
		if (w === '-I') return options[i + 1];
		if (w.startsWith('-I')) return w.slice(2);
		if (w.startsWith('--replace=')) return w.slice('--replace='.length) || '{}';
		if (w === '-i' || w === '--replace') return '{}';
		if (w.startsWith('-i')) return w.slice(2);
	}
	return undefined;
}
