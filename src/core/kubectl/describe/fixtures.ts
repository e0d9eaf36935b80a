/**
 * A small realistic cluster for the read-verb tests: namespace `payments` with a Deployment, its
 * ReplicaSet and pods (one crash-looping), a Service with Endpoints, a node, events, a
 * ConfigMap, a Secret, an HPA and a PDB. Test-only data; nothing here runs in the product.
 */
import { ClusterTx, emptyCluster } from '../../cluster/store';
import type { KubeObject, World } from '../../cluster/types';
import type { Env, FlagValue, Invocation } from '../types';

export const NOW = Date.parse('2026-03-14T10:00:00Z');
const T0 = '2026-03-14T08:00:00Z';
const T1 = '2026-03-14T09:55:00Z';
const meta = (name: string, namespace?: string, extra: Record<string, unknown> = {}) => ({
	name,
	...(namespace ? { namespace } : {}),
	uid: `uid-${name}`,
	resourceVersion: '1',
	creationTimestamp: T0,
	...extra
});

const template = {
	metadata: { labels: { app: 'payments', pool: 'primary', 'pod-template-hash': '7d4b9c8f6' } },
	spec: {
		containers: [
			{
				name: 'payments',
				image: 'registry.example.com/payments:1.42.0',
				ports: [{ containerPort: 8080, protocol: 'TCP' }],
				resources: {
					requests: { cpu: '250m', memory: '256Mi' },
					limits: { cpu: '500m', memory: '512Mi' }
				},
				readinessProbe: {
					httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' },
					periodSeconds: 5
				},
				env: [{ name: 'POOL', value: 'primary' }]
			}
		]
	}
};

function pod(name: string, ready: boolean, restarts: number): KubeObject {
	const running = { running: { startedAt: T1 } };
	const crashed = { waiting: { reason: 'CrashLoopBackOff' } };
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: meta(name, 'payments', {
			labels: template.metadata.labels,
			ownerReferences: [
				{
					apiVersion: 'apps/v1',
					kind: 'ReplicaSet',
					name: 'payments-primary-7d4b9c8f6',
					uid: 'uid-payments-primary-7d4b9c8f6',
					controller: true
				}
			]
		}),
		spec: {
			...template.spec,
			nodeName: 'node-a',
			tolerations: [
				{
					key: 'node.kubernetes.io/not-ready',
					operator: 'Exists',
					effect: 'NoExecute',
					tolerationSeconds: 300
				}
			]
		},
		status: {
			phase: 'Running',
			hostIP: '10.0.1.10',
			podIP: ready ? '10.244.1.5' : '10.244.1.6',
			podIPs: [{ ip: ready ? '10.244.1.5' : '10.244.1.6' }],
			startTime: T0,
			qosClass: 'Burstable',
			conditions: [
				{ type: 'Initialized', status: 'True' },
				{ type: 'Ready', status: ready ? 'True' : 'False' },
				{ type: 'ContainersReady', status: ready ? 'True' : 'False' },
				{ type: 'PodScheduled', status: 'True' }
			],
			containerStatuses: [
				{
					name: 'payments',
					image: 'registry.example.com/payments:1.42.0',
					imageID: 'registry.example.com/payments@sha256:4f1c',
					containerID: `containerd://${name}`,
					ready,
					restartCount: restarts,
					state: ready ? running : crashed,
					lastState: restarts
						? {
								terminated: {
									exitCode: 1,
									reason: 'Error',
									startedAt: T1,
									finishedAt: '2026-03-14T09:56:00Z'
								}
							}
						: {}
				}
			]
		}
	};
}

function event(
	name: string,
	involved: KubeObject,
	reason: string,
	message: string,
	count: number,
	type = 'Normal',
	from = 'kubelet'
): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Event',
		metadata: meta(name, involved.metadata.namespace ?? 'default'),
		involvedObject: {
			kind: involved.kind,
			name: involved.metadata.name,
			namespace: involved.metadata.namespace,
			uid: involved.metadata.uid
		},
		reason,
		message,
		type,
		count,
		firstTimestamp: T0,
		lastTimestamp: count > 1 ? '2026-03-14T09:58:00Z' : T1,
		source: { component: from }
	};
}

export const POD_OK = pod('payments-primary-7d4b9c8f6-abcde', true, 0);
export const POD_CRASH = pod('payments-primary-7d4b9c8f6-fghij', false, 5);

