import { describe, expect, it } from 'vitest';
import { advanceWorld } from '../../cluster/advance';
import { BUILTIN_CLUSTERS } from '../../cluster/builtin';
import type { World } from '../../cluster/types';
import { deleteVerb } from './delete';
import { baseObjects, makeWorld, pod, read, runVerb, T0 } from '../mutate/test-fixture';

const run = (argv: string[], world: World = makeWorld(), now = T0) =>
	runVerb(deleteVerb, ['delete'], argv, world, now);
const POD = 'payments-primary-7d9c8b6f5-abcde';

describe('kubectl delete', () => {
	it('marks a pod for graceful deletion and waits for it to go', () => {
		const out = run(['pod', POD, '-n', 'payments']);
		expect(out).toMatchObject({
			stdout: `pod "${POD}" deleted\n`,
			stderr: '',
			exitCode: 0,
			mutating: true,
			resources: [`pod/${POD}`]
		});
		expect(read(out.world!, 'pods', 'payments', POD)!.metadata).toMatchObject({
			deletionTimestamp: '2025-03-01T12:00:30Z',
			deletionGracePeriodSeconds: 30
		});
		expect(out.follow!.poll(out.world!, T0 + 1000)).toEqual({ stdout: '', stderr: '' });
		expect(run(['pod', POD, '-n', 'payments', '--wait=false']).follow).toBeUndefined();
	});

	it('finishes waiting once the kubelet has terminated the pod', { timeout: 60_000 }, () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const pods = Object.values(world.clusters)[0].objects.get('pods')!.get('payments')!;
		const name = [...pods.keys()].find((n) => n.startsWith('payments-primary-'))!;
		const out = run([`pod/${name}`, '-n', 'payments'], world, now);
		expect(out.stdout).toBe(`pod "${name}" deleted\n`);
		const later = advanceWorld(out.world!, now, now + 40_000);
		expect(read(later, 'pods', 'payments', name)).toBeUndefined();
		expect(out.follow!.poll(later, now + 40_000)).toEqual({ stdout: '', stderr: '', exitCode: 0 });
	});

	it("force-deletes at once, with kubectl's warning", () => {
		const out = run(['pod', POD, '-n', 'payments', '--force']);
		expect(out).toMatchObject({
			stdout: `pod "${POD}" force deleted\n`,
			stderr:
				'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
			exitCode: 0
		});
		expect(read(out.world!, 'pods', 'payments', POD)).toBeUndefined();
		expect(out.follow).toBeUndefined();
	});

	it('deletes by selector and reports none found', () => {
		const out = run([
			'pods',
			'-l',
			'pool=primary',
			'-n',
			'payments',
			'--grace-period=0',
			'--force'
		]);
		expect(out.stdout.split('\n').filter(Boolean)).toHaveLength(3);
		expect(run(['pods', '-l', 'app=nothing', '-n', 'payments'])).toMatchObject({
			stdout: 'No resources found\n',
			exitCode: 0
		});
		expect(run(['deploy', '--all', '-n', 'payments', '-o', 'name']).stdout).toBe(
			'deployment.apps/payments-primary\n'
		);
	});

	it('deletes a deployment (the garbage collector takes the rest) or orphans its dependents', () => {
		const out = run(['deployment/payments-primary', '-n', 'payments']);
		expect(out.stdout).toBe('deployment.apps "payments-primary" deleted\n');
		expect(read(out.world!, 'deployments.apps', 'payments', 'payments-primary')).toBeUndefined();
		const orphan = run(['deployment/payments-primary', '-n', 'payments', '--cascade=orphan']);
		expect(
			read(orphan.world!, 'replicasets.apps', 'payments', 'payments-primary-7d9c8b6f5')!.metadata
				.ownerReferences
		).toBeUndefined();
	});

	it('leaves a namespace Terminating while the controllers empty it, then it is gone', () => {
		const out = run(['namespace', 'payments', '--wait=false']);
		expect(out.stdout).toBe('namespace "payments" deleted\n');
		const terminating = read(out.world!, 'namespaces', '', 'payments')!;
		expect(terminating.status.phase).toBe('Terminating');
		expect(terminating.metadata.deletionTimestamp).toBe('2025-03-01T12:00:00Z');
		const emptying = advanceWorld(out.world!, T0, T0 + 1000);
		expect(read(emptying, 'deployments.apps', 'payments', 'payments-primary')).toBeUndefined();
		const later = advanceWorld(emptying, T0 + 1000, T0 + 60_000);
		expect(read(later, 'pods', 'payments', POD)).toBeUndefined();
		expect(read(later, 'namespaces', '', 'payments')).toBeUndefined();
	});

	it('changes nothing in a dry run', () => {
		const out = run(['pod', POD, '-n', 'payments', '--dry-run=server']);
		expect(out).toEqual({
			stdout: `pod "${POD}" deleted (server dry run)\n`,
			stderr: '',
			exitCode: 0,
			resources: [`pod/${POD}`],
			mutating: false
		});
	});

	it('reports NotFound unless told to ignore it', () => {
		expect(run(['pod', 'nope', '-n', 'payments'])).toMatchObject({
			stdout: '',
			stderr: 'Error from server (NotFound): pods "nope" not found\n',
			exitCode: 1
		});
		expect(run(['pod', 'nope', '-n', 'payments', '--ignore-not-found'])).toMatchObject({
			stdout: '',
			stderr: '',
			exitCode: 0
		});
	});

	it('rejects what kubectl rejects', () => {
		expect(run([]).stderr).toBe(
			"error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"
		);
		expect(run(['pods']).stderr).toBe(
			'error: resource(s) were provided, but no name was specified\n'
		);
		expect(run(['pods', '--all', '-l', 'a=b']).stderr).toBe(
			"error: setting 'all' parameter but found a non empty selector. \n"
		);
		expect(run(['pod', 'x', '--now', '--grace-period=5']).stderr).toBe(
			'error: --now and --grace-period cannot be specified together\n'
		);
		expect(run(['pod', 'x', '--cascade=bad']).stderr).toBe(
			'error: invalid cascade value (bad). Must be "background", "foreground", or "orphan"\n'
		);
	});

	it('selects by --field-selector and only prints -o name', () => {
		const w = makeWorld([
			...baseObjects(),
			{ ...pod('failed-1', 'node-a'), status: { phase: 'Failed' } }
		]);
		const out = run(['pods', '--field-selector=status.phase=Failed', '-n', 'payments'], w);
		expect(out.stdout).toBe('pod "failed-1" deleted\n');
		expect(run(['pod', POD, '-n', 'payments', '-o', 'yaml'])).toMatchObject({
			stderr: "error: unexpected -o output mode: yaml. We only support '-o name'\n",
			rejected: true
		});
		expect(run(['-f', 'manifest.yaml']).stderr).toBe(
			'error: the path "manifest.yaml" does not exist\n'
		);
	});
});
