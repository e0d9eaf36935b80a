import { describe, expect, it } from 'vitest';
import { VirtualClock } from './virtual-clock';
import { parseDuration } from './duration';
import { Random, fnv32a, safeEncode } from './random';

describe('VirtualClock', () => {
	it('fires timers in time order, ties in scheduling order, with the clock at each time', () => {
		const clock = new VirtualClock(1000);
		const fired: string[] = [];
		clock.schedule(3000, (t) => fired.push(`c@${t}`));
		clock.schedule(2000, (t) => fired.push(`a@${t}`));
		clock.schedule(2000, (t) => fired.push(`b@${t}`));
		clock.advanceTo(2500);
		expect(fired).toEqual(['a@2000', 'b@2000']);
		expect(clock.now()).toBe(2500);
		clock.advance(500);
		expect(fired).toEqual(['a@2000', 'b@2000', 'c@3000']);
	});

	it('refuses to go backwards', () => {
		const clock = new VirtualClock(1000);
		expect(() => clock.advanceTo(999)).toThrow(/backwards/);
	});

	it('lets a cancelled timer stay silent', () => {
		const clock = new VirtualClock(0);
		let fired = false;
		const t = clock.schedule(10, () => (fired = true));
		clock.cancel(t);
		clock.advance(20);
		expect(fired).toBe(false);
	});
});

describe('parseDuration', () => {
	it.each([
		['30s', 30_000],
		['1m30s', 90_000],
		['2h', 7_200_000],
		['500ms', 500],
		['5', 5000]
	])('%s → %d ms', (text, ms) => expect(parseDuration(text)).toBe(ms));

	it.each(['', 'abc', '5x', '1m 30s', '-5s'])('rejects %j', (text) =>
		expect(parseDuration(text)).toBeUndefined()
	);
});

describe('Random', () => {
	it('repeats exactly from the same seed', () => {
		const a = new Random(42);
		const b = new Random(42);
		expect(a.string(10, 'abc')).toBe(b.string(10, 'abc'));
		expect(new Random(43).string(10, 'abcdef')).not.toBe(new Random(42).string(10, 'abcdef'));
	});

	it('encodes hashes the way pod-template-hash looks', () => {
		expect(safeEncode(String(fnv32a('template')))).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]+$/);
	});
});
