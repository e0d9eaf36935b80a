import { describe, expect, it } from 'vitest';
import { Coalesced } from './coalesced';

describe('Coalesced', () => {
	it('runs once per ask when idle, and once more for all asks made while running', async () => {
		let runs = 0;
		let release: () => void = () => {};
		const task = new Coalesced(
			() => new Promise<void>((resolve) => ((release = resolve), runs++)),
			() => {}
		);
		const first = task.run();
		void task.run();
		const third = task.run();
		expect(first).toBe(third);
		expect(runs).toBe(1);
		release();
		await Promise.resolve();
		await Promise.resolve();
		expect(runs).toBe(2);
		release();
		await first;
		expect(runs).toBe(2);
		const later = task.run();
		release();
		await later;
		expect(runs).toBe(3);
	});

	it('hands a failure to onError and runs again on the next ask', async () => {
		const errors: unknown[] = [];
		let fail = true;
		const task = new Coalesced(
			async () => {
				if (fail) throw new Error('worker gone');
			},
			(e) => errors.push(e)
		);
		await task.run();
		expect(errors).toEqual([new Error('worker gone')]);
		fail = false;
		await task.run();
		await task.settled();
		expect(errors).toHaveLength(1);
	});
});
