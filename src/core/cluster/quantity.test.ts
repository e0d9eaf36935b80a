import { describe, expect, it } from 'vitest';
import { parseCpu, parseMemory, parseQuantity } from './quantity';

describe('quantities', () => {
	it.each([
		['500m', 500],
		['2', 2000],
		['0.5', 500],
		['1.5', 1500],
		['100m', 100]
	])('cpu %s → %d millicores', (text, m) => expect(parseCpu(text)).toBe(m));

	it.each([
		['1Gi', 1073741824],
		['512Mi', 536870912],
		['1G', 1e9],
		['128974848', 128974848],
		['129e6', 129e6],
		['64Ki', 65536]
	])('memory %s → %d bytes', (text, b) => expect(parseMemory(text)).toBe(b));

	it('rejects garbage', () => {
		expect(parseQuantity('lots')).toBeUndefined();
		expect(parseQuantity('1 Gi')).toBeUndefined();
		expect(parseCpu(undefined)).toBe(0);
	});
});
