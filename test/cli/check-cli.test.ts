import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

async function cli(argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { code, stdout, stderr };
}

function file(name: string, text: string): string {
	const path = join(mkdtempSync(join(tmpdir(), 'preflight-check-')), name);
	writeFileSync(path, text);
	return path;
}

/** The offline drafter's own step 2 of payments-pool-drain: clean. */
async function cleanDraft(): Promise<Record<string, unknown>> {
	const out = await cli(['draft', '--scenario', 'payments-pool-drain', '--step', '2', '--json']);
	return JSON.parse(out.stdout)[0];
}

describe('preflight check', () => {
	it('prints nothing but the summary for a clean draft, and exits 0', async () => {
		const path = file('clean.json', JSON.stringify(await cleanDraft()));
		expect(await cli(['check', path, '--scenario', 'payments-pool-drain', '--step', '2'])).toEqual({
			code: 0,
			stdout: '',
			stderr: '0 errors, 0 warnings\n'
		});
	});

	it('prints each finding as severity [rule] field: message and exits 1 on an error', async () => {
		const draft = await cleanDraft();
		const flawed = {
			...draft,
			preflight: {
				...(draft.preflight as object),
				command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6'
			}
		};
		const out = await cli([
			'check',
			file('flawed.json', JSON.stringify(flawed)),
			'--scenario',
			'payments-pool-drain'
		]);
		expect(out.code).toBe(1);
		expect(out.stdout).toMatch(/^error \[preflight-not-read-only\] preflight\.command: /);
		expect(out.stderr).toMatch(/^\d+ errors?, \d+ warnings?\n$/);
	});

	it('prints the findings as JSON with --json', async () => {
		const out = await cli([
			'check',
			file('text.json', 'Step 1 — scale it'),
			'--scenario',
			'payments-pool-drain',
			'--json'
		]);
		const { findings } = JSON.parse(out.stdout);
		expect([out.code, findings[0].rule, findings[0].severity]).toEqual([1, 'schema', 'error']);
	});

	it('says what is wrong with the arguments', async () => {
		const cases = [
			[
				['check', '--scenario', 'payments-pool-drain'],
				'give the draft file (FILE.json, or - for stdin)'
			],
			[
				['check', '/no/such/draft.json', '--scenario', 'payments-pool-drain'],
				'cannot read /no/such/draft.json: ENOENT'
			],
			[['check', 'a.json'], '--scenario is required']
		] as const;
		for (const [argv, message] of cases)
			expect(await cli([...argv])).toEqual({
				code: 1,
				stdout: '',
				stderr: `preflight check: ${message}\nSee 'preflight check --help'.\n`
			});
	});
});
