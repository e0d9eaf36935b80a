/**
 * Deployment revisions as kubectl reads them: the ReplicaSets a deployment controls, each
 * stamped with `deployment.kubernetes.io/revision`; templates compared ignoring the hash label.
 */
import type { ClusterTx } from '../../cluster/store';
import type { KubeObject, PodTemplate } from '../../cluster/types';
import { clone, deepEqual } from './update';

export const REVISION = 'deployment.kubernetes.io/revision';
export const CHANGE_CAUSE = 'kubernetes.io/change-cause';
export const HASH_LABEL = 'pod-template-hash';

export function revisionOf(obj: KubeObject): number {
	return Number(obj.metadata.annotations?.[REVISION] ?? 0);
}

/** ReplicaSets controlled by `deploy`, oldest revision first. */
export function ownedReplicaSets(tx: ClusterTx, deploy: KubeObject): KubeObject[] {
	const ns = deploy.metadata.namespace ?? '';
	return tx
		.list('replicasets.apps', ns)
		.filter((rs) =>
			(rs.metadata.ownerReferences ?? []).some(
				(o) =>
					o.controller &&
					o.kind === 'Deployment' &&
					(o.uid === deploy.metadata.uid || o.name === deploy.metadata.name)
			)
		)
		.sort((a, b) => revisionOf(a) - revisionOf(b));
}

/** The ReplicaSet at `revision`, or for 0 the one before the latest (kubectl's deploymentRevision). */
export function replicaSetAt(rss: KubeObject[], revision: number): KubeObject | undefined {
	const stamped = rss.filter((rs) => revisionOf(rs) > 0);
	if (revision > 0) return stamped.find((rs) => revisionOf(rs) === revision);
	return stamped.length >= 2 ? stamped[stamped.length - 2] : undefined;
}

function withoutHash(t: PodTemplate): PodTemplate {
	const labels = { ...(t.metadata?.labels ?? {}) };
	delete labels[HASH_LABEL];
	return { ...t, metadata: { ...t.metadata, labels } };
}

/** Templates equal but for the pod-template-hash label (kubectl's equalIgnoreHash). */
export function equalIgnoreHash(a: PodTemplate, b: PodTemplate): boolean {
	return deepEqual(withoutHash(a), withoutHash(b));
}

/** A template with the hash label removed, as undo writes it back into the deployment. */
export function templateForDeployment(t: PodTemplate): PodTemplate {
	const out = clone(withoutHash(t));
	if (out.metadata && Object.keys(out.metadata.labels ?? {}).length === 0)
		delete out.metadata.labels;
	return out;
}
