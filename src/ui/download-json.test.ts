// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadJson, downloadText, exportFileName } from './download-json';

/** What the browser was handed: the blob, the link clicked, and whether the URL was let go. */
function captureDownload() {
	const seen: { blob?: Blob; clicked?: { href: string; download: string }; revoked?: string } = {};
	vi.useFakeTimers();
	// jsdom has no object URLs: stand in for the browser's, keeping what was given.
	URL.createObjectURL = (blob: Blob) => {
		seen.blob = blob;
		return 'blob:preflight/1';
	};
	URL.revokeObjectURL = (url: string) => void (seen.revoked = url);
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
		this: HTMLAnchorElement
	) {
		seen.clicked = { href: this.getAttribute('href') ?? '', download: this.download };
	});
	return seen;
}

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

describe('downloadText', () => {
	it('hands the text to the browser under the name and type given, then lets the URL go', async () => {
		const seen = captureDownload();
		downloadText('payments-pool-drain.yaml', 'id: payments-pool-drain\n', 'application/yaml');
		expect(seen.clicked).toEqual({
			href: 'blob:preflight/1',
			download: 'payments-pool-drain.yaml'
		});
		expect(seen.blob?.type).toBe('application/yaml');
		expect(await seen.blob?.text()).toBe('id: payments-pool-drain\n');
		expect(document.querySelector('a')).toBeNull();
		expect(seen.revoked).toBeUndefined();
		vi.advanceTimersByTime(1000);
		expect(seen.revoked).toBe('blob:preflight/1');
	});
});

describe('downloadJson', () => {
	it('saves the value as tab-indented JSON with a final newline', async () => {
		const seen = captureDownload();
		downloadJson('preflight-runs-2026-03-04.json', { format: 'preflight-runs', version: 1 });
		expect(seen.clicked?.download).toBe('preflight-runs-2026-03-04.json');
		expect(seen.blob?.type).toBe('application/json');
		expect(await seen.blob?.text()).toBe('{\n\t"format": "preflight-runs",\n\t"version": 1\n}\n');
	});
});

describe('exportFileName', () => {
	it('names the file for what it holds and the UTC day', () => {
		expect(exportFileName('run-payments-pool-drain', Date.UTC(2026, 2, 4, 23, 59))).toBe(
			'preflight-run-payments-pool-drain-2026-03-04.json'
		);
	});
});
