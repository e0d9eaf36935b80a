import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';

/** Runs the CLI with in-memory output and real files. */
async function cli(argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = await main(argv, {
		stdout: (t) => (stdout += t),
		stderr: (t) => (stderr += t)
	});
	return { code, stdout, stderr };
}

const CLEAN = readFileSync(
	new URL('../scenario/invalid/action-rejected.yaml', import.meta.url),
	'utf8'
)
	.replace(/^#.*\n/gm, '')
	.replace('--replica=4', '--replicas=4');

function dir(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'preflight-lint-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(join(root, name, '..'), { recursive: true });
		writeFileSync(join(root, name), text);
	}
	return root;
}

describe('preflight lint', () => {
	it('prints nothing but the summary for a clean file and exits 0', async () => {
		const root = dir({ 'a.yaml': CLEAN });
		expect(await cli(['lint', join(root, 'a.yaml')])).toEqual({
			code: 0,
			stdout: '',
			stderr: '0 errors, 0 warnings in 1 file\n'
		});
	});

	it('lints every *.yaml in a directory, ids unique across them, and exits 1 on an error', async () => {
		const root = dir({
			'a.yaml': CLEAN,
			'b.yaml': CLEAN.replace(
				'actions: [kubectl scale',
				'actions: [kubectl get deploy -n payments, kubectl scale'
			),
			'notes.txt': 'not a scenario'
		});
		const b = join(root, 'b.yaml');
		const r = await cli(['lint', root]);
		expect(r.stdout).toBe(
			[
				`${b}:1:5: id: scenario id "payments-scale-secondary" is already used by ${join(root, 'a.yaml')}`,
				`${b}:25:19: warning: runbook.steps.0.truth.actions.0: "get" only reads: an action should change something`,
				''
			].join('\n')
		);
		expect(r.stderr).toBe('1 error, 1 warning in 2 files\n');
		expect(r.code).toBe(1);
	});

	it('reports a file it cannot read and a warning alone exits 0', async () => {
		const root = dir({
			'w.yaml': CLEAN.replace(
				'actions: [kubectl scale',
				'actions: [kubectl get deploy -n payments, kubectl scale'
			)
		});
		const warned = await cli(['lint', join(root, 'w.yaml')]);
		expect(warned.code).toBe(0);
		expect(warned.stderr).toBe('0 errors, 1 warning in 1 file\n');
		const missing = await cli(['lint', join(root, 'nope.yaml')]);
		expect(missing).toEqual({
			code: 1,
			stdout: '',
			stderr: `preflight lint: cannot read ${join(root, 'nope.yaml')}: ENOENT\n1 error, 0 warnings in 1 file\n`
		});
	});

	it('reads manifest files beside the scenario', async () => {
		const scenario = CLEAN.replace(
			'world:\n  builtin: payments\n',
			'world:\n  builtin: payments\n  contexts:\n    - { name: staging, files: [clusters/staging.yaml] }\n'
		);
		const root = dir({
			's.yaml': scenario,
			'clusters/staging.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: { name: payments }\n'
		});
		expect(await cli(['lint', join(root, 's.yaml')])).toEqual({
			code: 0,
			stdout: '',
			stderr: '0 errors, 0 warnings in 1 file\n'
		});
	});

	it('refuses unknown flags and an empty directory, and shows help', async () => {
		expect(await cli(['lint', '--fix'])).toEqual({
			code: 1,
			stdout: '',
			stderr: "preflight lint: unknown flag --fix\nSee 'preflight lint --help'.\n"
		});
		const empty = dir({});
		expect(await cli(['lint', empty])).toEqual({
			code: 1,
			stdout: '',
			stderr: `preflight lint: no scenario files (*.yaml) in ${empty}\n`
		});
		const help = await cli(['lint', '--help']);
		expect(help.code).toBe(0);
		expect(help.stdout).toMatch(/^Check scenario files/);
	});

	it('lints the built-in library when given no files', async () => {
		const r = await cli(['lint']);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/^0 errors, 0 warnings in \d+ files\n$/);
		expect(r.code).toBe(0);
	});
});
