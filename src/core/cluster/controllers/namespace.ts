/**
 * The namespace controllers: every Active namespace gets the `kube-root-ca.crt` ConfigMap (the
 * root CA publisher) and the `default` ServiceAccount (the service account controller); a deleted
 * namespace stays `Terminating` while its contents go (pods gracefully) and is finalized, i.e.
 * removed, once nothing is left in it.
 */
import { fnv32a } from '../../clock/random';
import { API_RESOURCES, resourceKey } from '../resources';
import type { ClusterTx } from '../store';
import type { KubeObject, Pod, PodCondition } from '../types';
import { timestamp } from '../world';
import { KEYS, type Ctx } from './context';
import { isTerminating, markForDeletion, putIfChanged } from './pods';

const NAMESPACES = 'namespaces';
const EVENTS = 'events';

/** Store keys of every namespaced resource, events last (they are swept with the namespace). */
const NAMESPACED_KEYS = [
	...new Set(
		API_RESOURCES.filter((r) => r.preferred && r.namespaced && r.group !== 'metrics.k8s.io').map(
			resourceKey
		)
	)
]
	.filter((k) => k !== EVENTS && k !== 'events.events.k8s.io')
	.sort((a, b) => (a === KEYS.pods ? 1 : b === KEYS.pods ? -1 : 0));

/** Whether `namespace` is being deleted: creating objects in it is refused (Forbidden). */
export function namespaceTerminating(tx: ClusterTx, namespace: string): boolean {
	const ns = tx.get(NAMESPACES, '', namespace);
	return !!ns && (isTerminating(ns) || ns.status?.phase === 'Terminating');
}

/**
 * What the API server does on `DELETE namespaces/x`: the namespace turns Terminating (deletion
 * timestamp, phase) and the namespace controller empties and then removes it. Returns the stored
 * namespace, or undefined when there is none.
 */
export function markNamespaceForDeletion(
	tx: ClusterTx,
	namespace: string,
	now: number
): KubeObject | undefined {
	const ns = tx.get(NAMESPACES, '', namespace);
	if (!ns) return undefined;
	if (isTerminating(ns)) return ns;
	return tx.put({
		...ns,
		metadata: { ...ns.metadata, deletionTimestamp: timestamp(now) },
		status: { ...(ns.status ?? {}), phase: 'Terminating' }
	});
}

export function runNamespaces(ctx: Ctx): void {
	for (const ns of ctx.tx.list(NAMESPACES)) {
		if (isTerminating(ns)) finalize(ctx, ns);
		else publish(ctx.tx, ns);
	}
}

/** The per-namespace objects every cluster keeps, created along with the namespace. */
function publish(tx: ClusterTx, ns: KubeObject): void {
	const name = ns.metadata.name;
	const created = ns.metadata.creationTimestamp;
	if (!tx.get('configmaps', name, 'kube-root-ca.crt')) tx.put(rootCaConfigMap(tx, name, created));
	if (!tx.get('serviceaccounts', name, 'default'))
		tx.put(serviceAccount(tx, name, 'default', created));
}

export function serviceAccount(
	tx: ClusterTx,
	namespace: string,
	name: string,
	created: string
): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'ServiceAccount',
		metadata: { name, namespace, uid: tx.uid(), resourceVersion: '', creationTimestamp: created }
	};
}

function rootCaConfigMap(tx: ClusterTx, namespace: string, created: string): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'ConfigMap',
		metadata: {
			name: 'kube-root-ca.crt',
			namespace,
			uid: tx.uid(),
			resourceVersion: '',
			creationTimestamp: created,
			annotations: {
				'kubernetes.io/description':
					'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.'
			}
		},
		data: { 'ca.crt': clusterCa(tx.name) }
	};
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const caCache = new Map<string, string>();

/** A PEM-shaped CA certificate, the same for every namespace of one cluster. */
export function clusterCa(cluster: string): string {
	const hit = caCache.get(cluster);
	if (hit) return hit;
	let body = 'MIIDBTCCAe2gAwIBAgII';
	for (let i = 0; body.length < 1044; i++) body += B64[fnv32a(`${cluster}/ca/${i}`) % 64];
	body += '==';
	const lines = body.match(/.{1,64}/g)!.join('\n');
	const pem = `-----BEGIN CERTIFICATE-----\n${lines}\n-----END CERTIFICATE-----\n`;
	caCache.set(cluster, pem);
	return pem;
}

/** Deletes what is left in a Terminating namespace; removes it once nothing remains. */
function finalize(ctx: Ctx, ns: KubeObject): void {
	const name = ns.metadata.name;
	const remaining = new Map<string, number>();
	for (const key of NAMESPACED_KEYS) {
		const objects = ctx.tx.list(key, name);
		if (!objects.length) continue;
		if (key !== KEYS.pods) {
			for (const o of objects) ctx.tx.delete(key, name, o.metadata.name);
			continue;
		}
		for (const pod of objects) markForDeletion(ctx.tx, pod as Pod, ctx.now);
		const left = ctx.tx.list(key, name).length;
		if (left) remaining.set(key, left);
	}
	if (!remaining.size) {
		for (const e of ctx.tx.list(EVENTS, name)) ctx.tx.delete(EVENTS, name, e.metadata.name);
		ctx.tx.delete(NAMESPACES, '', name);
		return;
	}
	const conditions = terminatingConditions(ns, remaining, ctx.now);
	putIfChanged(ctx.tx, ns, { ...ns, status: { ...ns.status, phase: 'Terminating', conditions } });
}

function terminatingConditions(
	ns: KubeObject,
	remaining: Map<string, number>,
	now: number
): PodCondition[] {
	const prev = (ns.status?.conditions ?? []) as PodCondition[];
	const since = (type: string) =>
		prev.find((c) => c.type === type)?.lastTransitionTime ?? timestamp(now);
	// `pods. has 5 resource instances`: resource.group, as the namespace controller words it.
	const left = [...remaining]
		.map(([key, n]) => `${key.includes('.') ? key : `${key}.`} has ${n} resource instances`)
		.sort()
		.join(', ');
	const rows: [string, 'True' | 'False', string, string][] = [
		[
			'NamespaceDeletionDiscoveryFailure',
			'False',
			'ResourcesDiscovered',
			'All resources successfully discovered'
		],
		[
			'NamespaceDeletionGroupVersionParsingFailure',
			'False',
			'ParsedGroupVersions',
			'All legacy kube types successfully parsed'
		],
		[
			'NamespaceDeletionContentFailure',
			'False',
			'ContentDeleted',
			'All content successfully deleted, may be waiting on finalization'
		],
		[
			'NamespaceContentRemaining',
			'True',
			'SomeResourcesRemain',
			`Some resources are remaining: ${left}`
		],
		[
			'NamespaceFinalizersRemaining',
			'False',
			'ContentHasNoFinalizers',
			'All content-preserving finalizers finished'
		]
	];
	return rows.map(([type, status, reason, message]) => ({
		lastTransitionTime: since(type),
		message,
		reason,
		status,
		type
	}));
}
