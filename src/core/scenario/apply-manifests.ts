/**
 * A timeline's `apply`: manifests created, or replaced when they exist, as `kubectl apply` would
 * leave them. The API server's part is done here (uid, creationTimestamp, resourceVersion,
 * generation, spec defaults); the controllers' part is left to the reconcile that follows.
 * A replaced object keeps its uid, creationTimestamp, status (unless the manifest gives one, as a
 * scenario does to turn a node NotReady), annotations controllers wrote and a Service's cluster IP.
 * Images new to the cluster are not added to its registry: a tag nobody pushed fails to pull
 * unless a Namespace's `preflight.dev/registry` lists it.
 */
import { hasGeneration, withApiDefaults } from '../cluster/build-defaults';
import { parseManifests } from '../cluster/manifests';
import { keyForKind, resourceForKind } from '../cluster/resources';
import { ClusterTx } from '../cluster/store';
import type { KubeObject, World } from '../cluster/types';
import { clusterOf, findContext, timestamp, withCluster } from '../cluster/world';

export type Applied = { ok: true; world: World } | { ok: false; message: string };

export function applyManifests(
	world: World,
	text: string,
	file: string,
	contextName: string,
	at: number
): Applied {
	// As `kubectl apply`: an object that names no namespace goes to the context's.
	const parsed = parseManifests(text, file, findContext(world, contextName)?.namespace);
	if (!parsed.ok) return { ok: false, message: parsed.errors.map((e) => e.message).join('\n') };
	const cluster = clusterOf(world, contextName);
	if (!cluster) return { ok: false, message: `context "${contextName}" does not exist` };
	const tx = new ClusterTx(cluster);
	// Namespaces first, so objects in a namespace the same apply creates find it.
	const ordered = [
		...parsed.objects.filter((o) => o.kind === 'Namespace'),
		...parsed.objects.filter((o) => o.kind !== 'Namespace')
	];
	for (const obj of ordered) {
		const namespaced = resourceForKind(obj.kind)?.namespaced ?? false;
		const ns = namespaced ? (obj.metadata.namespace ?? 'default') : '';
		if (namespaced && !tx.get('namespaces', '', ns))
			return {
				ok: false,
				message: `Error from server (NotFound): namespaces "${ns}" not found (${obj.kind} ${obj.metadata.name})`
			};
		const existing = tx.get(keyForKind(obj.kind), ns, obj.metadata.name);
		tx.put(stored(obj, existing, tx, at));
	}
	return { ok: true, world: withCluster(world, tx.commit()) };
}

/** The object as the API server stores it on create (no `existing`) or on replace. */
function stored(
	obj: KubeObject,
	existing: KubeObject | undefined,
	tx: ClusterTx,
	at: number
): KubeObject {
	const uid = existing?.metadata.uid ?? (obj.metadata.uid || tx.uid());
	const input = withKeptFields({ ...obj, metadata: { ...obj.metadata, uid } }, existing);
	const defaulted = withApiDefaults(input, tx.random);
	const generation = nextGeneration(defaulted, existing);
	const annotations = { ...existing?.metadata.annotations, ...defaulted.metadata.annotations };
	return {
		...defaulted,
		metadata: {
			...defaulted.metadata,
			uid,
			creationTimestamp:
				existing?.metadata.creationTimestamp ?? obj.metadata.creationTimestamp ?? timestamp(at),
			...(Object.keys(annotations).length ? { annotations } : {}),
			...(generation !== undefined ? { generation } : {})
		},
		...(obj.status === undefined && existing?.status !== undefined
			? { status: existing.status }
			: {})
	};
}

/** Immutable fields the API server keeps when a manifest leaves them out (a Service's IPs). */
function withKeptFields(obj: KubeObject, existing: KubeObject | undefined): KubeObject {
	if (obj.kind !== 'Service' || !existing || obj.spec?.clusterIP !== undefined) return obj;
	const { clusterIP, clusterIPs } = existing.spec ?? {};
	return { ...obj, spec: { ...obj.spec, clusterIP, clusterIPs } };
}

function nextGeneration(obj: KubeObject, existing: KubeObject | undefined): number | undefined {
	if (!hasGeneration(obj.kind)) return undefined;
	const previous = existing?.metadata.generation;
	if (previous === undefined) return 1;
	return JSON.stringify(obj.spec) === JSON.stringify(existing?.spec) ? previous : previous + 1;
}
