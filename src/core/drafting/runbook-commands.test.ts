import { describe, expect, it } from 'vitest';
import { runbookCommands, titleOf } from './runbook-commands';

describe('runbookCommands', () => {
	it('finds fenced, inline and prompt commands in order, under their item titles', () => {
		const markdown = [
			'# Payments: drain a pool',
			'## Steps',
			'1. **Find the bad pool.** Check both pools:',
			'   ```',
			'   kubectl get pods -n payments -l pool=primary -o wide',
			'   # a comment',
			'   ```',
			'2. Scale the healthy pool up: `kubectl scale deploy/payments-secondary -n payments --replicas=6`.',
			'3. Fail over:',
			'   ```bash',
			'   kubectl --context prod-eu-west-1 -n payments-eu patch configmap payments-read-routing \\',
			`     --type merge -p '{"data":{"weight":"100"}}'`,
			'   ```',
			'   $ kubectl get cm payments-read-routing -n payments-eu --context prod-eu-west-1',
			'## Rollback',
			'```',
			'kubectl scale deploy/payments-secondary -n payments --replicas=2',
			'```'
		].join('\n');
		expect(runbookCommands(markdown)).toEqual([
			{ line: 'kubectl get pods -n payments -l pool=primary -o wide', title: 'Find the bad pool' },
			{
				line: 'kubectl scale deploy/payments-secondary -n payments --replicas=6',
				title: 'Scale the healthy pool up'
			},
			{
				line: `kubectl --context prod-eu-west-1 -n payments-eu patch configmap payments-read-routing --type merge -p '{"data":{"weight":"100"}}'`,
				title: 'Fail over'
			},
			{
				line: 'kubectl get cm payments-read-routing -n payments-eu --context prod-eu-west-1',
				title: 'Fail over'
			}
		]);
	});

	it('titles a step by its bold lead, else its first sentence', () => {
		expect(titleOf('**Take the bad pool out.** Scale it to zero')).toBe('Take the bad pool out');
		expect(titleOf('Cordon the node so nothing new is scheduled there.')).toBe(
			'Cordon the node so nothing new is scheduled there'
		);
		expect(titleOf('Drain the node. Then wait.')).toBe('Drain the node');
	});
});
