/** The filters a pipeline stage may name, by command name. */
import { awk } from './awk';
import { cut } from './cut';
import { grep } from './grep';
import { head, tail } from './head-tail';
import { sort } from './sort';
import type { Filter } from './types';
import { uniq } from './uniq';
import { wc } from './wc';

export const FILTERS: Readonly<Record<string, Filter>> = {
	grep,
	egrep: (args) => grep(['-E', ...args]),
	head,
	tail,
	wc,
	sort,
	uniq,
	cut,
	awk
};

export type { Filter, FilterProcess, FilterStart } from './types';
