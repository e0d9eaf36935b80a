/**
 * What the image registry holds. An image is pullable when some object referenced it when the
 * cluster was built, or a Namespace's `preflight.dev/registry` annotation lists it
 * (`repo:tag,repo:tag`), so a scenario can offer the tag a fix rolls out to; any other image
 * (a typo, a tag never pushed) fails to pull with containerd's `not found`.
 */
import { qualifiedImage, type Fault } from './faults';
import type { ClusterTx } from './store';
import type { Container, KubeObject } from './types';

export const REGISTRY = 'preflight.dev/registry';

/** The pod spec inside a workload (its template), a CronJob (its job template) or a Pod. */
function podSpecOf(o: KubeObject): { containers?: Container[]; initContainers?: Container[] } {
	if (o.kind === 'Pod') return o.spec ?? {};
	if (o.kind === 'CronJob') return o.spec?.jobTemplate?.spec?.template?.spec ?? {};
	return o.spec?.template?.spec ?? {};
}

/** Qualified images (`docker.io/library/nginx:1.27`) the objects reference or declare. */
export function registryOf(objects: readonly KubeObject[]): string[] {
	const out = new Set<string>();
	for (const o of objects) {
		const spec = podSpecOf(o);
		for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])])
			if (typeof c?.image === 'string') out.add(qualifiedImage(c.image));
		if (o.kind === 'Namespace') for (const image of declared(o)) out.add(image);
	}
	return [...out].sort();
}

function declared(ns: KubeObject): string[] {
	const list = ns.metadata.annotations?.[REGISTRY] ?? '';
	return list
		.split(/[\s,]+/)
		.filter(Boolean)
		.map(qualifiedImage);
}

/**
 * Whether the registry serves `image`. Clusters built without a registry (hand-assembled in
 * tests) serve everything; digests are taken as pushed.
 */
export function isPullable(tx: ClusterTx, image: string): boolean {
	const known = tx.registry;
	if (!known || image.includes('@')) return true;
	const q = qualifiedImage(image);
	if (known.has(q)) return true;
	return tx.list('namespaces').some((ns) => declared(ns).includes(q));
}

/** The pull failure an image that is not in the registry meets (containerd's `not found`). */
export const MISSING_IMAGE: Fault = {
	kind: 'ImagePullBackOff',
	exitCode: 1,
	message: '',
	startDelayMs: 0,
	crashAfterMs: 3000,
	afterMs: 0
};
