import { describe, expect, it } from 'vitest';
import { leaveKeys, type KeyLike } from './leave-keys';

const down = (key: string): KeyLike => ({
	type: 'keydown',
	key,
	altKey: false,
	ctrlKey: false,
	metaKey: false
});

describe('leaveKeys', () => {
	it('lets Tab complete in the shell, and Escape then Tab leave the terminal', () => {
		const keys = leaveKeys();
		expect([down('Tab'), down('Escape'), down('Tab'), down('Tab')].map(keys)).toEqual([
			true,
			false,
			false,
			true
		]);
	});

	it('leaves backwards with Escape then Shift+Tab', () => {
		const keys = leaveKeys();
		expect([down('Escape'), down('Shift'), down('Tab')].map(keys)).toEqual([false, true, false]);
	});

	it('forgets the Escape once another key comes between', () => {
		const keys = leaveKeys();
		expect([down('Escape'), down('k'), down('Tab')].map(keys)).toEqual([false, true, true]);
	});
});
