/**
 * The garbage collector (background cascading deletion): objects whose controlling owner is gone
 * are deleted — ReplicaSets and Jobs at once, pods gracefully.
 */
import type { Pod } from '../types';
import { KEYS, type Ctx } from './context';
import { controllerOf, markForDeletion } from './pods';

const OWNED = [KEYS.replicasets, KEYS.jobs, KEYS.pods, KEYS.endpoints];
const OWNERS = [
	KEYS.deployments,
	KEYS.replicasets,
	KEYS.statefulsets,
	KEYS.daemonsets,
	KEYS.jobs,
	KEYS.cronjobs,
	KEYS.services,
	KEYS.nodes
];

export function runGarbageCollector(ctx: Ctx): void {
	const alive = new Set<string>();
	const names = new Set<string>();
	for (const key of OWNERS) {
		for (const o of ctx.tx.list(key)) {
			alive.add(o.metadata.uid);
			names.add(`${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
		}
	}
	for (const key of OWNED) {
		for (const obj of ctx.tx.list(key)) {
			const ref = controllerOf(obj);
			if (
				!ref ||
				alive.has(ref.uid) ||
				names.has(`${ref.kind}/${obj.metadata.namespace ?? ''}/${ref.name}`)
			)
				continue;
			if (!OWNERS.some((k) => k.split('.')[0] === `${ref.kind.toLowerCase()}s`)) continue;
			if (key === KEYS.pods) markForDeletion(ctx.tx, obj as Pod, ctx.now);
			else ctx.tx.delete(key, obj.metadata.namespace ?? '', obj.metadata.name);
		}
	}
	// Endpoints go with their Service.
	for (const ep of ctx.tx.list(KEYS.endpoints)) {
		if (!ctx.tx.get(KEYS.services, ep.metadata.namespace ?? '', ep.metadata.name))
			ctx.tx.delete(KEYS.endpoints, ep.metadata.namespace ?? '', ep.metadata.name);
	}
}
