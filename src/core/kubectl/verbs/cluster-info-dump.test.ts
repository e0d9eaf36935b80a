import { describe, expect, it } from 'vitest';
import { makeWorld, namespace, node, T0 } from '../mutate/test-fixture';
import { runKubectl } from '../run';

const run = (world: ReturnType<typeof makeWorld>, ...argv: string[]) => {
	const r = runKubectl(world, ['cluster-info', 'dump', ...argv], T0);
	return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, rejected: r.rejected };
};
const empty = (kind: string, apiVersion = 'v1') =>
	`---\napiVersion: ${apiVersion}\nitems: []\nkind: ${kind}\nmetadata:\n  resourceVersion: "1002"\n`;

describe('kubectl cluster-info dump', () => {
	it('dumps the nodes, then each namespace list by list, as YAML documents', () => {
		const world = makeWorld([namespace('payments'), node('node-a')]);
		expect(run(world, '--namespaces', 'payments', '-o', 'yaml')).toEqual({
			stdout:
				`apiVersion: v1
items:
- metadata:
    creationTimestamp: "2025-03-01T11:00:00Z"
    labels:
      kubernetes.io/hostname: node-a
    name: node-a
    resourceVersion: "1002"
    uid: uid--node-a
  spec: {}
  status:
    addresses: []
    allocatable: {}
    capacity: {}
    conditions: []
    nodeInfo: {}
kind: NodeList
metadata:
  resourceVersion: "1002"
` +
				empty('EventList') +
				empty('ReplicationControllerList') +
				empty('ServiceList') +
				empty('DaemonSetList', 'apps/v1') +
				empty('DeploymentList', 'apps/v1') +
				empty('ReplicaSetList', 'apps/v1') +
				empty('PodList') +
				'Cluster info dumped to standard output\n',
			stderr: '',
			exitCode: 0,
			rejected: false
		});
	});

	it('writes JSON lists by default, kube-system and the current namespace, then container logs', () => {
		const out = run(makeWorld()).stdout;
		const kinds = [...out.matchAll(/^ {4}"kind": "(\w+)"/gm)].map((m) => m[1]);
		const sections = ['EventList', 'ReplicationControllerList', 'ServiceList', 'DaemonSetList'];
		const rest = ['DeploymentList', 'ReplicaSetList', 'PodList'];
		expect(kinds).toEqual(['NodeList', ...sections, ...rest, ...sections, ...rest]);
		const inPayments = run(makeWorld(), '--namespaces=payments').stdout;
		const markers = inPayments.split('\n').filter((l) => l.startsWith('===='));
		expect(markers.slice(0, 2)).toEqual([
			'==== START logs for container c of pod payments/payments-primary-7d9c8b6f5-abcde ====',
			'==== END logs for container c of pod payments/payments-primary-7d9c8b6f5-abcde ===='
		]);
		expect(inPayments.endsWith(' ====\nCluster info dumped to standard output\n')).toBe(true);
	});

	it('prints no trailer for --output-directory=-, and refuses to write files', () => {
		const world = makeWorld([namespace('payments'), node('node-a')]);
		expect(run(world, '--output-directory=-').stdout).not.toContain('Cluster info dumped');
		expect(run(world, '--output-directory', '/tmp/state')).toEqual({
			stdout: '',
			stderr:
				'error: --output-directory is not supported in this simulator, which has no filesystem: dump to standard output and redirect it instead\n',
			exitCode: 1,
			rejected: false
		});
	});

	// kubectl v1.32's words (scripts/kubectl-oracle.sh).
	it('refuses table formats and a zero timeout, as kubectl does', () => {
		const world = makeWorld();
		expect(run(world, '-o', 'wide').stderr).toBe(
			'error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n'
		);
		expect(run(world, '--pod-running-timeout=0s')).toEqual({
			stdout: '',
			stderr: 'error: --pod-running-timeout must be higher than zero\n',
			exitCode: 1,
			rejected: true
		});
	});
});
