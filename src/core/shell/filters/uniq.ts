/** `uniq` over a pipe: adjacent duplicates collapsed; -c counts (`%7d `), -d, -u, -i. */
import { getopt, tryHelp } from './getopt';
import { lineProcess, usageFailure, type Filter } from './types';

const LONG = {
	count: { key: 'c', value: false },
	repeated: { key: 'd', value: false },
	unique: { key: 'u', value: false },
	'ignore-case': { key: 'i', value: false }
};

export const uniq: Filter = (args) => {
	const parsed = getopt('uniq', args, {
		flags: 'cdui',
		withValue: '',
		long: LONG,
		usage: tryHelp('uniq')
	});
	if (!parsed.ok) return usageFailure(parsed.stderr);
	const file = parsed.operands.find((f) => f !== '-');
	if (file !== undefined) return usageFailure(`uniq: ${file}: No such file or directory\n`);
	const flags = new Set(parsed.opts.map(([k]) => k));
	const same = (a: string, b: string) =>
		flags.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b;
	let current: string | undefined;
	let count = 0;
	const emit = (): string => {
		if (current === undefined) return '';
		if (flags.has('d') && count < 2) return '';
		if (flags.has('u') && count > 1) return '';
		return flags.has('c') ? `${String(count).padStart(7)} ${current}\n` : `${current}\n`;
	};
	// A group is printed once a different line arrives, so uniq streams behind a watch.
	const onLine = (line: string): string => {
		if (current !== undefined && same(current, line)) {
			count++;
			return '';
		}
		const out = emit();
		current = line;
		count = 1;
		return out;
	};
	return { ok: true, process: lineProcess(onLine, emit) };
};
