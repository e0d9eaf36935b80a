import { describe, expect, it } from 'vitest';
import { resolveResourceType } from '../cluster/resources';
import { ClusterTx } from '../cluster/store';
import { clusterOf } from '../cluster/world';
import { makeWorld } from './mutate/test-fixture';
import { missingObject } from './not-found';
import { runKubectl } from './run';

const world = makeWorld();
const tx = new ClusterTx(clusterOf(world, world.currentContext)!);
const deployments = resolveResourceType('deploy')!;
const nodes = resolveResourceType('nodes')!;

describe('missingObject', () => {
	it("names the object when its namespace exists, or it is 'default'", () => {
		expect(missingObject(tx, deployments, 'payments', 'x').message).toBe(
			'Error from server (NotFound): deployments.apps "x" not found\n'
		);
		expect(missingObject(tx, deployments, 'default', 'x').message).toBe(
			'Error from server (NotFound): deployments.apps "x" not found\n'
		);
	});

	it('names the namespace when that is what is missing', () => {
		expect(missingObject(tx, deployments, 'paymnets', 'x').message).toBe(
			'Error from server (NotFound): namespaces "paymnets" not found\n'
		);
	});

	it('never asks about a namespace for cluster-scoped objects', () => {
		expect(missingObject(tx, nodes, '', 'ip-10-0-1-1').message).toBe(
			'Error from server (NotFound): nodes "ip-10-0-1-1" not found\n'
		);
	});
});

describe('a mistyped namespace, verb by verb', () => {
	const run = (...argv: string[]) => runKubectl(world, argv, 0);
	const gone = 'Error from server (NotFound): namespaces "paymnets" not found\n';

	it('get, describe, rollout and label report the namespace', () => {
		expect(run('get', 'deploy', 'x', '-n', 'paymnets').stderr).toBe(gone);
		expect(run('describe', 'deploy', 'x', '-n', 'paymnets').stderr).toBe(gone);
		expect(run('rollout', 'status', 'deploy/x', '-n', 'paymnets').stderr).toBe(gone);
		expect(run('label', 'deploy/x', 'a=b', '-n', 'paymnets').stderr).toBe(gone);
		expect(run('set', 'image', 'deploy/x', 'app=nginx:1.27', '-n', 'paymnets').stderr).toBe(gone);
	});

	it('delete does not read the object first, so it names the object', () => {
		expect(run('delete', 'deploy', 'x', '-n', 'paymnets').stderr).toBe(
			'Error from server (NotFound): deployments.apps "x" not found\n'
		);
	});
});
