import { describe, expect, it } from 'vitest';
import { recordEvent } from '../../cluster/events';
import { ClusterTx } from '../../cluster/store';
import { clusterOf, withCluster } from '../../cluster/world';
import { fixtureWorld, NOW, POD_OK } from '../describe/fixtures';
import { runKubectl } from '../run';

const world = fixtureWorld();
const kubectl = (...args: string[]) => runKubectl(world, ['events', ...args], NOW);

const PULLED = 'Container image "registry.example.com/payments:1.42.0" already present on machine';
const BACKOFF =
	'Back-off restarting failed container payments in pod payments-primary-7d4b9c8f6-fghij_payments(uid)';

describe('kubectl events', () => {
	it('lists the namespace events oldest first, repeats as (xN over …)', () => {
		expect(kubectl().stdout).toBe(
			'LAST SEEN            TYPE      REASON    OBJECT                                 MESSAGE\n' +
				`120m                 Normal    Pulled    Pod/payments-primary-7d4b9c8f6-fghij   ${PULLED}\n` +
				`2m (x22 over 120m)   Warning   BackOff   Pod/payments-primary-7d4b9c8f6-fghij   ${BACKOFF}\n`
		);
	});

	it('adds NAMESPACE with -A and filters with --types and --for', () => {
		expect(kubectl('-A', '--types=warning', '--no-headers').stdout).toBe(
			`payments   2m (x22 over 120m)   Warning   BackOff   Pod/payments-primary-7d4b9c8f6-fghij   ${BACKOFF}\n`
		);
		expect(kubectl('--for', 'po/payments-primary-7d4b9c8f6-abcde')).toMatchObject({
			stdout: '',
			stderr: 'No events found in payments namespace.\n',
			exitCode: 0
		});
		expect(kubectl('-n', 'kube-system', '-A', '--types=Normal', '--for=deploy/x').stderr).toBe(
			'No events found.\n'
		);
	});

	it('prints machine formats', () => {
		expect(kubectl('-o', 'name').stdout).toBe(
			'event/payments-primary-7d4b9c8f6-fghij.2\nevent/payments-primary-7d4b9c8f6-fghij.1\n'
		);
		expect(kubectl('-o', 'jsonpath={.kind} {.items[*].reason}').stdout).toBe(
			'EventList Pulled BackOff'
		);
	});

	it('refuses what kubectl refuses', () => {
		expect(kubectl('--types=Foo')).toMatchObject({
			stderr: 'error: valid --types are Normal or Warning\n',
			exitCode: 1,
			rejected: true
		});
		expect(kubectl('--for', 'pod').stderr).toBe('error: --for must be in resource/name form\n');
		expect(kubectl('-o', 'wide').stderr).toBe(
			'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n'
		);
		expect(kubectl('--for', 'foo/x')).toMatchObject({
			stderr: 'error: the server doesn\'t have a resource type "foo"\n',
			rejected: false
		});
	});

	it('-w prints the current events, then new and updated ones, each line flushed alone', () => {
		const r = kubectl('-w');
		expect(r.stdout).toBe(
			'LAST SEEN            TYPE      REASON    OBJECT                                 MESSAGE\n' +
				`2m (x22 over 120m)   Warning   BackOff   Pod/payments-primary-7d4b9c8f6-fghij   ${BACKOFF}\n` +
				`120m   Normal   Pulled   Pod/payments-primary-7d4b9c8f6-fghij   ${PULLED}\n`
		);
		const tx = new ClusterTx(clusterOf(world, world.currentContext)!);
		recordEvent(tx, {
			involved: POD_OK,
			type: 'Normal',
			reason: 'Killing',
			message: 'Stopping container payments',
			source: 'kubelet',
			now: NOW + 5000
		});
		const later = withCluster(world, tx.commit());
		expect(r.follow!.poll(later, NOW + 6000)).toEqual({
			stdout:
				'1s    Normal   Killing   Pod/payments-primary-7d4b9c8f6-abcde   Stopping container payments\n',
			stderr: ''
		});
		expect(r.follow!.poll(later, NOW + 9000)).toEqual({ stdout: '', stderr: '' });
	});
});
