import { describe, expect, it } from 'vitest';
import { readingMs } from './approvals';
import { mitigatedAt } from './outcome';
import type { Sample } from './trace';

const sli = { errorRate: 0, latencyMs: 80, saturation: 0.5, ready: 6 };
const samples = (holds: boolean[]): Sample[] =>
	holds.map((h, i) => ({ t: i * 15_000, slis: { payments: sli }, holds: h }));

describe('mitigatedAt', () => {
	it('is the start of the last stretch that holds, when it lasts long enough', () => {
		expect(mitigatedAt(samples([false, true, false, true, true, true]), 30_000)).toBe(45_000);
		expect(mitigatedAt(samples([false, true, false, true, true, true]), 45_000)).toBeUndefined();
		expect(mitigatedAt(samples([true, true, true, false]), 0)).toBeUndefined();
		expect(mitigatedAt([], 0)).toBeUndefined();
	});
});

describe('readingMs', () => {
	it('takes 3 s up to 10 lines, 0.2 s a line beyond, at most 10 s', () => {
		expect(readingMs('')).toBe(3000);
		expect(readingMs('a\n'.repeat(10))).toBe(3000);
		expect(readingMs('a\n'.repeat(20))).toBe(5000);
		expect(readingMs('a\n'.repeat(200))).toBe(10_000);
	});
});
