import { describe, expect, it } from 'vitest';
import { durationFlag } from './duration-flag';

describe('durationFlag', () => {
	it('reads the milliseconds the parser stored, never re-parsing them as seconds', () => {
		const flags = new Map<string, unknown>([['timeout', 600_000]]) as never;
		expect(durationFlag({ flags }, 'timeout')).toBe(600_000);
		expect(durationFlag({ flags }, 'since', 30_000)).toBe(30_000);
	});
});
