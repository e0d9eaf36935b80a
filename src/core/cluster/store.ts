/**
 * Copy-on-write access to a cluster's objects. A `ClusterTx` reads through to the cluster it was
 * opened on and copies only the maps it writes to, so a read-only command costs no copying and
 * `commit()` returns a new `Cluster` while the old one stays valid (the pure-step contract).
 * Objects themselves are never mutated in place: `put` replaces them.
 */
import { Random } from '../clock/random';
import { keyForKind } from './resources';
import type { Cluster, KubeObject, ObjectIndex } from './types';
import { uuidV4 } from './uuid';

type NameMap = Map<string, KubeObject>;
type NsMap = Map<string, ReadonlyMap<string, KubeObject>>;

export class ClusterTx {
	readonly #base: Cluster;
	#objects: Map<string, ReadonlyMap<string, ReadonlyMap<string, KubeObject>>> | undefined;
	readonly #ownedNs = new Set<NsMap>();
	readonly #ownedNames = new Set<NameMap>();
	#resourceVersion: number;
	readonly random: Random;

	constructor(cluster: Cluster) {
		this.#base = cluster;
		this.#resourceVersion = cluster.resourceVersion;
		this.random = new Random(cluster.rng);
	}

	get name(): string {
		return this.#base.name;
	}

	/** The images the cluster's registry serves (see registry.ts); undefined serves all. */
	get registry(): ReadonlySet<string> | undefined {
		const list = this.#base.registry;
		if (!list) return undefined;
		let set = registrySets.get(list);
		if (!set) registrySets.set(list, (set = new Set(list)));
		return set;
	}

	get #index(): ObjectIndex {
		return this.#objects ?? this.#base.objects;
	}

	/** One object by store key (`pods`, `deployments.apps`); `''` namespace for cluster-scoped. */
	get<T extends KubeObject = KubeObject>(
		key: string,
		namespace: string,
		name: string
	): T | undefined {
		return this.#index.get(key)?.get(namespace)?.get(name) as T | undefined;
	}

	/**
	 * Objects of one resource, in API server order (namespace, then name). `namespace` undefined
	 * lists every namespace.
	 */
	list<T extends KubeObject = KubeObject>(key: string, namespace?: string): T[] {
		const byNs = this.#index.get(key);
		if (!byNs) return [];
		if (namespace !== undefined) return sortedValues(byNs.get(namespace)) as T[];
		const out: KubeObject[] = [];
		for (const ns of [...byNs.keys()].sort(compare)) out.push(...sortedValues(byNs.get(ns)));
		return out as T[];
	}

	/** Namespaces that hold at least one object of this resource. */
	namespacesOf(key: string): string[] {
		return [...(this.#index.get(key)?.keys() ?? [])].sort(compare);
	}

	/** Stores `obj` (create or replace), stamping a fresh resourceVersion. Returns the stored object. */
	put<T extends KubeObject>(obj: T): T {
		const stored = {
			...obj,
			metadata: { ...obj.metadata, resourceVersion: String(++this.#resourceVersion) }
		};
		this.#names(keyForKind(obj.kind), obj.metadata.namespace ?? '').set(obj.metadata.name, stored);
		return stored;
	}

	/** Removes an object; returns it, or undefined when it was not there. */
	delete(key: string, namespace: string, name: string): KubeObject | undefined {
		const existing = this.get(key, namespace, name);
		if (existing) this.#names(key, namespace).delete(name);
		return existing;
	}

	/** A new uid drawn from the seeded source, shaped like the API server's UUIDv4. */
	uid(): string {
		return uuidV4(this.random.string(32, '0123456789abcdef'));
	}

	commit(): Cluster {
		return {
			...this.#base,
			objects: this.#objects ?? this.#base.objects,
			resourceVersion: this.#resourceVersion,
			rng: this.random.state
		};
	}

	#names(key: string, namespace: string): NameMap {
		this.#objects ??= new Map(this.#base.objects);
		let byNs = this.#objects.get(key) as NsMap | undefined;
		if (!byNs || !this.#ownedNs.has(byNs)) {
			byNs = new Map(byNs ?? []);
			this.#ownedNs.add(byNs);
			this.#objects.set(key, byNs);
		}
		let names = byNs.get(namespace) as NameMap | undefined;
		if (!names || !this.#ownedNames.has(names)) {
			names = new Map(names ?? []);
			this.#ownedNames.add(names);
			byNs.set(namespace, names);
		}
		return names;
	}
}

const registrySets = new WeakMap<readonly string[], ReadonlySet<string>>();

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

function sortedValues(names: ReadonlyMap<string, KubeObject> | undefined): KubeObject[] {
	if (!names) return [];
	return [...names.keys()].sort(compare).map((n) => names.get(n)!);
}

/** An empty cluster, ready for objects. */
export function emptyCluster(
	name: string,
	server: string,
	seed: number,
	version = 'v1.32.4'
): Cluster {
	return { name, server, version, objects: new Map(), resourceVersion: 1000, rng: seed };
}
