import { describe, expect, it } from 'vitest';
import { advanceWorld } from '../../cluster/advance';
import { BUILTIN_CLUSTERS } from '../../cluster/builtin';
import type { World } from '../../cluster/types';
import { drainVerb as drain } from './drain';
import { baseObjects, makeWorld, pod, read, runVerb, T0 } from '../mutate/test-fixture';

const run = (argv: string[], world: World, now = T0) => runVerb(drain, ['drain'], argv, world, now);

/** node-a carries a payments pod, a DaemonSet pod, a bare pod and an emptyDir pod. */
function crowded(): World {
	return makeWorld([
		...baseObjects(),
		pod('kube-proxy-x1', 'node-a', { kind: 'DaemonSet', name: 'kube-proxy' }, {}, 'kube-system'),
		pod('debug', 'node-a'),
		pod(
			'cache-0',
			'node-a',
			{ kind: 'StatefulSet', name: 'cache' },
			{ volumes: [{ name: 'tmp', emptyDir: {} }] }
		)
	]);
}

describe('kubectl drain', () => {
	it("cordons, then refuses with kubectl's multi-line error", () => {
		const out = run(['node-a'], crowded());
		expect(out.stdout).toBe('node/node-a cordoned\n');
		expect(out.stderr).toBe(
			'error: unable to drain node "node-a" due to error: [cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kube-proxy-x1, cannot delete Pods with local storage (use --delete-emptydir-data to override): payments/cache-0, cannot delete Pods that declare no controller (use --force to override): payments/debug], continuing command...\n' +
				'There are pending nodes to be drained:\n node-a\n' +
				'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): kube-system/kube-proxy-x1\n' +
				'cannot delete Pods with local storage (use --delete-emptydir-data to override): payments/cache-0\n' +
				'cannot delete Pods that declare no controller (use --force to override): payments/debug\n'
		);
		expect(out.exitCode).toBe(1);
		expect(read(out.world!, 'nodes', '', 'node-a')!.spec.unschedulable).toBe(true);
	});

	it('names a single refusal with error: and proceeds with the flags that allow it', () => {
		const one = run(['node-a', '--ignore-daemonsets', '--delete-emptydir-data'], crowded());
		expect(one.stderr.split('\n').slice(-2)).toEqual([
			'error: cannot delete Pods that declare no controller (use --force to override): payments/debug',
			''
		]);
		const out = run(
			['node-a', '--ignore-daemonsets', '--delete-emptydir-data', '--force'],
			crowded()
		);
		expect(out.stdout).toBe(
			'node/node-a cordoned\nevicting pod payments/cache-0\nevicting pod payments/debug\nevicting pod payments/payments-primary-7d9c8b6f5-abcde\n'
		);
		expect(out.stderr).toBe(
			'Warning: deleting Pods that declare no controller: payments/debug; deleting Pods with local storage: payments/cache-0; ignoring DaemonSet-managed Pods: kube-system/kube-proxy-x1\n'
		);
		expect(read(out.world!, 'pods', 'payments', 'debug')!.metadata.deletionTimestamp).toBe(
			'2025-03-01T12:00:30Z'
		);
		const gone = makeWorld([
			...baseObjects().filter((o) => o.metadata.name !== 'payments-primary-7d9c8b6f5-abcde'),
			pod('kube-proxy-x1', 'node-a', { kind: 'DaemonSet', name: 'kube-proxy' }, {}, 'kube-system')
		]);
		expect(out.follow!.poll(gone, T0 + 30_000).stdout).toBe(
			'pod/cache-0 evicted\npod/debug evicted\npod/payments-primary-7d9c8b6f5-abcde evicted\nnode/node-a drained\n'
		);
	});

	it('changes nothing in a dry run', () => {
		const out = run(['node-b', '--dry-run=client'], makeWorld());
		expect(out).toMatchObject({
			stdout:
				'node/node-b cordoned (dry run)\npod/payments-primary-7d9c8b6f5-fghij evicted (dry run)\nnode/node-b drained (dry run)\n',
			stderr: '',
			exitCode: 0,
			mutating: false
		});
		expect(out.world).toBeUndefined();
	});

	it('gives the USAGE error and NotFound', () => {
		expect(run([], makeWorld())).toMatchObject({
			stderr: "error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n",
			rejected: true
		});
		expect(run(['nope'], makeWorld()).stderr).toBe(
			'Error from server (NotFound): nodes "nope" not found\n'
		);
	});

	it(
		'retries a PDB-blocked eviction every 5s and proceeds once pods are ready elsewhere',
		{ timeout: 120_000 },
		() => {
			const { now, world: start } = BUILTIN_CLUSTERS.payments();
			let world = start;
			const perNode = new Map<string, number>();
			for (const p of Object.values(world.clusters)[0]
				.objects.get('pods')!
				.get('payments')!
				.values())
				if (p.metadata.labels?.app === 'payments' && p.metadata.labels?.pool)
					perNode.set(p.spec.nodeName, (perNode.get(p.spec.nodeName) ?? 0) + 1);
			const node = [...perNode].find(([, n]) => n >= 2)![0];
			const out = run(
				[node, '--ignore-daemonsets', '--delete-emptydir-data', '--timeout=5m'],
				world,
				now
			);
			expect(out.stderr).toMatch(
				/error when evicting pods\/"payments-[a-z]+-[a-z0-9]+-[a-z0-9]+" -n "payments" \(will retry after 5s\): Cannot evict pod as it would violate the pod's disruption budget\.\n$/
			);
			const follow = out.follow!;
			world = out.world!;
			let text = '';
			let exit: number | undefined;
			for (let t = now + 1000; t <= now + 120_000 && exit === undefined; t += 1000) {
				world = advanceWorld(world, t - 1000, t);
				const p = follow.poll(world, t);
				world = p.world ?? world;
				text += p.stdout + p.stderr;
				exit = p.exitCode;
			}
			expect(exit).toBe(0);
			expect(text).toMatch(/evicting pod payments\/payments-/);
			expect(text.endsWith(`node/${node} drained\n`)).toBe(true);
			const left = [
				...Object.values(world.clusters)[0].objects.get('pods')!.get('payments')!.values()
			].filter((p) => p.spec.nodeName === node && !p.metadata.deletionTimestamp);
			expect(left).toEqual([]);
		}
	);

	it("gives up at --timeout with kubectl's report", () => {
		const w = makeWorld([
			...baseObjects(),
			{
				apiVersion: 'policy/v1',
				kind: 'PodDisruptionBudget',
				metadata: {
					name: 'pdb',
					namespace: 'payments',
					uid: 'u',
					resourceVersion: '1',
					creationTimestamp: '2025-03-01T11:00:00Z'
				},
				spec: { maxUnavailable: 0, selector: { matchLabels: { app: 'payments' } } }
			}
		]);
		const out = run(['node-a', '--timeout=10s'], w);
		expect(out.stderr).toBe(
			'error when evicting pods/"payments-primary-7d9c8b6f5-abcde" -n "payments" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.\n'
		);
		const follow = out.follow!;
		expect(follow.poll(out.world!, T0 + 5000).stdout).toBe(
			'evicting pod payments/payments-primary-7d9c8b6f5-abcde\n'
		);
		expect(follow.poll(out.world!, T0 + 10_000)).toEqual({
			stdout: 'evicting pod payments/payments-primary-7d9c8b6f5-abcde\n',
			stderr:
				'error when evicting pods/"payments-primary-7d9c8b6f5-abcde" -n "payments" (will retry after 5s): Cannot evict pod as it would violate the pod\'s disruption budget.\n' +
				'error: unable to drain node "node-a" due to error: error when evicting pods/"payments-primary-7d9c8b6f5-abcde" -n "payments": global timeout reached: 10s, continuing command...\n' +
				'There are pending nodes to be drained:\n node-a\n' +
				'error: error when evicting pods/"payments-primary-7d9c8b6f5-abcde" -n "payments": global timeout reached: 10s\n',
			exitCode: 1
		});
	});

	it('evicts only --pod-selector pods, with --grace-period', () => {
		const other = pod('other', 'node-b', { kind: 'ReplicaSet', name: 'o' });
		other.metadata.labels = { app: 'other' };
		const w = makeWorld([...baseObjects(), other]);
		const out = run(['node-b', '--pod-selector=app=other', '--grace-period=5'], w);
		expect(out.stdout).toBe('node/node-b cordoned\nevicting pod payments/other\n');
		expect(read(out.world!, 'pods', 'payments', 'other')!.metadata.deletionTimestamp).toBe(
			'2025-03-01T12:00:05Z'
		);
		expect(
			read(out.world!, 'pods', 'payments', 'payments-primary-7d9c8b6f5-fghij')!.metadata
				.deletionTimestamp
		).toBeUndefined();
	});
});
