/**
 * Worlds as plain JSON and back, losslessly: the object index's Maps become arrays of objects
 * (API server order), everything else is already JSON. Used for the built-in worlds' snapshots and
 * anywhere a world must cross a boundary as text.
 */
import type { Cluster, KubeObject, ObjectIndex, World } from './types';

export interface ClusterJSON extends Omit<Cluster, 'objects'> {
	/** store key → objects */
	objects: Record<string, KubeObject[]>;
}

export interface WorldJSON extends Omit<World, 'clusters'> {
	clusters: Record<string, ClusterJSON>;
}

export function worldToJSON(world: World): WorldJSON {
	const clusters: Record<string, ClusterJSON> = {};
	for (const [name, cluster] of Object.entries(world.clusters)) {
		const objects: Record<string, KubeObject[]> = {};
		for (const [key, byNs] of [...cluster.objects].sort(([a], [b]) => compare(a, b))) {
			const list: KubeObject[] = [];
			for (const ns of [...byNs.keys()].sort(compare)) {
				const names = byNs.get(ns)!;
				for (const n of [...names.keys()].sort(compare)) list.push(names.get(n)!);
			}
			if (list.length > 0) objects[key] = list;
		}
		clusters[name] = { ...cluster, objects };
	}
	return { ...world, clusters };
}

export function worldFromJSON(json: WorldJSON): World {
	const clusters: Record<string, Cluster> = {};
	for (const [name, cluster] of Object.entries(json.clusters)) {
		const objects = new Map<string, Map<string, Map<string, KubeObject>>>();
		for (const [key, list] of Object.entries(cluster.objects)) {
			const byNs = new Map<string, Map<string, KubeObject>>();
			for (const obj of list) {
				const ns = obj.metadata.namespace ?? '';
				let names = byNs.get(ns);
				if (!names) byNs.set(ns, (names = new Map()));
				names.set(obj.metadata.name, obj);
			}
			objects.set(key, byNs);
		}
		clusters[name] = { ...cluster, objects: objects as ObjectIndex };
	}
	return { ...json, clusters };
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
