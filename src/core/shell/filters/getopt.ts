/**
 * GNU getopt_long as the coreutils read their arguments: combined short flags (`-iv`), attached
 * or separate values (`-n5`, `-n 5`, `--lines=5`), options after operands, `--` to stop.
 */

export interface OptSpec {
	/** Short flags without a value: `'ivEc'`. */
	flags: string;
	/** Short options that take a value: `'ef'`. */
	withValue: string;
	/** Long name → short letter it means (or its own key) and whether it takes a value. */
	long?: Record<string, { key: string; value: boolean }>;
	/** What follows an option error, e.g. `Try 'sort --help' for more information.\n`. */
	usage: string;
}

export type GetoptResult =
	| { ok: true; opts: [key: string, value: string][]; operands: string[] }
	| { ok: false; stderr: string };

export function tryHelp(cmd: string): string {
	return `Try '${cmd} --help' for more information.\n`;
}

export function getopt(cmd: string, args: string[], spec: OptSpec): GetoptResult {
	const opts: [string, string][] = [];
	const operands: string[] = [];
	const fail = (msg: string): GetoptResult => ({
		ok: false,
		stderr: `${cmd}: ${msg}\n${spec.usage}`
	});
	for (let i = 0; i < args.length; i++) {
		const arg = args[i];
		if (arg === '--') {
			operands.push(...args.slice(i + 1));
			break;
		}
		if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			const name = arg.slice(2, eq < 0 ? undefined : eq);
			const matches = Object.keys(spec.long ?? {}).filter((l) => l.startsWith(name));
			const exact = matches.includes(name) ? name : matches.length === 1 ? matches[0] : undefined;
			if (!exact) {
				if (matches.length > 1) return fail(`option '${arg}' is ambiguous`);
				return fail(`unrecognized option '${arg}'`);
			}
			const long = spec.long![exact];
			if (!long.value) {
				if (eq >= 0) return fail(`option '--${exact}' doesn't allow an argument`);
				opts.push([long.key, '']);
			} else if (eq >= 0) opts.push([long.key, arg.slice(eq + 1)]);
			else if (i + 1 < args.length) opts.push([long.key, args[++i]]);
			else return fail(`option '--${exact}' requires an argument`);
			continue;
		}
		if (arg.length < 2 || arg[0] !== '-') {
			operands.push(arg);
			continue;
		}
		for (let j = 1; j < arg.length; j++) {
			const c = arg[j];
			if (spec.flags.includes(c)) opts.push([c, '']);
			else if (spec.withValue.includes(c)) {
				if (j + 1 < arg.length) opts.push([c, arg.slice(j + 1)]);
				else if (i + 1 < args.length) opts.push([c, args[++i]]);
				else return fail(`option requires an argument -- '${c}'`);
				break;
			} else return fail(`invalid option -- '${c}'`);
		}
	}
	return { ok: true, opts, operands };
}
