import { describe, expect, it } from 'vitest';
import { advanceWorld } from '../../cluster/advance';
import type { World } from '../../cluster/types';
import { runKubectl } from '../run';
import { makeWorld, read, T0 } from './test-fixture';

const DEPRECATED = 'Flag --record has been deprecated, --record will be removed in the future\n';
const cause = (w: World) =>
	read(w, 'deployments.apps', 'payments', 'payments-primary')?.metadata.annotations?.[
		'kubernetes.io/change-cause'
	];

describe('--record', () => {
	it('stamps the change-cause as kubectl rebuilds the command line, and warns', () => {
		const argv = [
			'scale',
			'deploy',
			'payments-primary',
			'--replicas=3',
			'-n',
			'payments',
			'--record'
		];
		const out = runKubectl(makeWorld(), argv, T0);
		expect([out.stdout, out.stderr, out.exitCode]).toEqual([
			'deployment.apps/payments-primary scaled\n',
			DEPRECATED,
			0
		]);
		expect(cause(out.world)).toBe(
			'kubectl scale deploy payments-primary --replicas=3 --namespace=payments --record=true'
		);
	});

	it('records nothing with --record=false, and nothing without it', () => {
		const off = runKubectl(
			makeWorld(),
			['scale', 'deploy/payments-primary', '--replicas=2', '-n', 'payments', '--record=false'],
			T0
		);
		expect([off.stderr, cause(off.world)]).toEqual([DEPRECATED, undefined]);
		const none = runKubectl(
			makeWorld(),
			['scale', 'deploy/payments-primary', '--replicas=2', '-n', 'payments'],
			T0
		);
		expect([none.stderr, cause(none.world)]).toEqual(['', undefined]);
	});

	it('shows in rollout history once set image --record rolled out', () => {
		const argv = [
			'set',
			'image',
			'deploy/payments-primary',
			'payments=registry.internal/payments:1.42.1',
			'-n',
			'payments',
			'--record'
		];
		const set = runKubectl(makeWorld(), argv, T0);
		expect(set.stdout).toBe('deployment.apps/payments-primary image updated\n');
		const later = advanceWorld(set.world, T0, T0 + 60_000);
		const history = runKubectl(
			later,
			['rollout', 'history', 'deploy/payments-primary', '-n', 'payments'],
			T0 + 60_000
		);
		expect(history.stdout).toBe(
			'deployment.apps/payments-primary \n' +
				'REVISION  CHANGE-CAUSE\n' +
				'1         <none>\n' +
				'2         kubectl set image deploy/payments-primary payments=registry.internal/payments:1.42.1 --namespace=payments --record=true\n\n'
		);
	});

	it('is taken by label, annotate and patch, and hidden from their help', () => {
		const label = runKubectl(
			makeWorld(),
			['label', 'deploy/payments-primary', 'tier=web', '-n', 'payments', '--record'],
			T0
		);
		expect(cause(label.world)).toBe(
			'kubectl label deploy/payments-primary tier=web --namespace=payments --record=true'
		);
		const patch = runKubectl(
			makeWorld(),
			[
				'patch',
				'deploy/payments-primary',
				'-n',
				'payments',
				'-p',
				'{"spec":{"replicas":4}}',
				'--record'
			],
			T0
		);
		expect(cause(patch.world)).toBe(
			`kubectl patch deploy/payments-primary --namespace=payments --patch={"spec":{"replicas":4}} --record=true`
		);
		const annotate = runKubectl(
			makeWorld(),
			['annotate', 'deploy/payments-primary', 'a=b', '-n', 'payments', '--record'],
			T0
		);
		expect(annotate.exitCode).toBe(0);
		for (const verb of ['scale', 'label', 'annotate', 'patch', 'create'])
			expect(runKubectl(makeWorld(), [verb, '--help'], T0).stdout).not.toContain('--record');
	});

	it('is refused where kubectl has no such flag', () => {
		expect(runKubectl(makeWorld(), ['rollout', 'restart', 'deploy/x', '--record'], T0).stderr).toBe(
			"error: unknown flag: --record\nSee 'kubectl rollout restart --help' for usage.\n"
		);
	});
});
