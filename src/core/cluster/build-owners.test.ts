import { describe, expect, it } from 'vitest';
import { buildCluster } from './build';
import { parseManifests } from './manifests';
import { ClusterTx } from './store';
import type { KubeObject, Pod } from './types';

const NOW = Date.parse('2026-03-14T09:41:00Z');

function objects(text: string): KubeObject[] {
	const r = parseManifests(text, 'test.yaml');
	if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
	return r.objects;
}

const TEMPLATE = `
    metadata: {labels: {app: web}}
    spec: {containers: [{name: web, image: "nginx:1.27"}]}`;

/**
 * A dump's shape: a Deployment that joins at the dump's moment, its ReplicaSet created days
 * before, and a CronJob from long ago whose history makes the build reconcile earlier.
 */
const MANIFESTS = `apiVersion: v1
kind: Node
metadata: {name: node-a, creationTimestamp: "2026-01-01T00:00:00Z"}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: shop, creationTimestamp: "2025-12-01T00:00:00Z"}
spec:
  schedule: "15 */4 * * *"
  jobTemplate:
    spec:
      template:
        spec: {restartPolicy: OnFailure, containers: [{name: report, image: "busybox:1.36"}]}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
  uid: 0b5a1f8e-2c4d-4e6f-8a9b-1c2d3e4f5a6b
  creationTimestamp: "2026-02-01T00:00:00Z"
  annotations: {preflight.dev/rolled-out-at: "2026-03-14T09:40:00Z"}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:${TEMPLATE}
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web-6d8f9c7b5
  namespace: shop
  uid: 7e3c2b1a-9f8e-4d7c-b6a5-4f3e2d1c0b9a
  creationTimestamp: "2026-03-12T10:00:00Z"
  labels: {app: web}
  ownerReferences:
  - {apiVersion: apps/v1, kind: Deployment, name: web, uid: 0b5a1f8e-2c4d-4e6f-8a9b-1c2d3e4f5a6b, controller: true, blockOwnerDeletion: true}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:${TEMPLATE}
`;

describe('buildCluster with owners that join later than what they own', () => {
	it('keeps a ReplicaSet whose Deployment joins after an earlier reconcile', () => {
		const cluster = buildCluster({
			name: 'c1',
			server: 'https://c1',
			seed: 7,
			objects: objects(MANIFESTS),
			now: NOW
		});
		const tx = new ClusterTx(cluster);
		const sets = tx.list('replicasets.apps', 'shop');
		expect(sets.map((r) => [r.metadata.name, r.metadata.creationTimestamp])).toEqual([
			['web-6d8f9c7b5', '2026-03-12T10:00:00Z']
		]);
		const pods = tx.list<Pod>('pods', 'shop').filter((p) => p.metadata.labels?.app === 'web');
		expect(pods.map((p) => p.metadata.ownerReferences?.[0].name)).toEqual(['web-6d8f9c7b5']);
		// The CronJob's history still ran: its last runs before now made Jobs.
		expect(tx.list('jobs.batch', 'shop').length).toBeGreaterThan(0);
	});
});
