import { describe, expect, it } from 'vitest';
import { sameCommand } from './same-command';
import type { CommandRecord } from './schema';

function rec(command: string, namespace = 'payments', context = 'prod-us-east-1'): CommandRecord {
	return {
		command,
		context,
		namespace,
		verb: '',
		resources: [],
		mutating: false,
		exitCode: 0,
		output: ''
	};
}

const SCALE = 'kubectl scale deploy/payments-secondary -n payments --replicas=6';

describe('sameCommand', () => {
	it.each([
		'kubectl scale deploy/payments-secondary -n payments --replicas=6',
		'k scale deploy/payments-secondary -n payments --replicas=6',
		'kubectl -n payments scale deploy payments-secondary --replicas=6',
		'kubectl scale --replicas 6 deployment/payments-secondary --namespace=payments',
		'kubectl scale deployments.apps/payments-secondary -n payments --replicas=6',
		// kubectl resolved the namespace from the context: the same place as `-n payments`.
		'kubectl scale deploy/payments-secondary --replicas=6'
	])('%s is the drafted scale', (command) => {
		expect(sameCommand(rec(command), SCALE)).toBe(true);
	});

	it.each([
		['another replica count', 'kubectl scale deploy/payments-secondary -n payments --replicas=8'],
		['another object', 'kubectl scale deploy/payments-primary -n payments --replicas=6'],
		['another verb', 'kubectl rollout restart deploy/payments-secondary -n payments'],
		['a flag more', `${SCALE} --current-replicas=2`]
	])('%s is not the drafted scale', (_what, command) => {
		expect(sameCommand(rec(command), SCALE)).toBe(false);
	});

	it('the namespace kubectl resolved must be the one the draft gives', () => {
		expect(
			sameCommand(rec('kubectl scale deploy/payments-secondary --replicas=6', 'default'), SCALE)
		).toBe(false);
	});

	it('the context counts only when the draft gives one', () => {
		const drafted = 'kubectl --context prod-eu-west-1 get pods -n payments';
		expect(
			sameCommand(rec('kubectl get pods -n payments', 'payments', 'prod-eu-west-1'), drafted)
		).toBe(true);
		expect(sameCommand(rec('kubectl get pods -n payments'), drafted)).toBe(false);
		expect(
			sameCommand(
				rec('kubectl get pods -n payments', 'payments', 'prod-eu-west-1'),
				'kubectl get pods -n payments'
			)
		).toBe(true);
	});

	it('the output format is part of the command', () => {
		const drafted = 'kubectl get deploy/payments-secondary -n payments -o wide';
		expect(sameCommand(rec('kubectl get deployment payments-secondary -o wide'), drafted)).toBe(
			true
		);
		expect(sameCommand(rec('kubectl get deployment payments-secondary'), drafted)).toBe(false);
	});

	it('names and label arguments compare as sets', () => {
		const drafted = 'kubectl get deploy/payments-primary deployment/payments-secondary -n payments';
		expect(
			sameCommand(
				rec('kubectl get deploy payments-secondary payments-primary -n payments'),
				drafted
			)
		).toBe(true);
		const label =
			'kubectl label pod payments-primary-57695ffb65-qw9ff -n payments quarantine=true team=payments';
		expect(
			sameCommand(
				rec('kubectl label pod payments-primary-57695ffb65-qw9ff team=payments quarantine=true'),
				label
			)
		).toBe(true);
		expect(
			sameCommand(
				rec('kubectl label pod payments-primary-57695ffb65-qw9ff quarantine=false team=payments'),
				label
			)
		).toBe(false);
	});

	it('any kubectl command of a drafted chain or pipe is that line', () => {
		const chain =
			'kubectl get pods -n payments -l pool=primary -o wide && kubectl get deployment/payments-secondary -n payments -o wide';
		expect(sameCommand(rec('kubectl get pods -l pool=primary -o wide'), chain)).toBe(true);
		expect(sameCommand(rec('kubectl get deploy/payments-secondary -o wide'), chain)).toBe(true);
		const piped = 'kubectl logs -n payments -l pool=primary --tail=50 | grep HikariPool';
		expect(sameCommand(rec('kubectl logs -l pool=primary --tail=50 -n payments'), piped)).toBe(
			true
		);
	});

	it('an empty or non-kubectl line matches nothing', () => {
		expect(sameCommand(rec(SCALE), '')).toBe(false);
		expect(sameCommand(rec(SCALE), 'echo kubectl scale')).toBe(false);
		expect(sameCommand(rec('kubectl nonsense'), 'kubectl nonsense')).toBe(false);
	});
});
