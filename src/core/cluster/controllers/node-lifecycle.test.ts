import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { ClusterTx } from '../store';
import type { KubeObject, Node, Pod } from '../types';
import {
	clusterWith,
	deployment,
	events,
	node,
	podSummary,
	pods,
	T0,
	update
} from './fixtures.test-util';
import { condition } from './pods';

const SEC = 1000;

const service: KubeObject = {
	apiVersion: 'v1',
	kind: 'Service',
	metadata: {
		name: 'web',
		namespace: 'payments',
		uid: 'uid-svc-web',
		resourceVersion: '1',
		creationTimestamp: '2025-01-15T11:00:00Z'
	},
	spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] }
};

/** A node that stops posting status 60s after T0. */
function failingNode(name: string): Node {
	const after = `${86_400 + 60}s`;
	return node(name, {
		annotations: { 'preflight.dev/fault': 'NodeNotReady', 'preflight.dev/fault-after': after }
	});
}

function endpoints(c: ReturnType<typeof clusterWith>): { ready: string[]; notReady: string[] } {
	const ep = new ClusterTx(c).get('endpoints', 'payments', 'web')!;
	const names = (list?: { targetRef: { name: string } }[]) =>
		(list ?? []).map((a) => a.targetRef.name).sort();
	return {
		ready: names(ep.subsets?.[0]?.addresses),
		notReady: names(ep.subsets?.[0]?.notReadyAddresses)
	};
}

describe('node lifecycle', () => {
	it('a NodeNotReady fault taints the node, unreadies its pods and evicts them after 300s', () => {
		const created = (T0 - 86_400_000) / SEC;
		const after = `${T0 / SEC - created + 60}s`;
		const bad = node('node-a', {
			annotations: { 'preflight.dev/fault': 'NodeNotReady', 'preflight.dev/fault-after': after }
		});
		let c = clusterWith([
			bad,
			node('node-b', { cpu: '1' }),
			deployment('web', { replicas: 2, cpu: '100m' })
		]);
		const onA = () => pods(c).filter((p) => p.spec.nodeName === 'node-a');
		c = advanceCluster(c, T0, T0 + 30 * SEC);
		expect(onA().map(podSummary)).toEqual(['1/1 Running 0']);
		c = advanceCluster(c, T0 + 30 * SEC, T0 + 61 * SEC);
		const n = new ClusterTx(c).get<Node>('nodes', '', 'node-a')!;
		expect(condition(n, 'Ready')).toMatchObject({
			status: 'Unknown',
			reason: 'NodeStatusUnknown',
			message: 'Kubelet stopped posting node status.'
		});
		expect(n.spec.taints!.map((t) => `${t.key}:${t.effect}`)).toEqual([
			'node.kubernetes.io/unreachable:NoSchedule',
			'node.kubernetes.io/unreachable:NoExecute'
		]);
		expect(condition(onA()[0], 'Ready')?.status).toBe('False');
		c = advanceCluster(c, T0 + 61 * SEC, T0 + 361 * SEC);
		expect(onA().map(podSummary)).toEqual(['1/1 Terminating 0']);
		const replacement = pods(c).filter((p) => p.spec.nodeName === 'node-b');
		expect(replacement.map(podSummary)).toEqual(['1/1 Running 0', '1/1 Running 0']);
		expect(
			events(c)
				.filter((e) => e.reason === 'TaintManagerEviction')
				.map((e) => e.message)
		).toEqual([`Marking for deletion Pod payments/${onA()[0].metadata.name}`]);
	});

	it('marks only the Ready condition False, as MarkPodsNotReady does, and Services drop the pod', () => {
		let c = clusterWith([
			failingNode('node-a'),
			deployment('web', { replicas: 1, cpu: '100m' }),
			service
		]);
		c = advanceCluster(c, T0, T0 + 61 * SEC);
		const [pod] = pods(c);
		expect(podSummary(pod)).toBe('1/1 Running 0');
		expect(pod.status.containerStatuses!.map((s) => s.ready)).toEqual([true]);
		expect(
			pod.status.conditions!.map((x) => `${x.type} ${x.status} ${x.lastTransitionTime}`)
		).toEqual([
			'PodReadyToStartContainers True 2025-01-15T12:00:00Z',
			'Initialized True 2025-01-15T12:00:00Z',
			'Ready False 2025-01-15T12:01:00Z',
			'ContainersReady True 2025-01-15T12:00:02Z',
			'PodScheduled True 2025-01-15T12:00:00Z'
		]);
		expect(endpoints(c)).toEqual({ ready: [], notReady: [pod.metadata.name] });
		expect(
			events(c)
				.filter((e) => e.reason === 'NodeNotReady')
				.map((e) => `${e.type} ${e.object} x${e.count} ${e.message}`)
		).toEqual([`Warning Pod/${pod.metadata.name} x1 Node is not ready`]);
	});

	it('marks a pod that still reads Ready on a node that has already stopped reporting', () => {
		let c = clusterWith([failingNode('node-a'), deployment('web', { replicas: 1, cpu: '100m' })]);
		c = advanceCluster(c, T0, T0 + 90 * SEC);
		// As a dump taken between the node's status and the controller's update would show it.
		c = update(c, (tx) => {
			const [pod] = tx.list<Pod>('pods', 'payments');
			const conditions = pod.status.conditions!.map((x) =>
				x.type === 'Ready' ? { ...x, status: 'True' as const } : x
			);
			tx.put({ ...pod, status: { ...pod.status, conditions } });
		});
		c = advanceCluster(c, T0 + 90 * SEC, T0 + 91 * SEC);
		const [pod] = pods(c);
		expect(condition(pod, 'Ready')).toMatchObject({
			status: 'False',
			lastTransitionTime: '2025-01-15T12:01:30Z'
		});
		expect(
			events(c)
				.filter((e) => e.reason === 'NodeNotReady')
				.map((e) => `${e.object} x${e.count}`)
		).toEqual([`Pod/${pod.metadata.name} x2`]);
	});
});
