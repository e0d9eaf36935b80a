/**
 * What the subcommands' option parsers share: the parse result, `--flag=value`, `--at`, reading a
 * file or stdin (`-`), and the usage error every command prints the same way.
 */
import { Duration } from '../core/scenario/schema';
import type { CliIO } from './io';

/** The options (and whatever else a parser returns beside them), a usage error, or `--help`. */
export type Parsed<T, Extra = object> =
	({ ok: true; options: T } & Extra) | { ok: false; message: string } | { ok: 'help' };

/** `--flag=value` → `['--flag', 'value']`; any other word stands alone. */
export function splitFlag(arg: string): [flag: string, inline: string | undefined] {
	const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
	return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

/** `--at`: an offset from the page in ms (`90s`, `5m`, `-10m`). */
export function parseAt(
	value: string | undefined
): { ok: true; at: number } | { ok: false; message: string } {
	const at = Duration.safeParse(value ?? '');
	if (!at.success)
		return {
			ok: false,
			message: `--at needs a duration like 90s, 5m or -10m, got ${JSON.stringify(value ?? '')}`
		};
	return { ok: true, at: at.data };
}

/** A file's text, or stdin's for `-`; when it cannot be read, why (`ENOENT`). */
export async function readInput(
	io: CliIO,
	path: string
): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
	try {
		return { ok: true, text: await (path === '-' ? io.readStdin() : io.readFile(path)) };
	} catch (e) {
		const reason =
			e instanceof Error ? ((e as NodeJS.ErrnoException).code ?? e.message) : String(e);
		return { ok: false, reason };
	}
}

/** Prints `preflight COMMAND: MESSAGE` and where to find help, as every subcommand does; exit 1. */
export function usageError(io: CliIO, command: string, message: string): number {
	io.stderr(`preflight ${command}: ${message}\nSee 'preflight ${command} --help'.\n`);
	return 1;
}
