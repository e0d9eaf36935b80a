import { describe, expect, it } from 'vitest';
import { advanceWorld } from '../../cluster/advance';
import { paymentsWorld } from '../../cluster/builtin/payments';
import { ClusterTx } from '../../cluster/store';
import type { World } from '../../cluster/types';
import { clusterOf, withCluster } from '../../cluster/world';
import { fixtureWorld, NOW } from '../describe/fixtures';
import { runKubectl } from '../run';
import { parseCondition } from './wait';

const kubectl = (args: string[], world: World = fixtureWorld(), now = NOW) =>
	runKubectl(world, args, now);

/** The built-in world with payments-api scaled up by one, not yet reconciled. */
function scaledUp(): { world: World; now: number; want: number } {
	const { world, now } = paymentsWorld();
	const tx = new ClusterTx(clusterOf(world, world.currentContext)!);
	const d = tx.get('deployments.apps', 'payments', 'payments-api')!;
	const want = d.spec.replicas + 1;
	tx.put({
		...d,
		metadata: { ...d.metadata, generation: (d.metadata.generation ?? 1) + 1 },
		spec: { ...d.spec, replicas: want }
	});
	return { world: withCluster(world, tx.commit()), now, want };
}

describe('kubectl wait', () => {
	it('answers at once when the condition already holds', () => {
		const r = kubectl(['wait', '--for=condition=Available', 'deploy/payments-primary']);
		expect([r.stdout, r.stderr, r.exitCode, r.follow]).toEqual([
			'deployment.apps/payments-primary condition met\n',
			'',
			0,
			undefined
		]);
		const phase = kubectl([
			'wait',
			'--for=jsonpath={.status.phase}=Running',
			'pod/payments-primary-7d4b9c8f6-abcde'
		]);
		expect(phase.stdout).toBe('pod/payments-primary-7d4b9c8f6-abcde condition met\n');
		const notReady = kubectl([
			'wait',
			'--for=condition=ready=FALSE',
			'pod/payments-primary-7d4b9c8f6-fghij'
		]);
		expect(notReady.stdout).toBe('pod/payments-primary-7d4b9c8f6-fghij condition met\n');
	});

	it('waits on every selected object with -l or --all', () => {
		const r = kubectl([
			'wait',
			'--for=condition=Ready',
			'pods',
			'-l',
			'app=payments',
			'--timeout=0'
		]);
		expect([r.stdout, r.stderr, r.exitCode]).toEqual([
			'pod/payments-primary-7d4b9c8f6-abcde condition met\n',
			'error: timed out waiting for the condition on pods/payments-primary-7d4b9c8f6-fghij\n',
			1
		]);
	});

	it('is satisfied once virtual time moves the world', () => {
		const { world, now, want } = scaledUp();
		const r = kubectl(
			[
				'wait',
				'-n',
				'payments',
				`--for=jsonpath={.status.readyReplicas}=${want}`,
				'deploy/payments-api'
			],
			world,
			now
		);
		expect([r.stdout, r.exitCode, r.follow?.deadline]).toEqual(['', 0, now + 30_000]);
		let current = world;
		const polls: { stdout: string; exitCode?: number }[] = [];
		for (let t = 1; t <= 20 && polls.at(-1)?.exitCode === undefined; t++) {
			current = advanceWorld(current, now + (t - 1) * 1000, now + t * 1000);
			const p = r.follow!.poll(current, now + t * 1000);
			polls.push({
				stdout: p.stdout,
				...(p.exitCode !== undefined ? { exitCode: p.exitCode } : {})
			});
		}
		expect(polls.at(-1)).toEqual({
			stdout: 'deployment.apps/payments-api condition met\n',
			exitCode: 0
		});
		expect(polls.slice(0, -1).every((p) => p.stdout === '' && p.exitCode === undefined)).toBe(true);
	});

	it("times out at the deadline with kubectl's error", () => {
		const r = kubectl([
			'wait',
			'--for=delete',
			'pod/payments-primary-7d4b9c8f6-abcde',
			'--timeout=10s'
		]);
		expect(r.follow?.deadline).toBe(NOW + 10_000);
		expect(r.follow!.poll(fixtureWorld(), NOW + 5000)).toEqual({ stdout: '', stderr: '' });
		expect(r.follow!.poll(fixtureWorld(), NOW + 10_000)).toEqual({
			stdout: '',
			stderr:
				'error: timed out waiting for the condition on pods/payments-primary-7d4b9c8f6-abcde\n',
			exitCode: 1
		});
	});

	it('sees a deletion and a creation', () => {
		const world = fixtureWorld();
		const r = kubectl(['wait', '--for=delete', 'pod/payments-primary-7d4b9c8f6-abcde'], world);
		const tx = new ClusterTx(clusterOf(world, world.currentContext)!);
		tx.delete('pods', 'payments', 'payments-primary-7d4b9c8f6-abcde');
		const gone = withCluster(world, tx.commit());
		expect(r.follow!.poll(gone, NOW + 1000)).toEqual({
			stdout: 'pod/payments-primary-7d4b9c8f6-abcde condition met\n',
			stderr: '',
			exitCode: 0
		});
		const c = kubectl(['wait', '--for=create', 'pod/payments-primary-7d4b9c8f6-abcde'], gone);
		expect(c.follow!.poll(world, NOW + 1000).stdout).toBe(
			'pod/payments-primary-7d4b9c8f6-abcde condition met\n'
		);
	});

	it('reports missing objects and bad command lines as kubectl does', () => {
		expect(kubectl(['wait', '--for=condition=Ready', 'pod/nope'])).toMatchObject({
			stderr: 'Error from server (NotFound): pods "nope" not found\n',
			exitCode: 1,
			rejected: false
		});
		expect(kubectl(['wait', 'pod/x'])).toMatchObject({
			stderr: 'error: unrecognized condition: ""\n',
			rejected: true
		});
		expect(kubectl(['wait', '--for=condition=Ready', 'pods']).stderr).toBe(
			'error: resource(s) were provided, but no name was specified\n'
		);
		expect(kubectl(['wait', '--for=condition=Ready']).stderr).toBe(
			"error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"
		);
		expect(kubectl(['wait', '--for=jsonpath={.status.phase}=Running=x', 'pod/x']).stderr).toBe(
			"error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'\n"
		);
	});

	it('parses --for forms', () => {
		expect(parseCondition('condition=Ready=false')).toEqual({
			kind: 'condition',
			name: 'Ready',
			status: 'false'
		});
		expect(parseCondition('Delete')).toEqual({ kind: 'delete' });
		expect(parseCondition('foo')).toBe('unrecognized condition: "foo"');
		expect(parseCondition('jsonpath={.status.phase')).toBe(
			"unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'"
		);
	});
});
