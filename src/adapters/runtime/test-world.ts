/** A small hand-built world for the runtime's tests: one context, a few objects. */
import { ClusterTx, emptyCluster } from '../../core/cluster/store';
import type { KubeObject, World } from '../../core/cluster/types';

export const T0 = Date.UTC(2026, 2, 14, 9, 41, 0);

const meta = (name: string, namespace?: string, extra: object = {}) => ({
	name,
	...(namespace ? { namespace } : {}),
	uid: `uid-${name}`,
	resourceVersion: '1',
	creationTimestamp: '2026-03-14T09:00:00Z',
	...extra
});

function deployment(name: string, replicas: number, ready: number, ns = 'payments'): KubeObject {
	const updated = ready;
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: meta(name, ns),
		spec: {
			replicas,
			selector: { matchLabels: { app: name } },
			template: { spec: { containers: [] } }
		},
		status: { replicas, readyReplicas: ready, updatedReplicas: updated }
	};
}

function pod(name: string, phase: string, waiting?: string, deleting = false): KubeObject {
	const state = waiting
		? { waiting: { reason: waiting } }
		: { running: { startedAt: '2026-03-14T09:00:00Z' } };
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: meta(name, 'payments', deleting ? { deletionTimestamp: '2026-03-14T09:40:00Z' } : {}),
		spec: { containers: [{ name: 'app', image: 'app:1' }] },
		status: {
			phase,
			containerStatuses: [
				{
					name: 'app',
					image: 'app:1',
					imageID: '',
					ready: !waiting,
					restartCount: 0,
					state,
					lastState: {}
				}
			]
		}
	};
}

function node(name: string, ready: boolean, unschedulable = false): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Node',
		metadata: meta(name),
		spec: unschedulable ? { unschedulable: true } : {},
		status: {
			capacity: {},
			allocatable: {},
			conditions: [{ type: 'Ready', status: ready ? 'True' : 'Unknown' }],
			addresses: [],
			nodeInfo: {}
		}
	};
}

export function testWorld(): World {
	const tx = new ClusterTx(emptyCluster('prod-us-east-1', 'https://10.0.0.1', 7));
	for (const obj of [
		deployment('payments-primary', 3, 3),
		deployment('payments-secondary', 2, 1),
		deployment('ledger', 1, 0),
		deployment('coredns', 2, 2, 'kube-system'),
		pod('payments-primary-a', 'Running'),
		pod('payments-primary-b', 'Running'),
		pod('payments-secondary-a', 'Running', 'CrashLoopBackOff'),
		pod('payments-secondary-b', 'Pending', 'ContainerCreating'),
		pod('payments-primary-c', 'Running', undefined, true),
		node('node-a', true),
		node('node-b', true, true),
		node('node-c', false)
	])
		tx.put(obj);
	return {
		contexts: [
			{ name: 'prod-us-east-1', cluster: 'prod-us-east-1', user: 'oncall', namespace: 'payments' }
		],
		currentContext: 'prod-us-east-1',
		clusters: { 'prod-us-east-1': tx.commit() }
	};
}
