/** A small two-context world for the shell's tests, built with the cluster store directly. */
import { ClusterTx, emptyCluster } from '../cluster/store';
import type { KubeObject, World } from '../cluster/types';

export const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);

function meta(name: string, namespace?: string) {
	return {
		name,
		...(namespace ? { namespace } : {}),
		uid: `uid-${name}`,
		resourceVersion: '1',
		creationTimestamp: '2025-01-15T08:00:00Z'
	};
}

function deployment(name: string, namespace: string): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: meta(name, namespace),
		spec: {
			replicas: 0,
			selector: { matchLabels: { app: name } },
			template: {
				metadata: { labels: { app: name } },
				spec: { containers: [{ name: 'app', image: 'registry.example/app:1' }] }
			}
		}
	};
}

export function testWorld(): World {
	const tx = new ClusterTx(emptyCluster('prod-us-east-1', 'https://10.0.0.1:6443', 7));
	for (const ns of ['default', 'payments', 'ledger'])
		tx.put({
			apiVersion: 'v1',
			kind: 'Namespace',
			metadata: meta(ns),
			spec: {},
			status: { phase: 'Active' }
		});
	tx.put(deployment('payments-primary', 'payments'));
	tx.put(deployment('payments-secondary', 'payments'));
	tx.put(deployment('ledger', 'ledger'));
	const eu = new ClusterTx(emptyCluster('prod-eu-west-1', 'https://10.1.0.1:6443', 8));
	eu.put({ apiVersion: 'v1', kind: 'Namespace', metadata: meta('payments'), spec: {} });
	return {
		contexts: [
			{ name: 'prod-us-east-1', cluster: 'prod-us-east-1', user: 'oncall', namespace: 'payments' },
			{ name: 'prod-eu-west-1', cluster: 'prod-eu-west-1', user: 'oncall' }
		],
		currentContext: 'prod-us-east-1',
		clusters: { 'prod-us-east-1': tx.commit(), 'prod-eu-west-1': eu.commit() }
	};
}
