/** Where a classified kubectl command acts in the world: its context, cluster and namespace. */
import { resolveResourceType, resourceKey } from '../../cluster/resources';
import type { Cluster, KubeObject, World } from '../../cluster/types';
import { clusterOf, findContext } from '../../cluster/world';
import type { ClassifiedCommand } from '../classification';

export interface Place {
	context: string;
	cluster?: Cluster;
	/** The namespace given with `-n`, else the context's default, else `default`. */
	namespace: string;
}

export function placeOf(world: World, command: ClassifiedCommand): Place {
	const context = command.target?.context ?? world.currentContext;
	const namespace =
		command.target?.namespace ?? findContext(world, context)?.namespace ?? 'default';
	return { context, cluster: clusterOf(world, context), namespace };
}

/** The object `resource/name` (`resource` as typed or a store key) in that place, if it exists. */
export function findObject(place: Place, resource: string, name: string): KubeObject | undefined {
	const type = resolveResourceType(resource);
	if (!type || !place.cluster) return undefined;
	return place.cluster.objects
		.get(resourceKey(type))
		?.get(type.namespaced ? place.namespace : '')
		?.get(name);
}

export function namespaceExists(cluster: Cluster, name: string): boolean {
	return cluster.objects.get('namespaces')?.get('')?.has(name) ?? false;
}

export function namespacesOf(cluster: Cluster): string[] {
	return [...(cluster.objects.get('namespaces')?.get('')?.keys() ?? [])];
}

/** kubectl argv (without `kubectl`) of a classified command; undefined for other tools. */
export function kubectlArgv(command: ClassifiedCommand): string[] | undefined {
	return command.verb === '' ? undefined : command.argv;
}
