/**
 * What the API server does on DELETE: pods terminate gracefully (deletionTimestamp) unless the
 * grace period is 0; owners go at once and the garbage collector takes their dependents
 * (background), or their dependents are released (orphan); a namespace takes its contents along.
 */
import { markForDeletion } from '../../cluster/controllers';
import type { KubeObject, Pod } from '../../cluster/types';
import type { ClusterTx } from '../../cluster/store';
import { keyForKind } from '../../cluster/resources';
import { clone } from './update';

export type Cascade = 'background' | 'foreground' | 'orphan';

export interface DeleteOptions {
	now: number;
	/** Seconds; undefined uses the object's own (pods: terminationGracePeriodSeconds). */
	grace?: number;
	cascade: Cascade;
}

export function deleteObject(tx: ClusterTx, obj: KubeObject, o: DeleteOptions): void {
	const key = keyForKind(obj.kind);
	const ns = obj.metadata.namespace ?? '';
	if (obj.kind === 'Pod') {
		if (o.grace === 0) tx.delete(key, ns, obj.metadata.name);
		else markForDeletion(tx, obj as Pod, o.now, o.grace);
		return;
	}
	if (o.cascade === 'orphan') orphanDependents(tx, obj);
	if (obj.kind === 'Namespace') deleteNamespaceContents(tx, obj.metadata.name, o);
	tx.delete(key, ns, obj.metadata.name);
}

function orphanDependents(tx: ClusterTx, owner: KubeObject): void {
	const ns = owner.metadata.namespace ?? '';
	for (const key of ['replicasets.apps', 'pods', 'jobs.batch']) {
		for (const dep of tx.list(key, ns)) {
			const refs = dep.metadata.ownerReferences ?? [];
			const kept = refs.filter((r) => r.uid !== owner.metadata.uid);
			if (kept.length === refs.length) continue;
			const next = clone(dep);
			if (kept.length) next.metadata.ownerReferences = kept;
			else delete next.metadata.ownerReferences;
			tx.put(next);
		}
	}
}

/** Every namespaced store key that holds objects in `namespace`. */
function keysIn(tx: ClusterTx, namespace: string): string[] {
	const keys = [
		'pods',
		'deployments.apps',
		'replicasets.apps',
		'statefulsets.apps',
		'daemonsets.apps',
		'jobs.batch',
		'cronjobs.batch',
		'services',
		'endpoints',
		'configmaps',
		'secrets',
		'events',
		'horizontalpodautoscalers.autoscaling',
		'poddisruptionbudgets.policy',
		'ingresses.networking.k8s.io',
		'persistentvolumeclaims',
		'serviceaccounts',
		'controllerrevisions.apps',
		'endpointslices.discovery.k8s.io',
		'roles.rbac.authorization.k8s.io',
		'rolebindings.rbac.authorization.k8s.io',
		'limitranges',
		'resourcequotas',
		'networkpolicies.networking.k8s.io'
	];
	return keys.filter((k) => tx.namespacesOf(k).includes(namespace));
}

function deleteNamespaceContents(tx: ClusterTx, namespace: string, o: DeleteOptions): void {
	for (const key of keysIn(tx, namespace)) {
		for (const obj of tx.list(key, namespace)) {
			if (key === 'pods') deleteObject(tx, obj, { ...o, grace: o.grace === 0 ? 0 : undefined });
			else tx.delete(key, namespace, obj.metadata.name);
		}
	}
}
