/** `head` and `tail` over a pipe: `-n N`, `-N`, `-nN`, `--lines=N`; head `-n -N`, tail `-n +N`. */
import { getopt, tryHelp } from './getopt';
import { LineBuffer, usageFailure, wholeProcess, type Filter, type FilterStart } from './types';

const LONG = { lines: { key: 'n', value: true }, quiet: { key: 'q', value: false } };

/** `-5` is old-style `-n 5`; GNU still accepts it as the first argument. */
function modernize(args: string[]): string[] {
	return args.map((a, i) => (i === 0 && /^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
}

interface Count {
	/** The number as given. */
	n: number;
	/** `-n -N` for head (all but the last N), `-n +N` for tail (from line N). */
	signed: boolean;
}

function parse(cmd: 'head' | 'tail', args: string[]): Count | FilterStart {
	const tailFlags = cmd === 'tail' ? 'fF' : '';
	const parsed = getopt(cmd, modernize(args), {
		flags: `qv${tailFlags}`,
		withValue: 'n',
		long: { ...LONG, ...(cmd === 'tail' ? { follow: { key: 'f', value: false } } : {}) },
		usage: tryHelp(cmd)
	});
	if (!parsed.ok) return usageFailure(parsed.stderr);
	const file = parsed.operands.find((f) => f !== '-');
	if (file !== undefined)
		return usageFailure(`${cmd}: cannot open '${file}' for reading: No such file or directory\n`);
	let count: Count = { n: 10, signed: false };
	for (const [key, value] of parsed.opts) {
		if (key !== 'n') continue;
		const m = /^([+-]?)(\d+)$/.exec(value);
		if (!m) return usageFailure(`${cmd}: invalid number of lines: ‘${value}’\n`);
		count = { n: Number(m[2]), signed: m[1] === (cmd === 'head' ? '-' : '+') };
	}
	return count;
}

export const head: Filter = (args) => {
	const count = parse('head', args);
	if ('ok' in count) return count;
	if (count.signed) {
		return {
			ok: true,
			process: wholeProcess((lines) => joinLines(lines.slice(0, -count.n || undefined)))
		};
	}
	const lines = new LineBuffer();
	let printed = 0;
	const take = (all: string[]) => {
		const out = all.slice(0, Math.max(0, count.n - printed));
		printed += out.length;
		return joinLines(out);
	};
	return {
		ok: true,
		process: {
			write: (text) => (printed >= count.n ? '' : take(lines.push(text))),
			end: () => take(lines.flush()),
			get closed() {
				return printed >= count.n;
			},
			exitCode: 0
		}
	};
};

export const tail: Filter = (args) => {
	const count = parse('tail', args);
	if ('ok' in count) return count;
	return {
		ok: true,
		process: wholeProcess((lines) =>
			joinLines(
				count.signed
					? lines.slice(Math.max(0, count.n - 1))
					: count.n === 0
						? []
						: lines.slice(-count.n)
			)
		)
	};
};

export function joinLines(lines: string[]): string {
	return lines.map((l) => `${l}\n`).join('');
}
