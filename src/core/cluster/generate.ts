/**
 * A large, already-settled cluster for benchmarks: nodes, namespaces, Deployments with their
 * ReplicaSets and Running/Ready pods, and Services, built directly as the controllers would have
 * left them (running the scheduler pod by pod for 10,000 pods would only measure the build).
 * ReplicaSet names use the controllers' pod-template-hash, so a later reconcile changes nothing.
 */
import { KUBE_ALPHABET } from '../clock/random';
import { templateHash, HASH_LABEL, REVISION } from './controllers/template-hash';
import { ClusterTx, emptyCluster } from './store';
import type {
	Cluster,
	Deployment,
	KubeObject,
	Node,
	Pod,
	PodTemplate,
	ReplicaSet,
	World
} from './types';
import { timestamp } from './world';

export interface GenerateInput {
	pods: number;
	namespaces: number;
	seed: number;
}

export const GENERATED_EPOCH = Date.parse('2026-03-14T09:41:00Z');
const PODS_PER_NODE = 100;
const REPLICAS = 10;
const DAY = 86_400_000;

export function generateWorld(input: GenerateInput): { world: World; now: number } {
	const now = GENERATED_EPOCH;
	const cluster = generateCluster(input, now);
	const world: World = {
		contexts: [{ name: 'generated', cluster: cluster.name, user: 'generated-admin' }],
		currentContext: 'generated',
		clusters: { [cluster.name]: cluster }
	};
	return { world, now };
}

function generateCluster({ pods, namespaces, seed }: GenerateInput, now: number): Cluster {
	const tx = new ClusterTx(emptyCluster('generated', 'https://127.0.0.1:6443', seed));
	const nodes = Array.from({ length: Math.max(1, Math.ceil(pods / PODS_PER_NODE)) }, (_, i) =>
		tx.put(node(tx, i, now - 30 * DAY))
	);
	const perNamespace = Math.ceil(pods / namespaces);
	let placed = 0;
	for (let n = 0; n < namespaces && placed < pods; n++) {
		const ns = `team-${String(n).padStart(2, '0')}`;
		tx.put(
			meta(
				tx,
				{ apiVersion: 'v1', kind: 'Namespace', spec: {}, status: { phase: 'Active' } },
				ns,
				undefined,
				now - 60 * DAY
			)
		);
		for (let d = 0; placed < pods && d * REPLICAS < perNamespace; d++) {
			const replicas = Math.min(REPLICAS, pods - placed, perNamespace - d * REPLICAS);
			const rolled = now - (1 + tx.random.int(20)) * DAY - tx.random.int(DAY);
			workload(
				tx,
				ns,
				`svc-${String(d).padStart(2, '0')}`,
				replicas,
				rolled,
				(i) => nodes[(placed + i) % nodes.length]
			);
			placed += replicas;
		}
	}
	return tx.commit();
}

function meta<T extends Omit<KubeObject, 'metadata'>>(
	tx: ClusterTx,
	obj: T,
	name: string,
	namespace: string | undefined,
	created: number,
	extra: Partial<KubeObject['metadata']> = {}
): T & KubeObject {
	const metadata = {
		name,
		...(namespace ? { namespace } : {}),
		uid: tx.uid(),
		resourceVersion: '',
		creationTimestamp: timestamp(created),
		...extra
	};
	return { ...obj, metadata } as T & KubeObject;
}

function node(tx: ClusterTx, i: number, created: number): Node {
	const ip = `10.${20 + Math.floor(i / 250)}.${i % 250}.${10 + (i % 200)}`;
	const name = `ip-${ip.replaceAll('.', '-')}.ec2.internal`;
	const ready = {
		type: 'Ready',
		status: 'True' as const,
		reason: 'KubeletReady',
		message: 'kubelet is posting ready status',
		lastTransitionTime: timestamp(created)
	};
	return meta(
		tx,
		{
			apiVersion: 'v1',
			kind: 'Node',
			spec: { providerID: `aws:///us-east-1a/i-${i.toString(16).padStart(17, '0')}` },
			status: {
				capacity: { cpu: '64', memory: '263597532Ki', pods: '110' },
				allocatable: { cpu: '63770m', memory: '257409500Ki', pods: '110' },
				conditions: [ready],
				addresses: [
					{ type: 'InternalIP', address: ip },
					{ type: 'Hostname', address: name }
				],
				nodeInfo: {
					kubeletVersion: 'v1.32.3-eks-473151a',
					osImage: 'Amazon Linux 2023.7.20250414',
					kernelVersion: '6.1.131-143.221.amzn2023.x86_64',
					containerRuntimeVersion: 'containerd://1.7.27',
					operatingSystem: 'linux',
					architecture: 'amd64'
				}
			}
		},
		name,
		undefined,
		created,
		{
			labels: {
				'kubernetes.io/hostname': name,
				'kubernetes.io/os': 'linux',
				'node.kubernetes.io/instance-type': 'm6i.16xlarge',
				'topology.kubernetes.io/zone': 'us-east-1a'
			}
		}
	) as Node;
}

