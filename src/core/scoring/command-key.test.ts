import { describe, expect, it } from 'vitest';
import { commandKey, oneOf, sameCommand } from './command-key';

const HERE = { context: 'prod-us-east-1', namespace: 'payments' };

describe('sameCommand', () => {
	it('sets aside kubectl or k, flag order, -n forms and type aliases', () => {
		const a = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';
		for (const b of [
			'k scale deployment/payments-secondary --replicas 6 -n payments',
			'kubectl -n payments scale deploy payments-secondary --replicas=6',
			'kubectl scale deployments.apps/payments-secondary --namespace=payments --replicas=6',
			'kubectl scale deploy/payments-secondary --replicas=6'
		])
			expect([b, sameCommand(a, b, HERE)]).toEqual([b, true]);
	});

	it('tells apart other values, objects, namespaces and assignments', () => {
		const a = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';
		for (const b of [
			'kubectl scale deploy/payments-secondary -n payments --replicas=2',
			'kubectl scale deploy/payments-primary -n payments --replicas=6',
			'kubectl scale deploy/payments-secondary -n default --replicas=6'
		])
			expect([b, sameCommand(a, b, HERE)]).toEqual([b, false]);
		expect(
			sameCommand(
				'kubectl set image deploy/payments-api api=repo/payments-api:v2.4.0 -n payments',
				'kubectl set image deploy/payments-api api=repo/payments-api:v2.4.1 -n payments',
				HERE
			)
		).toBe(false);
	});

	it('gives no key to a line that is not shell', () => {
		expect(commandKey("kubectl get pods -l 'app=x", HERE)).toBeUndefined();
		expect(oneOf("kubectl get pods -l 'app=x", ["kubectl get pods -l 'app=x"], HERE)).toBe(false);
	});
});
