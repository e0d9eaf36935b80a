/**
 * What the API server does on DELETE: pods terminate gracefully (deletionTimestamp) unless the
 * grace period is 0; owners go at once and the garbage collector takes their dependents
 * (background), or their dependents are released (orphan); a namespace takes its contents along.
 */
import { markNamespaceForDeletion } from '../../cluster/controllers/namespace';
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
	// A namespace stays Terminating while the namespace controller empties it.
	if (obj.kind === 'Namespace') markNamespaceForDeletion(tx, obj.metadata.name, o.now);
	else tx.delete(key, ns, obj.metadata.name);
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
