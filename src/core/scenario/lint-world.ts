/**
 * The scenario's world as the linter sees it: a few moments (t = -history, t = 0, the last
 * event) and the questions cross-references ask of them — does this context, namespace or object
 * exist at any of them?
 */
import { API_RESOURCES, resolveResourceType, resourceKey } from '../cluster/resources';
import { ClusterTx } from '../cluster/store';
import type { World } from '../cluster/types';
import { clusterOf, findContext } from '../cluster/world';

export interface Moment {
	/** The offset as a scenario writes it: `-30m`, `0s`. */
	label: string;
	world: World;
}

/** A resource as the store keys it, and whether it lives in a namespace. */
export interface ResourceType {
	key: string;
	namespaced: boolean;
}

/** What a user typed (`deploy`, `no`) → the served resource, or undefined. */
export function resourceType(typed: string): ResourceType | undefined {
	const r = resolveResourceType(typed);
	return r ? { key: resourceKey(r), namespaced: r.namespaced } : undefined;
}

/** A store key (`deployments.apps`) → its type. */
export function resourceByKey(key: string): ResourceType | undefined {
	const r = API_RESOURCES.find((a) => resourceKey(a) === key);
	return r ? { key, namespaced: r.namespaced } : undefined;
}

export class WorldViews {
	readonly moments: readonly Moment[];

	constructor(moments: Moment[]) {
		this.moments = moments;
	}

	get #first(): World {
		return this.moments[0].world;
	}

	get current(): string {
		return this.#first.currentContext;
	}

	hasContext(name: string): boolean {
		return findContext(this.#first, name) !== undefined;
	}

	/** `no context "x" (contexts: a, b)`. */
	noContext(name: string): string {
		const names = this.#first.contexts.map((c) => c.name).join(', ');
		return `no context "${name}" (contexts: ${names})`;
	}

	/** The context's default namespace, else `default`. */
	defaultNamespace(context: string): string {
		return findContext(this.#first, context)?.namespace ?? 'default';
	}

	/** Whether the object exists at any of the moments (`''` namespace: cluster-scoped). */
	exists(context: string, key: string, namespace: string, name: string): boolean {
		return this.moments.some((m) => {
			const cluster = clusterOf(m.world, context);
			return (
				cluster !== undefined && new ClusterTx(cluster).get(key, namespace, name) !== undefined
			);
		});
	}

	namespaceExists(context: string, namespace: string): boolean {
		return this.exists(context, 'namespaces', '', namespace);
	}

	/** `at -30m or 0s`. */
	when(): string {
		const labels = this.moments.map((m) => m.label);
		return `at ${labels.slice(0, -1).join(', ')}${labels.length > 1 ? ' or ' : ''}${labels.at(-1)}`;
	}

	/** `no deployments.apps "x" in namespace payments of prod-us-east-1 at -30m or 0s`. */
	notFound(context: string, type: ResourceType, namespace: string, name: string): string {
		const where = type.namespaced ? ` in namespace ${namespace}` : '';
		return `no ${type.key} "${name}"${where} of ${context} ${this.when()}`;
	}

	noNamespace(context: string, namespace: string): string {
		return `no namespace "${namespace}" in ${context} ${this.when()}`;
	}
}
