import { describe, expect, it } from 'vitest';
import { advanceWorld } from '../../cluster/advance';
import { BUILTIN_CLUSTERS } from '../../cluster/builtin';
import { runKubectl } from '../run';

describe('rollout history for StatefulSets and DaemonSets', () => {
	it('prints the REVISION / CHANGE-CAUSE table and the live template', () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const k = (line: string) => runKubectl(world, line.split(' '), now);
		expect(k('rollout history sts/payments-ledger -n payments')).toMatchObject({
			stdout: 'statefulset.apps/payments-ledger \nREVISION  CHANGE-CAUSE\n1         <none>\n\n',
			stderr: '',
			exitCode: 0
		});
		expect(k('rollout history ds/kube-proxy -n kube-system').stdout).toBe(
			'daemonset.apps/kube-proxy \nREVISION  CHANGE-CAUSE\n1         <none>\n\n'
		);
		const one = k('rollout history sts/payments-ledger -n payments --revision=1').stdout;
		expect(
			one.startsWith('statefulset.apps/payments-ledger with revision #1\nPod Template:\n')
		).toBe(true);
		expect(k('rollout history sts/payments-ledger -n payments --revision=2')).toMatchObject({
			stderr: 'error: unable to find the specified revision\n',
			exitCode: 1
		});
	});

	it('shows the old and the new revision while a StatefulSet rolls out', () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const set = runKubectl(
			world,
			[
				'set',
				'image',
				'sts/payments-ledger',
				'ledger=repo/ledger:v2',
				'-n',
				'payments',
				'--record'
			],
			now
		);
		const w = advanceWorld(set.world, now, now + 2000);
		const history = runKubectl(
			w,
			['rollout', 'history', 'sts/payments-ledger', '-n', 'payments'],
			now + 2000
		);
		expect(history.stdout).toBe(
			'statefulset.apps/payments-ledger \nREVISION  CHANGE-CAUSE\n1         <none>\n2         kubectl set image sts/payments-ledger ledger=repo/ledger:v2 --namespace=payments --record=true\n\n'
		);
	});
});
