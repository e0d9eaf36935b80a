import { describe, expect, it } from 'vitest';
import { advanceCluster } from './advance';
import { buildCluster } from './build';
import { markNamespaceForDeletion, namespaceTerminating } from './controllers/namespace';
import { parseManifests } from './manifests';
import { ClusterTx } from './store';
import type { Cluster, KubeEvent, KubeObject, Node, Pod } from './types';
import { timestamp } from './world';

const NOW = Date.UTC(2026, 2, 14, 9, 0, 0);

const YAML = `
apiVersion: v1
kind: Node
metadata: {name: node-a, creationTimestamp: "2026-03-01T00:00:00Z"}
status:
  capacity: {cpu: "4", memory: 16Gi, pods: "110"}
  allocatable: {cpu: "4", memory: 16Gi, pods: "110"}
---
apiVersion: v1
kind: Node
metadata: {name: ip-10-0-2-7.ec2.internal, creationTimestamp: "2026-03-01T00:00:00Z"}
---
apiVersion: v1
kind: Namespace
metadata: {name: demo, creationTimestamp: "2026-03-02T00:00:00Z"}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: demo, creationTimestamp: "2026-03-03T00:00:00Z"}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      serviceAccountName: web
      containers: [{name: web, image: "nginx:1.27", ports: [{containerPort: 80}]}]
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: demo, creationTimestamp: "2026-03-04T00:00:00Z"}
spec:
  selector: {app: web}
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
  name: ingress-nginx-controller
  namespace: demo
  creationTimestamp: "2026-03-04T00:00:00Z"
  labels: {app.kubernetes.io/name: ingress-nginx, app.kubernetes.io/component: controller}
spec:
  type: LoadBalancer
  ports: [{port: 80}]
status:
  loadBalancer: {ingress: [{hostname: lb.example.com}]}
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: web, namespace: demo, creationTimestamp: "2026-03-04T00:00:00Z"}
spec:
  ingressClassName: nginx
  rules: [{host: web.example.com}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: demo, creationTimestamp: "2026-03-03T00:00:00Z"}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      hostNetwork: true
      containers: [{name: agent, image: "busybox:1.36"}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: once, namespace: demo, creationTimestamp: "2026-03-10T00:00:00Z"}
spec:
  template:
    metadata:
      annotations: {preflight.dev/run-duration: 40s}
    spec:
      containers: [{name: once, image: "busybox:1.36"}]
`;

function build(): Cluster {
	const parsed = parseManifests(YAML, 'x.yaml');
	if (!parsed.ok) throw new Error(JSON.stringify(parsed));
	return buildCluster({
		name: 'c',
		server: 'https://c',
		seed: 3,
		objects: parsed.objects,
		now: NOW,
		basics: true
	});
}

const built = build();
const tx = new ClusterTx(built);
const podsOf = (c: Cluster, prefix: string) =>
	new ClusterTx(c).list<Pod>('pods', 'demo').filter((p) => p.metadata.name.startsWith(prefix));

