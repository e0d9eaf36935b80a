import { describe, expect, it } from 'vitest';
import { parseAt, readInput, splitFlag, usageError } from './flags';
import type { CliIO } from './io';

function fakeIO(files: Record<string, string>, stdin = '') {
	const out = { stdout: '', stderr: '' };
	const io: CliIO = {
		stdout: (t) => (out.stdout += t),
		stderr: (t) => (out.stderr += t),
		readFile: async (path) => {
			if (path in files) return files[path];
			throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
				code: 'ENOENT'
			});
		},
		readStdin: async () => stdin
	};
	return { io, out };
}

describe('splitFlag', () => {
	it('splits --flag=value at the first =, and leaves other words whole', () => {
		expect(splitFlag('--at=-5m')).toEqual(['--at', '-5m']);
		expect(splitFlag('--runbook=a=b.md')).toEqual(['--runbook', 'a=b.md']);
		expect(splitFlag('--step=')).toEqual(['--step', '']);
		expect(splitFlag('--json')).toEqual(['--json', undefined]);
		expect(splitFlag('-o=out.yaml')).toEqual(['-o=out.yaml', undefined]);
		expect(splitFlag('app=payments')).toEqual(['app=payments', undefined]);
	});
});

describe('parseAt', () => {
	it('reads a duration from the page, before it or after it', () => {
		expect(parseAt('90s')).toEqual({ ok: true, at: 90_000 });
		expect(parseAt('-10m')).toEqual({ ok: true, at: -600_000 });
	});

	it('says what it needs when the value is missing or not a duration', () => {
		expect(parseAt(undefined)).toEqual({
			ok: false,
			message: '--at needs a duration like 90s, 5m or -10m, got ""'
		});
		expect(parseAt('soon')).toEqual({
			ok: false,
			message: '--at needs a duration like 90s, 5m or -10m, got "soon"'
		});
	});
});

describe('readInput', () => {
	it('reads a file, or stdin for -', async () => {
		const { io } = fakeIO({ 'runbook.md': '# Drain\n' }, 'kubectl get pods\n');
		expect(await readInput(io, 'runbook.md')).toEqual({ ok: true, text: '# Drain\n' });
		expect(await readInput(io, '-')).toEqual({ ok: true, text: 'kubectl get pods\n' });
	});

	it('gives the error code when the file cannot be read', async () => {
		const { io } = fakeIO({});
		expect(await readInput(io, 'gone.md')).toEqual({ ok: false, reason: 'ENOENT' });
	});
});

describe('usageError', () => {
	it('prints the message and where help is, and returns exit code 1', () => {
		const { io, out } = fakeIO({});
		expect(usageError(io, 'draft', '--scenario is required')).toBe(1);
		expect(out).toEqual({
			stdout: '',
			stderr: "preflight draft: --scenario is required\nSee 'preflight draft --help'.\n"
		});
	});
});
