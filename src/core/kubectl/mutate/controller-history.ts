/**
 * A StatefulSet's or DaemonSet's rollout history, as kubectl 1.32 reads it from the
 * ControllerRevisions the object owns. When the store holds none (the simulator's controllers keep
 * only the `controller-revision-hash` on pods and the StatefulSet's current/update revision), the
 * history is rebuilt from those: older hashes first, the live template last.
 */
import { templateHash } from '../../cluster/controllers/template-hash';
import type { ClusterTx } from '../../cluster/store';
import type { KubeObject, PodTemplate } from '../../cluster/types';
import { CHANGE_CAUSE } from './revision';

export interface HistoryEntry {
	revision: number;
	changeCause?: string;
	/** Known only for the live revision unless a ControllerRevision carries it. */
	template?: PodTemplate;
}

const HASH_LABEL = 'controller-revision-hash';

const ownedBy = (o: KubeObject, owner: KubeObject) =>
	(o.metadata.ownerReferences ?? []).some(
		(r) => r.controller && r.kind === owner.kind && r.uid === owner.metadata.uid
	);

function fromRevisions(tx: ClusterTx, obj: KubeObject): HistoryEntry[] {
	const ns = obj.metadata.namespace ?? '';
	return tx
		.list('controllerrevisions.apps', ns)
		.filter((cr) => ownedBy(cr, obj))
		.map((cr) => {
			const data = (cr as { data?: { spec?: { template?: PodTemplate } } }).data;
			return {
				revision: Number((cr as { revision?: number }).revision ?? 0),
				changeCause: cr.metadata.annotations?.[CHANGE_CAUSE],
				template: data?.spec?.template
			};
		})
		.sort((a, b) => a.revision - b.revision);
}

/** The revision hashes in rollout order: those on older pods, then the live template's. */
function hashesInOrder(tx: ClusterTx, obj: KubeObject): string[] {
	const prefix = obj.kind === 'StatefulSet' ? `${obj.metadata.name}-` : '';
	const live = `${prefix}${templateHash(obj.spec.template)}`;
	const pods = tx
		.list('pods', obj.metadata.namespace ?? '')
		.filter((p) => ownedBy(p, obj))
		.sort((a, b) =>
			String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp))
		);
	const status = obj.status as { currentRevision?: string } | undefined;
	const seen = [status?.currentRevision, ...pods.map((p) => p.metadata.labels?.[HASH_LABEL])];
	const older = seen.filter((h): h is string => !!h && h !== live);
	return [...new Set(older), live];
}

export function controllerHistory(tx: ClusterTx, obj: KubeObject): HistoryEntry[] {
	const stored = fromRevisions(tx, obj);
	if (stored.length > 0) return stored;
	const hashes = hashesInOrder(tx, obj);
	return hashes.map((_, i) =>
		i === hashes.length - 1
			? {
					revision: i + 1,
					changeCause: obj.metadata.annotations?.[CHANGE_CAUSE],
					template: obj.spec.template
				}
			: { revision: i + 1 }
	);
}
