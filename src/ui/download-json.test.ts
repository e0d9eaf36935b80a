import { describe, expect, it } from 'vitest';
import { exportFileName } from './download-json';

describe('exportFileName', () => {
	it('names the file for what it holds and the UTC day', () => {
		expect(exportFileName('run-payments-pool-drain', Date.UTC(2026, 2, 4, 23, 59))).toBe(
			'preflight-run-payments-pool-drain-2026-03-04.json'
		);
	});
});
