import { describe, expect, it } from 'vitest';
import { copyId, fileNameFor, headerOf, withId } from './scenario-text';

describe('headerOf', () => {
	it('reads the top-level id and title', () => {
		expect(headerOf('id: payments-pool-drain\ntitle: "Drain the pool"\nsummary: x\n')).toEqual({
			id: 'payments-pool-drain',
			title: 'Drain the pool'
		});
	});

	it('reads them from a draft that does not load yet', () => {
		expect(headerOf('id: half-done\ntitle: Half\nbriefing: [\n')).toEqual({
			id: 'half-done',
			title: 'Half'
		});
	});

	it('gives nothing for a list, a number id or garbage', () => {
		expect(headerOf('- id: x\n')).toEqual({});
		expect(headerOf('id: 42\n')).toEqual({});
		expect(headerOf('\u0000\u0001{{{')).toEqual({});
	});
});

describe('withId', () => {
	it('rewrites only the top-level id line, keeping its comment', () => {
		const text =
			'id: payments-pool-drain # the seed incident\ntitle: T\nrunbook:\n  steps:\n  - id: drain\n';
		expect(withId(text, copyId('payments-pool-drain'))).toBe(
			'id: payments-pool-drain-copy # the seed incident\ntitle: T\nrunbook:\n  steps:\n  - id: drain\n'
		);
	});

	it('rewrites a quoted id and adds one when there is none', () => {
		expect(withId("title: T\nid: 'old'\n", 'new')).toBe('title: T\nid: new\n');
		expect(withId('title: T\n', 'new')).toBe('id: new\ntitle: T\n');
	});
});

describe('fileNameFor', () => {
	it('names the download for the id, or scenario.yaml', () => {
		expect(fileNameFor('id: checkout-canary\n')).toBe('checkout-canary.yaml');
		expect(fileNameFor('id: Not Valid\n')).toBe('scenario.yaml');
		expect(fileNameFor(': :')).toBe('scenario.yaml');
	});
});
