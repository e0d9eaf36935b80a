/**
 * The last touches of a build that keep references from dangling: ServiceAccounts that workloads
 * run as (created with the first workload that names them) and the volumes bound claims point to.
 */
import { ensureVolumes } from './controllers/volumes';
import { serviceAccount } from './controllers/namespace';
import { ClusterTx } from './store';
import type { Cluster, KubeObject } from './types';

const WORKLOADS = [
	'deployments.apps',
	'statefulsets.apps',
	'daemonsets.apps',
	'jobs.batch',
	'cronjobs.batch',
	'replicasets.apps',
	'pods'
];

function podSpecOf(o: KubeObject): Record<string, unknown> | undefined {
	if (o.kind === 'Pod') return o.spec;
	if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.spec;
	return o.spec?.template?.spec;
}

export function withReferencedObjects(cluster: Cluster): Cluster {
	const tx = new ClusterTx(cluster);
	const wanted = new Map<string, string>();
	for (const key of WORKLOADS)
		for (const o of tx.list(key)) {
			const sa = podSpecOf(o)?.serviceAccountName;
			if (typeof sa !== 'string' || !sa) continue;
			const id = `${o.metadata.namespace ?? 'default'}/${sa}`;
			const prev = wanted.get(id);
			if (!prev || o.metadata.creationTimestamp < prev)
				wanted.set(id, o.metadata.creationTimestamp);
		}
	for (const [id, created] of [...wanted].sort()) {
		const [ns, name] = id.split('/');
		if (!tx.get('namespaces', '', ns) || tx.get('serviceaccounts', ns, name)) continue;
		tx.put(serviceAccount(tx, ns, name, created));
	}
	ensureVolumes(tx);
	return tx.commit();
}