export function objects(): KubeObject[] {
	const deploy: KubeObject = {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: meta('payments-primary', 'payments', {
			labels: { app: 'payments' },
			annotations: { 'deployment.kubernetes.io/revision': '3' }
		}),
		spec: {
			replicas: 2,
			selector: { matchLabels: { app: 'payments', pool: 'primary' } },
			template,
			strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } }
		},
		status: {
			replicas: 2,
			updatedReplicas: 2,
			readyReplicas: 1,
			availableReplicas: 1,
			unavailableReplicas: 1,
			conditions: [
				{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' },
				{ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }
			]
		}
	};
	const rs: KubeObject = {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: meta('payments-primary-7d4b9c8f6', 'payments', {
			labels: template.metadata.labels,
			annotations: { 'deployment.kubernetes.io/revision': '3' },
			ownerReferences: [
				{
					apiVersion: 'apps/v1',
					kind: 'Deployment',
					name: 'payments-primary',
					uid: 'uid-payments-primary',
					controller: true
				}
			]
		}),
		spec: { replicas: 2, selector: { matchLabels: template.metadata.labels }, template },
		status: { replicas: 2, readyReplicas: 1, availableReplicas: 1 }
	};
	const node: KubeObject = {
		apiVersion: 'v1',
		kind: 'Node',
		metadata: meta('node-a', undefined, {
			labels: { 'kubernetes.io/hostname': 'node-a', 'node-role.kubernetes.io/worker': '' }
		}),
		spec: { podCIDR: '10.244.1.0/24', providerID: 'aws:///us-east-1a/i-0abc' },
		status: {
			capacity: { cpu: '4', memory: '16Gi', pods: '110' },
			allocatable: { cpu: '3920m', memory: '15Gi', pods: '110' },
			conditions: [
				{
					type: 'MemoryPressure',
					status: 'False',
					lastTransitionTime: T0,
					reason: 'KubeletHasSufficientMemory',
					message: 'kubelet has sufficient memory available'
				},
				{
					type: 'Ready',
					status: 'True',
					lastTransitionTime: T0,
					reason: 'KubeletReady',
					message: 'kubelet is posting ready status'
				}
			],
			addresses: [
				{ type: 'InternalIP', address: '10.0.1.10' },
				{ type: 'Hostname', address: 'node-a' }
			],
			nodeInfo: {
				kubeletVersion: 'v1.32.4',
				osImage: 'Ubuntu 22.04.4 LTS',
				kernelVersion: '6.5.0-1018-aws',
				containerRuntimeVersion: 'containerd://1.7.13',
				operatingSystem: 'linux',
				architecture: 'amd64',
				machineID: 'm1',
				systemUUID: 's1',
				bootID: 'b1'
			}
		}
	};
	const svc: KubeObject = {
		apiVersion: 'v1',
		kind: 'Service',
		metadata: meta('payments', 'payments', { labels: { app: 'payments' } }),
		spec: {
			selector: { app: 'payments' },
			type: 'ClusterIP',
			clusterIP: '10.96.12.34',
			clusterIPs: ['10.96.12.34'],
			ipFamilies: ['IPv4'],
			ipFamilyPolicy: 'SingleStack',
			ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
			sessionAffinity: 'None',
			internalTrafficPolicy: 'Cluster'
		}
	};
	const ep: KubeObject = {
		apiVersion: 'v1',
		kind: 'Endpoints',
		metadata: meta('payments', 'payments', { labels: { app: 'payments' } }),
		subsets: [
			{
				addresses: [{ ip: '10.244.1.5' }],
				notReadyAddresses: [{ ip: '10.244.1.6' }],
				ports: [{ name: 'http', port: 8080, protocol: 'TCP' }]
			}
		]
	};
	const ns: KubeObject = {
		apiVersion: 'v1',
		kind: 'Namespace',
		metadata: meta('payments', undefined, {
			labels: { 'kubernetes.io/metadata.name': 'payments' }
		}),
		spec: { finalizers: ['kubernetes'] },
		status: { phase: 'Active' }
	};
	const cm: KubeObject = {
		apiVersion: 'v1',
		kind: 'ConfigMap',
		metadata: meta('payments-config', 'payments'),
		data: { LOG_LEVEL: 'info', 'feature.flags': 'fast-path=on' }
	};
	const secret: KubeObject = {
		apiVersion: 'v1',
		kind: 'Secret',
		metadata: meta('payments-db', 'payments'),
		type: 'Opaque',
		data: { password: 'aHVudGVyMg==', username: 'cGF5bWVudHM=' }
	};
	return [
		ns,
		deploy,
		rs,
		POD_OK,
		POD_CRASH,
		node,
		svc,
		ep,
		cm,
		secret,
		event(
			'payments-primary-7d4b9c8f6-fghij.1',
			POD_CRASH,
			'BackOff',
			'Back-off restarting failed container payments in pod payments-primary-7d4b9c8f6-fghij_payments(uid)',
			22,
			'Warning'
		),
		event(
			'payments-primary-7d4b9c8f6-fghij.2',
			POD_CRASH,
			'Pulled',
			'Container image "registry.example.com/payments:1.42.0" already present on machine',
			1
		)
	];
}

/** A world with one context `prod-us-east-1` holding the fixture objects. */
export function fixtureWorld(extra: KubeObject[] = []): World {
	const tx = new ClusterTx(emptyCluster('prod-us-east-1', 'https://10.0.0.1:6443', 7));
	for (const o of [...objects(), ...extra]) tx.put(o);
	return {
		contexts: [
			{ name: 'prod-us-east-1', cluster: 'prod-us-east-1', user: 'oncall', namespace: 'payments' },
			{ name: 'prod-eu-west-1', cluster: 'prod-eu-west-1', user: 'oncall', namespace: 'default' }
		],
		currentContext: 'prod-us-east-1',
		clusters: {
			'prod-us-east-1': tx.commit(),
			'prod-eu-west-1': emptyCluster('prod-eu-west-1', 'https://10.1.0.1:6443', 9, 'v1.29.6')
		}
	};
}

/** An Invocation as the parser would hand it: defaults from the spec, `given` from `flags`. */
export function invocation(
	path: string[],
	args: string[],
	flags: Record<string, FlagValue> = {},
	defaults: { name: string; default?: FlagValue }[] = []
): Invocation {
	const map = new Map<string, FlagValue>();
	for (const f of defaults) if (f.default !== undefined) map.set(f.name, f.default);
	for (const [k, v] of Object.entries(flags)) map.set(k, v);
	return { path, args, flags: map, given: new Set(Object.keys(flags)), argv: [...path, ...args] };
}

export function env(world: World, namespace = 'payments', now = NOW): Env {
	return { world, now, context: world.currentContext, namespace, namespaceGiven: false };
}
