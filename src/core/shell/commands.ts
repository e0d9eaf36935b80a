/**
 * The commands a pipeline stage can run that produce output rather than filter it: kubectl (and
 * `k`), and the shell builtins `sleep`, `echo`, `history`, `clear`, `help`. They reach the
 * session only through `ShellHost`, so this file holds no state of its own.
 */
import type { Written } from '../kubectl/types';
import type { Follow } from '../kubectl/types';
import { parseDuration } from '../clock/duration';
import { HELP_TEXT } from './help-text';

/** What a command needs from the session around it. */
export interface ShellHost {
	/** Commands typed so far in this session, oldest first (the current one included). */
	readonly history: readonly string[];
	/** Runs kubectl at the current virtual time, keeping the world and audit it returns. */
	kubectl(argv: string[]): CommandResult;
	/** Moves the virtual clock (and the cluster with it) forward. */
	sleep(ms: number): void;
}

export interface CommandResult {
	stdout: string;
	stderr: string;
	/** Both streams in the order written, when the command interleaves them. */
	written?: Written[];
	exitCode: number;
	/** The rest of a long-running command, driven as virtual time moves. */
	follow?: Follow;
	/** Told the final status once a follow is over, however it ended (done, deadline, ^C, pipe). */
	settle?: (exitCode: number) => void;
}

/** `clear` writes what the real one writes: home, erase screen, erase scrollback. */
export const CLEAR_SCREEN = '\x1b[H\x1b[2J\x1b[3J';

const done = (stdout: string, exitCode = 0, stderr = ''): CommandResult => ({
	stdout,
	stderr,
	exitCode
});

const MAX_SLEEP_MS = 6 * 3_600_000;

/** GNU sleep: sums its operands; `1m30s` is accepted too, and `d` for days. */
function sleep(args: string[], host: ShellHost): CommandResult {
	const tryHelp = "Try 'sleep --help' for more information.\n";
	if (args.length === 0) return done('', 1, `sleep: missing operand\n${tryHelp}`);
	let total = 0;
	for (const arg of args) {
		const days = /^(\d+(?:\.\d+)?)d$/.exec(arg);
		const ms = days ? Number(days[1]) * 86_400_000 : parseDuration(arg);
		if (ms === undefined) return done('', 1, `sleep: invalid time interval ‘${arg}’\n${tryHelp}`);
		total += ms;
	}
	// Each virtual hour costs real work (every controller pass in it runs); keep one call bounded.
	if (total > MAX_SLEEP_MS)
		return done('', 1, `sleep: at most 6h at a time here; sleep in steps of 6h or less\n`);
	host.sleep(total);
	return done('');
}

function echo(args: string[]): CommandResult {
	const newline = args[0] !== '-n';
	const words = newline ? args : args.slice(1);
	return done(words.join(' ') + (newline ? '\n' : ''));
}

/** bash's `history` layout: the number right-aligned in 5 columns, two spaces, the line. */
function history(args: string[], host: ShellHost): CommandResult {
	const all = host.history;
	const n = args[0] !== undefined && /^\d+$/.test(args[0]) ? Number(args[0]) : all.length;
	const first = Math.max(0, all.length - n);
	const lines = all
		.slice(first)
		.map((line, i) => `${String(first + i + 1).padStart(5)}  ${line}\n`);
	return done(lines.join(''));
}

/** Runs a non-filter command; undefined when `name` is no command this shell knows. */
export function runCommand(words: string[], host: ShellHost): CommandResult | undefined {
	const [name, ...args] = words;
	switch (name) {
		case 'kubectl':
		case 'k':
			return host.kubectl(args);
		case 'sleep':
			return sleep(args, host);
		case 'echo':
			return echo(args);
		case 'history':
			return history(args, host);
		case 'clear':
			return done(CLEAR_SCREEN);
		case 'help':
			return done(HELP_TEXT);
		case 'true':
		case ':':
			return done('');
		case 'false':
			return done('', 1);
		default:
			return undefined;
	}
}

export function commandNotFound(name: string): CommandResult {
	return done('', 127, `bash: ${name}: command not found\n`);
}