describe('what a real cluster adds', () => {
	it('posts a Ready status with a distinct InternalIP for nodes declared without one', () => {
		const a = tx.get<Node>('nodes', '', 'node-a')!;
		const b = tx.get<Node>('nodes', '', 'ip-10-0-2-7.ec2.internal')!;
		expect(a.status.conditions.map((c) => `${c.type}=${c.status}/${c.reason}`)).toEqual([
			'MemoryPressure=False/KubeletHasSufficientMemory',
			'DiskPressure=False/KubeletHasNoDiskPressure',
			'PIDPressure=False/KubeletHasSufficientPID',
			'Ready=True/KubeletReady'
		]);
		expect(b.status.addresses).toEqual([
			{ type: 'InternalIP', address: '10.0.2.7' },
			{ type: 'Hostname', address: 'ip-10-0-2-7.ec2.internal' }
		]);
		expect(a.status.addresses[0].address).toMatch(/^10\.0\.\d+\.\d+$/);
		expect(a.status.addresses[0].address).not.toBe('10.0.2.7');
		expect(a.status.capacity).toEqual({ cpu: '4', memory: '16Gi', pods: '110' });
		expect(b.status.allocatable.cpu).toBe('3920m');
		expect(a.status.nodeInfo.kubeletVersion).toBe('v1.32.4');
	});

	it('publishes kube-root-ca.crt and the default ServiceAccount, plus the ones pods run as', () => {
		expect(tx.list('configmaps', 'demo').map((o) => o.metadata.name)).toEqual(['kube-root-ca.crt']);
		expect(tx.list('serviceaccounts', 'demo').map((o) => o.metadata.name)).toEqual([
			'default',
			'web'
		]);
		const ca = tx.get('configmaps', 'demo', 'kube-root-ca.crt')!;
		expect(ca.metadata.creationTimestamp).toBe('2026-03-02T00:00:00Z');
		expect(ca.data['ca.crt']).toMatch(/^-----BEGIN CERTIFICATE-----\nMIID/);
		expect(tx.get('serviceaccounts', 'demo', 'web')!.metadata.creationTimestamp).toBe(
			'2026-03-03T00:00:00Z'
		);
	});

	it('mounts the kube-api-access projected volume into every pod', () => {
		const pod = podsOf(built, 'web-')[0];
		const vol = pod.spec.volumes![0];
		expect(vol.name).toMatch(/^kube-api-access-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
		expect(pod.spec.containers[0].volumeMounts).toEqual([
			{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: vol.name, readOnly: true }
		]);
		expect(vol.projected).toEqual({
			defaultMode: 420,
			sources: [
				{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
				{ configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
				{
					downwardAPI: {
						items: [
							{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }
						]
					}
				}
			]
		});
	});

	it('drops reason and message from True conditions and gives each lastProbeTime: null', () => {
		const pod = podsOf(built, 'web-')[0];
		expect(pod.status.conditions!.map(({ lastTransitionTime: _t, ...c }) => c)).toEqual([
			{ lastProbeTime: null, status: 'True', type: 'PodReadyToStartContainers' },
			{ lastProbeTime: null, status: 'True', type: 'Initialized' },
			{ lastProbeTime: null, status: 'True', type: 'Ready' },
			{ lastProbeTime: null, status: 'True', type: 'ContainersReady' },
			{ lastProbeTime: null, status: 'True', type: 'PodScheduled' }
		]);
	});

	it('dates Endpoints with their Service, gives hostNetwork pods the node IP, publishes the LB', () => {
		expect(tx.get('endpoints', 'demo', 'web')!.metadata.creationTimestamp).toBe(
			'2026-03-04T00:00:00Z'
		);
		for (const pod of podsOf(built, 'agent-')) {
			const node = tx.get<Node>('nodes', '', pod.spec.nodeName!)!;
			expect(pod.status.podIP).toBe(node.status.addresses[0].address);
		}
		expect(tx.get('ingresses.networking.k8s.io', 'demo', 'web')!.status).toEqual({
			loadBalancer: { ingress: [{ hostname: 'lb.example.com' }] }
		});
	});
});

describe('Jobs', () => {
	const job = tx.get('jobs.batch', 'demo', 'once')!;
	const uid = job.metadata.uid;

	it('get the API defaults and the generated selector', () => {
		const labels = {
			'batch.kubernetes.io/controller-uid': uid,
			'batch.kubernetes.io/job-name': 'once',
			'controller-uid': uid,
			'job-name': 'once'
		};
		expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(job.metadata.labels).toEqual(labels);
		const { template, ...spec } = job.spec;
		expect(spec).toEqual({
			backoffLimit: 6,
			completionMode: 'NonIndexed',
			completions: 1,
			parallelism: 1,
			podReplacementPolicy: 'TerminatingOrFailed',
			selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
			suspend: false
		});
		expect(template.metadata.labels).toEqual(labels);
	});

	it('complete when their pod finished, not at a later reconcile', () => {
		const pod = podsOf(built, 'once-')[0];
		const finished = pod.status.containerStatuses![0].state.terminated!.finishedAt;
		expect(job.status.completionTime).toBe(finished);
		expect(Date.parse(finished!) - Date.parse(job.status.startTime)).toBeLessThan(60_000);
		const ready = pod.status.conditions!.find((c) => c.type === 'Ready')!;
		expect(ready).toEqual({
			lastProbeTime: null,
			lastTransitionTime: finished,
			reason: 'PodCompleted',
			status: 'False',
			type: 'Ready'
		});
	});
});

describe('the image registry', () => {
	it('pulls referenced images and fails on others with containerd wording', () => {
		const next = new ClusterTx(built);
		const web = next.get('deployments.apps', 'demo', 'web')!;
		const image = 'nginx:1.27-typo';
		const spec = web.spec.template.spec;
		next.put({
			...web,
			spec: {
				...web.spec,
				template: {
					...web.spec.template,
					spec: { ...spec, containers: [{ ...spec.containers[0], image }] }
				}
			}
		});
		const c = advanceCluster(next.commit(), NOW, NOW + 30_000);
		const pod = podsOf(c, 'web-').find((p) => p.spec.containers[0].image === image)!;
		expect(pod.status.containerStatuses![0].state.waiting?.reason).toMatch(
			/ErrImagePull|ImagePullBackOff/
		);
		const failed = new ClusterTx(c)
			.list<KubeEvent>('events', 'demo')
			.find((e) => e.involvedObject.name === pod.metadata.name && e.reason === 'Failed');
		expect(failed?.message).toBe(
			'Failed to pull image "nginx:1.27-typo": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.27-typo": failed to resolve reference "docker.io/library/nginx:1.27-typo": docker.io/library/nginx:1.27-typo: not found'
		);
	});

	it('pulls images a Namespace declares in preflight.dev/registry', () => {
		const next = new ClusterTx(built);
		const ns = next.get('namespaces', '', 'demo')!;
		next.put({
			...ns,
			metadata: { ...ns.metadata, annotations: { 'preflight.dev/registry': 'nginx:1.28' } }
		});
		const web = next.get('deployments.apps', 'demo', 'web')!;
		const spec = web.spec.template.spec;
		next.put({
			...web,
			spec: {
				...web.spec,
				template: {
					...web.spec.template,
					spec: { ...spec, containers: [{ ...spec.containers[0], image: 'nginx:1.28' }] }
				}
			}
		});
		const c = advanceCluster(next.commit(), NOW, NOW + 60_000);
		const pod = podsOf(c, 'web-').find((p) => p.spec.containers[0].image === 'nginx:1.28')!;
		expect(pod.status.phase).toBe('Running');
	});
});

describe('deleting a namespace', () => {
	it('stays Terminating while pods terminate gracefully, then disappears', () => {
		const next = new ClusterTx(built);
		expect(namespaceTerminating(next, 'demo')).toBe(false);
		const marked = markNamespaceForDeletion(next, 'demo', NOW) as KubeObject;
		expect(marked.status.phase).toBe('Terminating');
		expect(marked.metadata.deletionTimestamp).toBe(timestamp(NOW));
		expect(namespaceTerminating(next, 'demo')).toBe(true);
		// Containers stop about 2s after SIGTERM; until then the pods hold the namespace.
		const soon = advanceCluster(next.commit(), NOW, NOW + 1_000);
		const stx = new ClusterTx(soon);
		const ns = stx.get('namespaces', '', 'demo')!;
		expect(ns.status.phase).toBe('Terminating');
		expect(stx.list('deployments.apps', 'demo')).toEqual([]);
		expect(stx.list('configmaps', 'demo')).toEqual([]);
		expect(stx.list<Pod>('pods', 'demo').every((p) => p.metadata.deletionTimestamp)).toBe(true);
		const remaining = ns.status.conditions.find(
			(c: { type: string }) => c.type === 'NamespaceContentRemaining'
		);
		expect(remaining.message).toMatch(
			/^Some resources are remaining: pods\. has \d+ resource instances$/
		);
		const later = new ClusterTx(advanceCluster(soon, NOW + 1_000, NOW + 60_000));
		expect(later.get('namespaces', '', 'demo')).toBeUndefined();
		expect(later.list('pods', 'demo')).toEqual([]);
		expect(later.list('events', 'demo')).toEqual([]);
	});
});
