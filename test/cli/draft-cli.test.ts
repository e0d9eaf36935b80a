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

const STEP_2 = [
	'Step 2 — Scale the healthy pool up',
	'Pre-flight (read-only): kubectl get deploy/payments-secondary -n payments -o wide — proceed only if deployment payments-secondary exists in namespace payments on prod-us-east-1 with 2/2 pods ready; stop if the secondary Deployment does not exist.',
	'Action: kubectl scale deploy/payments-secondary -n payments --replicas=6 — adds 4 pods to payments-secondary in namespace payments on prod-us-east-1.',
	'Verify: kubectl rollout status deployment/payments-secondary -n payments --timeout=2m',
	'Rollback: kubectl scale deployment/payments-secondary -n payments --replicas=2',
	'Confirm the pre-flight passed and tell me to proceed.',
	''
].join('\n');

describe('preflight draft', () => {
	it('prints one step as people read it', async () => {
		expect(await cli(['draft', '--scenario', 'payments-pool-drain', '--step', '2'])).toEqual({
			code: 0,
			stdout: STEP_2,
			stderr: ''
		});
	});

	it('prints every step, a blank line between them, or the steps as JSON', async () => {
		const text = await cli(['draft', '--scenario', 'payments-pool-drain']);
		expect(text.code).toBe(0);
		expect(text.stdout.split('\n\n').map((s) => s.split('\n')[0])).toEqual([
			'Step 1 — Find the bad pool',
			'Step 2 — Scale the healthy pool up',
			'Step 3 — Take the bad pool out',
			'Step 4 — Verify'
		]);
		const json = await cli([
			'draft',
			'--scenario',
			'payments-pool-drain',
			'--json',
			'--provider',
			'offline'
		]);
		const steps = JSON.parse(json.stdout);
		expect([json.code, steps.length, steps[1].action]).toEqual([
			0,
			4,
			{
				command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6',
				blastRadius: 'adds 4 pods to payments-secondary in namespace payments on prod-us-east-1'
			}
		]);
	});

	it('drafts against the world at --at: the stale flag appears once automation rolled back', async () => {
		const before = await cli([
			'draft',
			'--scenario',
			'stale-rollback-automation',
			'--step',
			'2',
			'--json'
		]);
		const after = await cli([
			'draft',
			'--scenario',
			'stale-rollback-automation',
			'--step=2',
			'--at=3m',
			'--json'
		]);
		expect(JSON.parse(before.stdout)[0].staleFlags).toEqual([]);
		expect(JSON.parse(after.stdout)[0].staleFlags[0].reason).toMatch(
			/^deploy-bot's post-deploy analysis/
		);
	});

	it('drafts from a pasted runbook with --runbook', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'preflight-draft-'));
		const file = join(dir, 'runbook.md');
		writeFileSync(
			file,
			'1. Scale up: `kubectl scale deploy/payments-secondary -n payments --replicas=6`\n'
		);
		const out = await cli(['draft', '--scenario', 'sandbox-payments', '--runbook', file]);
		expect([out.code, out.stdout.split('\n')[0], out.stdout.split('\n')[2]]).toEqual([
			0,
			'Step 1 — Scale up',
			'Action: kubectl scale deploy/payments-secondary -n payments --replicas=6 — adds 4 pods to payments-secondary in namespace payments on prod-us-east-1.'
		]);
	});

	it('refuses an unknown provider, naming the ones there are', async () => {
		expect(
			await cli(['draft', '--scenario', 'payments-pool-drain', '--provider', 'openai'])
		).toEqual({
			code: 1,
			stdout: '',
			stderr:
				'preflight draft: unknown provider "openai" (providers: offline)\nSee \'preflight draft --help\'.\n'
		});
	});

	it('says what is wrong with the arguments, and exits 1', async () => {
		const cases = [
			[['draft'], '--scenario is required'],
			[
				['draft', '--scenario', 'payments-pool-drain', '--step', '9'],
				'no step 9 in payments-pool-drain: its runbook has 4 steps'
			],
			[
				['draft', '--scenario', 'payments-pool-drain', '--step', '0'],
				'--step needs a step number (1, 2, …), got "0"'
			],
			[
				['draft', '--scenario', 'payments-pool-drain', '--at', 'soon'],
				'--at needs a duration like 90s, 5m or -10m, got "soon"'
			],
			[['draft', '--scenario', 'payments-pool-drain', '--verbose'], 'unknown flag --verbose']
		] as const;
		for (const [argv, message] of cases)
			expect(await cli([...argv])).toEqual({
				code: 1,
				stdout: '',
				stderr: `preflight draft: ${message}\nSee 'preflight draft --help'.\n`
			});
	});

	it('reports a scenario that is not in the library', async () => {
		const out = await cli(['draft', '--scenario', 'no-such-scenario']);
		expect([out.code, out.stderr]).toEqual([
			1,
			expect.stringMatching(
				/^preflight: no scenario "no-such-scenario" in the library \(scenarios: /
			)
		]);
	});

	it('prints its help', async () => {
		const out = await cli(['draft', '--help']);
		expect([out.code, out.stdout.split('\n')[0]]).toEqual([
			0,
			'Draft guarded runbook steps: a read-only pre-flight with what means STOP, the action with'
		]);
	});
});
