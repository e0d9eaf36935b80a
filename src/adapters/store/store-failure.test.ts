import { describe, expect, it } from 'vitest';
import { describeRunFailure, describeStoreFailure } from './store-failure';

/** Dexie's shape: its own error, with the IndexedDB one as `inner`. */
function dexieError(name: string, innerName: string, message = 'failed') {
	return Object.assign(new Error(message), { name, inner: new DOMException(message, innerName) });
}

describe('describeStoreFailure', () => {
	it('recognises a full quota wrapped by Dexie', () => {
		expect(describeStoreFailure(dexieError('AbortError', 'QuotaExceededError'), 'deleted')).toBe(
			"The browser's storage for this site is full, so the scenario was not deleted."
		);
	});

	it('asks for a reload when another tab upgraded the database', () => {
		expect(describeStoreFailure(dexieError('DatabaseClosedError', 'VersionError'), 'saved')).toBe(
			'Preflight was updated in another tab, so the scenario was not saved. Reload this tab. Your text is still in the editor: export it to keep it.'
		);
	});

	it('passes any other reason on in brackets', () => {
		expect(describeStoreFailure(new Error('Transaction aborted'), 'saved')).toBe(
			"The browser's storage refused the change (Transaction aborted), so the scenario was not saved. Your text is still in the editor: export it to keep it."
		);
	});
});

describe('describeRunFailure', () => {
	it('says in one line that the run now lives in this tab, and why', () => {
		expect(
			[
				dexieError('AbortError', 'QuotaExceededError'),
				new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
				dexieError('DatabaseClosedError', 'VersionError'),
				dexieError('InvalidStateError', 'InvalidStateError'),
				new Error('Transaction aborted')
			].map(describeRunFailure)
		).toEqual([
			"The browser's storage is full: this run is kept in this tab only — export it to keep it.",
			"The browser's storage is full: this run is kept in this tab only — export it to keep it.",
			'Preflight was updated in another tab: this run is kept in this tab only — export it to keep it, then reload.',
			"The browser's storage for this site went away (site data cleared?): this run is kept in this tab only — export it to keep it.",
			"The browser's storage refused a write (Transaction aborted): this run is kept in this tab only — export it to keep it."
		]);
	});
});
