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

function file(text: string): string {
	const path = join(mkdtempSync(join(tmpdir(), 'preflight-score-')), 'acts.jsonl');
	writeFileSync(path, text);
	return path;
}

const CAREFUL = new URL('../scoring/trainees/payments-pool-drain.careful.jsonl', import.meta.url)
	.pathname;
const NO_ROLLBACKS = new URL(
	'../scoring/trainees/payments-pool-drain.no-rollbacks.jsonl',
	import.meta.url
).pathname;

describe('preflight score', () => {
	it('prints the readable report of a careful run', async () => {
		const out = await cli(['score', '--scenario', 'payments-pool-drain', '--acts', CAREFUL]);
		expect(out.code).toBe(0);
		expect(out.stderr).toBe('');
		const lines = out.stdout.split('\n');
		expect(lines[0]).toBe('Score: 100/100 (grade A)');
		expect(lines.filter((l) => /^\S.* \.+ +\d+\/\d+$/.test(l))).toHaveLength(12);
		expect(lines.slice(-7, -1)).toEqual([
			'Error budget burned: 0.5 % of 30 days',
			'',
			'Tips:',
			'1. Keep running a read-only look at each object right before you change it.',
			'2. Keep staging the rollback before every action, and check it undoes that action.',
			"3. Keep checking each step's assumption against the live state when you reach it."
		]);
	});

	it('prints the report as JSON, findings with their time and command', async () => {
		const out = await cli([
			'score',
			'--scenario',
			'payments-pool-drain',
			'--acts',
			NO_ROLLBACKS,
			'--json'
		]);
		expect(out.code).toBe(0);
		const report = JSON.parse(out.stdout);
		expect(Object.keys(report)).toEqual([
			'total',
			'grade',
			'categories',
			'tips',
			'mitigatedAt',
			'budgetBurned'
		]);
		expect([report.total, report.grade]).toEqual([90, 'A']);
		const rollbacks = report.categories.find((c: { id: string }) => c.id === 'missing-rollback');
		expect(rollbacks).toEqual({
			id: 'missing-rollback',
			count: 2,
			points: 0,
			max: 10,
			findings: [
				{
					at: rollbacks.findings[0].at,
					t: 30_000,
					seq: rollbacks.findings[0].seq,
					command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6',
					message:
						'`kubectl scale deploy/payments-secondary -n payments --replicas=6` ran with no rollback staged.'
				},
				{
					at: rollbacks.findings[1].at,
					t: 44_000,
					seq: rollbacks.findings[1].seq,
					command: 'kubectl scale deploy/payments-primary -n payments --replicas=0',
					message:
						'`kubectl scale deploy/payments-primary -n payments --replicas=0` ran with no rollback staged.'
				}
			]
		});
		expect(report.tips[0]).toBe(
			'Stage the rollback before `kubectl scale deploy/payments-secondary -n payments --replicas=6` (here `kubectl scale deploy/payments-secondary -n payments --replicas=2`), so the undo is one paste away if the action goes wrong.'
		);
	});

	it('names the line of an act that does not parse', async () => {
		const path = file('{"act":"confirm","step":1}\n{"act":"wait","seconds":-5}\n');
		const out = await cli(['score', '--scenario', 'payments-pool-drain', '--acts', path]);
		expect(out).toEqual({
			code: 1,
			stdout: '',
			stderr: `preflight score: ${path}:2: not an act (seconds): Too small: expected number to be >0\n`
		});
	});

	it('refuses a missing --acts and an unknown mode', async () => {
		expect(await cli(['score', '--scenario', 'payments-pool-drain'])).toEqual({
			code: 1,
			stdout: '',
			stderr: "preflight score: --acts is required\nSee 'preflight score --help'.\n"
		});
		const out = await cli(['score', '--scenario', 'x', '--acts', CAREFUL, '--mode', 'auto']);
		expect(out.stderr).toBe(
			"preflight score: --mode is one of approve, compose, free-play\nSee 'preflight score --help'.\n"
		);
	});
});
