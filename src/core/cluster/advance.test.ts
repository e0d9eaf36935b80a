import { describe, expect, it } from 'vitest';
import { advanceCluster, advanceWorld } from './advance';
import {
	clusterWith,
	deployment,
	node,
	podSummary,
	pods,
	T0
} from './controllers/fixtures.test-util';
import type { Cluster, World } from './types';

function fortyPods(seed = 7): Cluster {
	const nodes = ['node-a', 'node-b', 'node-c', 'node-d', 'node-e'].map((n) =>
		node(n, { cpu: '8', memory: '32Gi' })
	);
	const deployments = Array.from({ length: 8 }, (_, i) =>
		deployment(`svc-${i}`, {
			replicas: 5,
			podAnnotations:
				i === 0
					? { 'preflight.dev/fault': 'CrashLoopBackOff' }
					: i === 1
						? { 'preflight.dev/fault': 'ReadinessFailing' }
						: undefined
		})
	);
	return clusterWith([...nodes, ...deployments], seed);
}

describe('advanceWorld', () => {
	it('advances a 40-pod cluster through 3 virtual hours quickly', () => {
		const world: World = {
			contexts: [{ name: 'test', cluster: 'test', user: 'u' }],
			currentContext: 'test',
			clusters: { test: fortyPods() }
		};
		const started = performance.now();
		const later = advanceWorld(world, T0, T0 + 3 * 3_600_000);
		const elapsed = performance.now() - started;
		const all = pods(later.clusters.test);
		expect(all).toHaveLength(40);
		const summary = all.map(podSummary).map((s) => s.replace(/ \d+$/, ''));
		expect(summary.filter((s) => s === '1/1 Running')).toHaveLength(30);
		expect(summary.filter((s) => s === '0/1 Running')).toHaveLength(5);
		// About 2s on one idle core; the bound leaves room for a loaded CI machine.
		expect(elapsed).toBeLessThan(10_000);
	}, 30_000);

	it('same seed → identical cluster; another seed → other names', () => {
		const a = advanceCluster(fortyPods(1), T0, T0 + 600_000);
		const b = advanceCluster(fortyPods(1), T0, T0 + 600_000);
		const c = advanceCluster(fortyPods(2), T0, T0 + 600_000);
		const dump = (x: Cluster) =>
			JSON.stringify([...x.objects].map(([k, v]) => [k, [...v].map(([ns, m]) => [ns, [...m]])]));
		expect(dump(a)).toBe(dump(b));
		expect(pods(a).map((p) => p.metadata.name)).not.toEqual(pods(c).map((p) => p.metadata.name));
	}, 30_000);
});
