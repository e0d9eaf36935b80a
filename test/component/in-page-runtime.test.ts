/** The in-page runtime where no Worker exists (jsdom): the fallback is real, not mocked. */
import { describe, expect, it } from 'vitest';
import { startInPageRuntime } from '../../src/adapters/runtime/in-page';

describe('startInPageRuntime', () => {
	it('falls back to the page thread, with a note, where no Worker can start', async () => {
		expect(typeof Worker).toBe('undefined'); // jsdom has none
		const started = await startInPageRuntime();
		expect(started.mode).toBe('direct');
		expect(started.note).toBe(
			"Commands run on the page's thread (the worker could not start: Worker is not defined)."
		);
		const reply = await started.runtime.execute('kubectl config current-context');
		expect(reply.output).toBe('prod-us-east-1\n');
		expect(reply.exitCode).toBe(0);
	});
});
