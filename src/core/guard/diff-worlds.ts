/**
 * What changed between two worlds, object by object: created, updated (spec, labels, annotations
 * or any other field but status and the resourceVersion/generation bookkeeping) and deleted —
 * including a pod whose deletion has begun (`deletionTimestamp` newly set), because from then on
 * it is going away. Worlds share unchanged maps (copy-on-write), so unchanged parts cost nothing.
 */
import type { KubeObject, ObjectIndex, World } from '../cluster/types';
import { deepEqual } from '../kubectl/mutate/update';

export interface ObjectChange {
	kind: string;
	/** Store key: `deployments.apps`, `pods`, `nodes`. */
	resource: string;
	name: string;
	/** Absent for cluster-scoped objects. */
	namespace?: string;
	change: 'create' | 'update' | 'delete';
}

/** An ObjectChange with the cluster it is in and the object on either side. */
export interface Change extends ObjectChange {
	cluster: string;
	before?: KubeObject;
	after?: KubeObject;
}

/** The object without the fields a write always touches (status, resourceVersion, generation). */
function essence(obj: KubeObject): unknown {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { status, metadata, ...rest } = obj;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { resourceVersion, generation, managedFields, ...meta } = metadata;
	return { ...rest, metadata: meta };
}

/** Whether two versions of an object differ in more than status and write bookkeeping. */
export function changedBeyondStatus(a: KubeObject, b: KubeObject): boolean {
	return a !== b && !deepEqual(essence(a), essence(b));
}

function change(
	cluster: string,
	resource: string,
	before: KubeObject | undefined,
	after: KubeObject | undefined
): Change | undefined {
	const obj = (after ?? before)!;
	let kind: Change['change'];
	if (!before) kind = 'create';
	else if (!after) kind = 'delete';
	else if (!changedBeyondStatus(before, after)) return undefined;
	else if (after.metadata.deletionTimestamp && !before.metadata.deletionTimestamp) kind = 'delete';
	else kind = 'update';
	const ns = obj.metadata.namespace;
	return {
		kind: obj.kind,
		resource,
		name: obj.metadata.name,
		...(ns && { namespace: ns }),
		change: kind,
		cluster,
		...(before && { before }),
		...(after && { after })
	};
}

function diffIndex(cluster: string, a: ObjectIndex | undefined, b: ObjectIndex): Change[] {
	const out: Change[] = [];
	const keys = new Set([...(a?.keys() ?? []), ...b.keys()]);
	for (const key of keys) {
		const byNsA = a?.get(key);
		const byNsB = b.get(key);
		if (byNsA === byNsB) continue;
		const namespaces = new Set([...(byNsA?.keys() ?? []), ...(byNsB?.keys() ?? [])]);
		for (const ns of namespaces) {
			const namesA = byNsA?.get(ns);
			const namesB = byNsB?.get(ns);
			if (namesA === namesB) continue;
			const names = new Set([...(namesA?.keys() ?? []), ...(namesB?.keys() ?? [])]);
			for (const name of names) {
				const before = namesA?.get(name);
				const after = namesB?.get(name);
				if (before === after) continue;
				const c = change(cluster, key, before, after);
				if (c) out.push(c);
			}
		}
	}
	return out;
}

const order = (c: Change) =>
	`${c.cluster}\u0000${c.resource}\u0000${c.namespace ?? ''}\u0000${c.name}`;

/** Every object that differs between `before` and `after`, sorted by cluster, resource, namespace, name. */
export function diffWorlds(before: World, after: World): Change[] {
	const out: Change[] = [];
	for (const [name, cluster] of Object.entries(after.clusters)) {
		const old = before.clusters[name];
		if (old === cluster) continue;
		out.push(...diffIndex(name, old?.objects, cluster.objects));
	}
	return out.sort((x, y) => (order(x) < order(y) ? -1 : order(x) > order(y) ? 1 : 0));
}

/** The public shape of a change (no objects, no cluster). */
export function publicChange(c: Change): ObjectChange {
	return {
		kind: c.kind,
		resource: c.resource,
		name: c.name,
		...(c.namespace && { namespace: c.namespace }),
		change: c.change
	};
}
