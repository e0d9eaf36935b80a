import { describe, expect, it } from 'vitest';
import { buildCluster, buildWorld } from './build';
import { parseManifests } from './manifests';
import { ClusterTx } from './store';
import type { KubeObject, Pod } from './types';

const NOW = Date.parse('2026-03-14T09:41:00Z');

function objects(text: string): KubeObject[] {
	const r = parseManifests(text, 'test.yaml');
	if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
	return r.objects;
}

const MANIFESTS = `apiVersion: v1
kind: Node
metadata: {name: node-a, creationTimestamp: "2026-03-01T00:00:00Z"}
status:
  capacity: {cpu: "4", memory: 16Gi, pods: "110"}
  allocatable: {cpu: "4", memory: 16Gi, pods: "110"}
  conditions: [{type: Ready, status: "True"}]
  addresses: [{type: InternalIP, address: 10.0.1.5}]
  nodeInfo: {kubeletVersion: v1.32.3}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  creationTimestamp: "2026-02-01T00:00:00Z"
  annotations: {preflight.dev/rolled-out-at: "2026-03-10T12:00:00Z"}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "nginx:1.27", resources: {requests: {cpu: 100m}}}]}
`;

describe('buildCluster', () => {
	const build = (basics = false) =>
		buildCluster({
			name: 'c1',
			server: 'https://c1',
			seed: 7,
			objects: objects(MANIFESTS),
			now: NOW,
			basics
		});

	it('rolls deployments out at their rollout time and settles them Running and Ready', () => {
		const tx = new ClusterTx(build());
		const pods = tx.list<Pod>('pods', 'shop');
		expect(pods).toHaveLength(2);
		for (const pod of pods) {
			expect(pod.metadata.creationTimestamp).toBe('2026-03-10T12:00:00Z');
			expect(pod.status.phase).toBe('Running');
			expect(pod.spec.nodeName).toBe('node-a');
			expect(pod.status.containerStatuses![0].ready).toBe(true);
		}
		const deploy = tx.get('deployments.apps', 'shop', 'web')!;
		expect(deploy.metadata.creationTimestamp).toBe('2026-02-01T00:00:00Z');
		expect(deploy.metadata.generation).toBe(1);
		expect(deploy.metadata.uid).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/
		);
		expect(deploy.spec.strategy).toEqual({
			type: 'RollingUpdate',
			rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }
		});
		expect(deploy.status.readyReplicas).toBe(2);
	});

	it('creates namespaces referenced but not declared, and the basics only when asked', () => {
		expect(
			new ClusterTx(build())
				.list('namespaces')
				.map((n) => [n.metadata.name, n.metadata.creationTimestamp, n.status.phase])
		).toEqual([['shop', '2026-03-10T12:00:00Z', 'Active']]);
		const withBasics = new ClusterTx(build(true));
		expect(withBasics.list('namespaces').map((n) => n.metadata.name)).toEqual([
			'default',
			'kube-node-lease',
			'kube-public',
			'kube-system',
			'shop'
		]);
		expect(withBasics.get('services', 'default', 'kubernetes')!.spec.clusterIP).toBe('172.20.0.1');
	});

	it('is deterministic for a seed', () => {
		expect(build()).toEqual(build());
	});
});

describe('buildWorld', () => {
	it('makes one context per cluster, the current one chosen', () => {
		const cluster = { name: 'c1', server: 'https://c1', seed: 1, objects: [], now: NOW };
		const world = buildWorld({
			contexts: [{ name: 'ctx', cluster, namespace: 'shop' }],
			current: 'ctx'
		});
		expect(world.contexts).toEqual([{ name: 'ctx', cluster: 'c1', user: 'c1', namespace: 'shop' }]);
		expect(world.currentContext).toBe('ctx');
		expect(Object.keys(world.clusters)).toEqual(['c1']);
	});
});
