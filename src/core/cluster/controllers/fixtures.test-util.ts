/** Small clusters for controller tests, built through ClusterTx as any writer would. */
import { ClusterTx, emptyCluster } from '../store';
import type { Cluster, Deployment, KubeObject, Node, Pod } from '../types';
import { timestamp } from '../world';

export const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);

export function node(
	name: string,
	opts: {
		cpu?: string;
		memory?: string;
		labels?: Record<string, string>;
		annotations?: Record<string, string>;
		unschedulable?: boolean;
		taints?: Node['spec']['taints'];
	} = {}
): Node {
	return {
		apiVersion: 'v1',
		kind: 'Node',
		metadata: {
			name,
			uid: `uid-${name}`,
			resourceVersion: '1',
			creationTimestamp: timestamp(T0 - 86_400_000),
			labels: { 'kubernetes.io/hostname': name, ...opts.labels },
			...(opts.annotations ? { annotations: opts.annotations } : {})
		},
		spec: {
			...(opts.unschedulable ? { unschedulable: true } : {}),
			...(opts.taints ? { taints: opts.taints } : {})
		},
		status: {
			capacity: { cpu: opts.cpu ?? '4', memory: opts.memory ?? '16Gi', pods: '110' },
			allocatable: { cpu: opts.cpu ?? '4', memory: opts.memory ?? '16Gi', pods: '110' },
			conditions: [
				{
					type: 'Ready',
					status: 'True',
					reason: 'KubeletReady',
					message: 'kubelet is posting ready status',
					lastTransitionTime: timestamp(T0 - 86_400_000)
				}
			],
			addresses: [
				{
					type: 'InternalIP',
					address: `10.0.0.${name.length + (name.charCodeAt(name.length - 1) % 200)}`
				}
			],
			nodeInfo: {
				kubeletVersion: 'v1.32.4',
				osImage: 'Ubuntu 22.04.4 LTS',
				kernelVersion: '6.5.0',
				containerRuntimeVersion: 'containerd://1.7.13',
				operatingSystem: 'linux',
				architecture: 'amd64'
			}
		}
	};
}

export function deployment(
	name: string,
	opts: {
		replicas?: number;
		image?: string;
		cpu?: string;
		annotations?: Record<string, string>;
		podAnnotations?: Record<string, string>;
		strategy?: Deployment['spec']['strategy'];
		minReadySeconds?: number;
		readinessDelay?: number;
		namespace?: string;
	} = {}
): Deployment {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: {
			name,
			namespace: opts.namespace ?? 'payments',
			uid: `uid-${name}`,
			resourceVersion: '1',
			generation: 1,
			creationTimestamp: timestamp(T0),
			...(opts.annotations ? { annotations: opts.annotations } : {})
		},
		spec: {
			replicas: opts.replicas ?? 2,
			selector: { matchLabels: { app: name } },
			template: {
				metadata: {
					labels: { app: name },
					...(opts.podAnnotations ? { annotations: opts.podAnnotations } : {})
				},
				spec: {
					containers: [
						{
							name: 'app',
							image: opts.image ?? 'registry.example.com/payments:v2.4.0',
							ports: [{ name: 'http', containerPort: 8080 }],
							resources: { requests: { cpu: opts.cpu ?? '250m', memory: '256Mi' } },
							...(opts.readinessDelay !== undefined
								? {
										readinessProbe: {
											httpGet: { path: '/ready', port: 8080 },
											initialDelaySeconds: opts.readinessDelay
										}
									}
								: {})
						}
					]
				}
			},
			...(opts.strategy ? { strategy: opts.strategy } : {}),
			...(opts.minReadySeconds ? { minReadySeconds: opts.minReadySeconds } : {})
		}
	};
}

export function clusterWith(objects: KubeObject[], seed = 7): Cluster {
	const tx = new ClusterTx(emptyCluster('test', 'https://test:6443', seed));
	for (const o of objects) tx.put(o);
	return tx.commit();
}

export function update(cluster: Cluster, fn: (tx: ClusterTx) => void): Cluster {
	const tx = new ClusterTx(cluster);
	fn(tx);
	return tx.commit();
}

export function pods(cluster: Cluster, ns = 'payments'): Pod[] {
	return new ClusterTx(cluster).list<Pod>('pods', ns);
}

export function events(
	cluster: Cluster,
	ns = 'payments'
): { reason: string; message: string; count: number; type: string; object: string }[] {
	const tx = new ClusterTx(cluster);
	return tx
		.list<KubeObject>('events.events.k8s.io', ns)
		.concat(tx.list<KubeObject>('events', ns))
		.sort((a, b) =>
			a.firstTimestamp < b.firstTimestamp ? -1 : a.firstTimestamp > b.firstTimestamp ? 1 : 0
		)
		.map((e) => ({
			reason: e.reason,
			message: e.message,
			count: e.count,
			type: e.type,
			object: `${e.involvedObject.kind}/${e.involvedObject.name}`
		}));
}

/** `NAME READY STATUS RESTARTS` the way kubectl derives them, enough for assertions. */
export function podSummary(pod: Pod): string {
	const cs = pod.status.containerStatuses ?? [];
	const ready = `${cs.filter((c) => c.ready).length}/${pod.spec.containers.length}`;
	let status: string = pod.status.phase;
	for (const c of cs) {
		if (c.state.waiting?.reason) status = c.state.waiting.reason;
		else if (c.state.terminated?.reason) status = c.state.terminated.reason;
	}
	if (pod.status.phase === 'Pending' && !cs.length) status = 'Pending';
	if (pod.metadata.deletionTimestamp) status = 'Terminating';
	const restarts = cs.reduce((n, c) => n + c.restartCount, 0);
	return `${ready} ${status} ${restarts}`;
}
