/** The kubeconfig view of the world: contexts, the current one, and the cluster behind each. */
import type { Cluster, KubeContext, World } from './types';

export function findContext(world: World, name: string): KubeContext | undefined {
	return world.contexts.find((c) => c.name === name);
}

/** The cluster a context points at (undefined for an unknown context). */
export function clusterOf(world: World, contextName: string): Cluster | undefined {
	const ctx = findContext(world, contextName);
	return ctx ? world.clusters[ctx.cluster] : undefined;
}

/** A new world with one cluster replaced. */
export function withCluster(world: World, cluster: Cluster): World {
	return { ...world, clusters: { ...world.clusters, [cluster.name]: cluster } };
}

/** RFC 3339 at second precision, the way the API server stamps metadata. */
export function timestamp(ms: number): string {
	return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Milliseconds since the epoch from an API timestamp. */
export function parseTimestamp(text: string): number {
	return Date.parse(text);
}
