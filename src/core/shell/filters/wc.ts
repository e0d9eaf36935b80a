/** `wc` over a pipe: -l -w -c (-m); several counts are padded to 7 columns as GNU wc does for stdin. */
import { getopt, tryHelp } from './getopt';
import { usageFailure, type Filter } from './types';

const LONG = {
	lines: { key: 'l', value: false },
	words: { key: 'w', value: false },
	bytes: { key: 'c', value: false },
	chars: { key: 'm', value: false }
};

export const wc: Filter = (args) => {
	const parsed = getopt('wc', args, {
		flags: 'lwcm',
		withValue: '',
		long: LONG,
		usage: tryHelp('wc')
	});
	if (!parsed.ok) return usageFailure(parsed.stderr);
	const file = parsed.operands.find((f) => f !== '-');
	if (file !== undefined) return usageFailure(`wc: ${file}: No such file or directory\n`);
	const wanted = new Set(parsed.opts.map(([k]) => k));
	if (wanted.size === 0) ['l', 'w', 'c'].forEach((k) => wanted.add(k));
	let text = '';
	return {
		ok: true,
		process: {
			write: (chunk) => {
				text += chunk;
				return '';
			},
			end: () => {
				const counts: Record<string, number> = {
					l: text.split('\n').length - 1,
					w: text.split(/\s+/).filter(Boolean).length,
					m: [...text].length,
					c: new TextEncoder().encode(text).length
				};
				const shown = ['l', 'w', 'm', 'c']
					.filter((k) => wanted.has(k))
					.map((k) => String(counts[k]));
				if (shown.length === 1) return `${shown[0]}\n`;
				return `${shown.map((s) => s.padStart(7)).join(' ')}\n`;
			},
			closed: false,
			exitCode: 0
		}
	};
};