function workload(
	tx: ClusterTx,
	ns: string,
	app: string,
	replicas: number,
	rolled: number,
	nodeFor: (i: number) => Node
): void {
	const labels = { app };
	const template: PodTemplate = {
		metadata: { labels },
		spec: {
			containers: [
				{
					name: app,
					image: `123456789012.dkr.ecr.us-east-1.amazonaws.com/${app}:v1.0.${tx.random.int(30)}`,
					resources: { requests: { cpu: '100m', memory: '128Mi' } }
				}
			]
		}
	};
	const hash = templateHash(template);
	const status = {
		observedGeneration: 1,
		replicas,
		updatedReplicas: replicas,
		readyReplicas: replicas,
		availableReplicas: replicas
	};
	const deploy = tx.put(
		meta(
			tx,
			{
				apiVersion: 'apps/v1',
				kind: 'Deployment',
				spec: { replicas, selector: { matchLabels: labels }, template },
				status
			},
			app,
			ns,
			rolled - 10 * DAY,
			{ generation: 1, labels, annotations: { [REVISION]: '1' } }
		) as Deployment
	);
	const podLabels = { ...labels, [HASH_LABEL]: hash };
	const rsTemplate = { ...template, metadata: { labels: podLabels } };
	const owner = (o: KubeObject) => [
		{
			apiVersion: o.apiVersion,
			kind: o.kind,
			name: o.metadata.name,
			uid: o.metadata.uid,
			controller: true,
			blockOwnerDeletion: true
		}
	];
	const rs = tx.put(
		meta(
			tx,
			{
				apiVersion: 'apps/v1',
				kind: 'ReplicaSet',
				spec: { replicas, selector: { matchLabels: podLabels }, template: rsTemplate },
				status: {
					replicas,
					fullyLabeledReplicas: replicas,
					readyReplicas: replicas,
					availableReplicas: replicas,
					observedGeneration: 1
				}
			},
			`${app}-${hash}`,
			ns,
			rolled,
			{
				generation: 1,
				labels: podLabels,
				annotations: { [REVISION]: '1' },
				ownerReferences: owner(deploy)
			}
		) as ReplicaSet
	);
	for (let i = 0; i < replicas; i++) tx.put(pod(tx, rs, rsTemplate, nodeFor(i), rolled, owner(rs)));
	tx.put(
		meta(
			tx,
			{
				apiVersion: 'v1',
				kind: 'Service',
				spec: {
					type: 'ClusterIP',
					clusterIP: `172.20.${tx.random.int(256)}.${1 + tx.random.int(254)}`,
					selector: labels,
					ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }]
				},
				status: { loadBalancer: {} }
			},
			app,
			ns,
			rolled - 10 * DAY,
			{ labels }
		)
	);
}

function pod(
	tx: ClusterTx,
	rs: ReplicaSet,
	template: PodTemplate,
	node: Node,
	created: number,
	ownerReferences: KubeObject['metadata']['ownerReferences']
): Pod {
	const name = `${rs.metadata.name}-${tx.random.string(5, KUBE_ALPHABET)}`;
	const started = timestamp(created + 2000);
	const hostIP = node.status.addresses[0].address;
	const podIP = `${hostIP.split('.').slice(0, 3).join('.')}.${2 + tx.random.int(250)}`;
	const c = template.spec.containers[0];
	const cond = (type: string, at: number) => ({
		type,
		status: 'True' as const,
		lastProbeTime: null,
		lastTransitionTime: timestamp(at)
	});
	return meta(
		tx,
		{
			apiVersion: 'v1',
			kind: 'Pod',
			spec: { ...template.spec, nodeName: node.metadata.name, restartPolicy: 'Always' },
			status: {
				phase: 'Running',
				conditions: [
					cond('PodReadyToStartContainers', created + 1000),
					cond('Initialized', created),
					cond('Ready', created + 4000),
					cond('ContainersReady', created + 4000),
					cond('PodScheduled', created)
				],
				hostIP,
				podIP,
				podIPs: [{ ip: podIP }],
				startTime: timestamp(created),
				qosClass: 'Burstable',
				containerStatuses: [
					{
						name: c.name,
						image: c.image,
						imageID: `${c.image.split(':')[0]}@sha256:${tx.random.string(64, '0123456789abcdef')}`,
						containerID: `containerd://${tx.random.string(64, '0123456789abcdef')}`,
						ready: true,
						started: true,
						restartCount: 0,
						state: { running: { startedAt: started } },
						lastState: {}
					}
				]
			}
		},
		name,
		rs.metadata.namespace,
		created,
		{ labels: template.metadata?.labels, ownerReferences, generateName: `${rs.metadata.name}-` }
	) as Pod;
}
