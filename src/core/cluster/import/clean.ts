/**
 * What a dump carries that the API server owns and a rebuild must not keep: managedFields (server
 * bookkeeping, hidden by kubectl since v1.21 and meaningless to a new server), resourceVersion and
 * selfLink (re-stamped on every write). Owner references to objects the dump does not hold are
 * dropped too: the garbage collector would delete their dependents (a Job's Completed pods when
 * only pods were exported), which the dump does not describe. And the kubelet's events about the
 * pods it will run: the simulated kubelet records a pod's container events again from its status
 * (container-timeline.ts), and the dump's copies would count every one twice.
 */
import type { KubeObject, Node, Pod } from '../types';

const SERVER_OWNED = ['managedFields', 'resourceVersion', 'selfLink'];

export function withoutServerFields(obj: KubeObject): KubeObject {
	const metadata = { ...obj.metadata };
	for (const key of SERVER_OWNED) delete metadata[key];
	return { ...obj, metadata };
}

/** The objects with owner references to uids the dump does not hold removed, and a note each. */
export function withoutDanglingOwners(objects: KubeObject[]): {
	objects: KubeObject[];
	warnings: string[];
} {
	const uids = new Set(objects.map((o) => o.metadata.uid).filter(Boolean));
	const warnings: string[] = [];
	const out = objects.map((o) => {
		const refs = o.metadata.ownerReferences;
		if (!refs?.length) return o;
		const kept = refs.filter((r) => uids.has(r.uid));
		if (kept.length === refs.length) return o;
		for (const r of refs.filter((x) => !kept.includes(x)))
			warnings.push(
				`${o.kind} ${where(o)}: its owner ${r.kind} ${r.name} is not in the dump; the owner reference is dropped so the object is kept`
			);
		const metadata = { ...o.metadata };
		if (kept.length) metadata.ownerReferences = kept;
		else delete metadata.ownerReferences;
		return { ...o, metadata };
	});
	return { objects: out, warnings };
}

function where(o: KubeObject): string {
	return o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name;
}

/** The events the simulated kubelet records again: its own, about running pods on Ready nodes. */
export function withoutReplayedEvents(objects: KubeObject[]): KubeObject[] {
	const ready = new Set(
		objects
			.filter((o): o is Node => o.kind === 'Node')
			.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'))
			.map((n) => n.metadata.name)
	);
	const synced = new Set(
		objects
			.filter((o): o is Pod => o.kind === 'Pod')
			.filter(
				(p) =>
					ready.has(p.spec.nodeName ?? '') &&
					!p.metadata.deletionTimestamp &&
					p.status?.phase !== 'Succeeded' &&
					p.status?.phase !== 'Failed'
			)
			.map((p) => `${p.metadata.namespace}/${p.metadata.name}`)
	);
	return objects.filter((o) => {
		if (o.kind !== 'Event') return true;
		// core/v1 names the pod `involvedObject` and the writer `source`; events.k8s.io/v1 does not.
		const about = o.involvedObject ?? o.regarding;
		const writer = o.source?.component ?? o.reportingController ?? o.deprecatedSource?.component;
		const pod = `${about?.namespace ?? o.metadata.namespace}/${about?.name}`;
		return !(writer === 'kubelet' && about?.kind === 'Pod' && synced.has(pod));
	});
}
