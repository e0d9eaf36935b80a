import { describe, expect, it } from 'vitest';
import { matches, parseSelector } from './label-selector';

const sel = (text: string) => {
	const r = parseSelector(text);
	if ('error' in r) throw new Error(r.error);
	return r;
};

describe('label selectors', () => {
	it('matches equality, inequality, set-based and existence requirements', () => {
		const labels = { app: 'payments', pool: 'primary' };
		expect(matches(sel('app=payments,pool==primary'), labels)).toBe(true);
		expect(matches(sel('pool!=primary'), labels)).toBe(false);
		expect(matches(sel('pool in (primary,secondary),app'), labels)).toBe(true);
		expect(matches(sel('pool notin (primary)'), labels)).toBe(false);
		expect(matches(sel('!tier'), labels)).toBe(true);
		expect(matches(sel(''), undefined)).toBe(true);
	});

	it('reports what it cannot parse', () => {
		expect(parseSelector('a=b=c')).toEqual({
			error:
				"unable to parse requirement: found 'a=b=c', expected: ',', '=', '==', '!=', 'in', notin'"
		});
	});
});
