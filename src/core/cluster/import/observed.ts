/**
 * Turning a dump into objects `buildCluster` rebuilds as they were, not as history would replay
 * them. A dump is a moment: its pods already exist, with their status. So every observed object
 * goes into the cluster at that moment (`preflight.dev/rolled-out-at` = the dump's time: one wave,
 * one reconcile) instead of at its creationTimestamp, where a ReplicaSet would meet none of its
 * pods and make new ones. Status the controllers would heal becomes a fault (infer-faults.ts), and
 * DaemonSet/StatefulSet pods get the revision hash this simulator computes, or their controllers
 * would roll every pod to "update" it.
 */
import { ROLLED_OUT_AT } from '../build';
import { sameTemplate, templateHash } from '../controllers/template-hash';
import type { KubeObject, Node, Pod } from '../types';
import { timestamp } from '../world';
import { nodeFault, podFault, withAnnotations, withTemplateAnnotations } from './infer-faults';

const REVISION_LABEL = 'controller-revision-hash';
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);
const TEMPLATED = new Set(['ReplicaSet', 'StatefulSet', 'DaemonSet']);

export function observedObjects(objects: KubeObject[], now: number): KubeObject[] {
	let out = withFaults(objects, now);
	out = withOurRevisions(out);
	return withRolloutAtDumpTime(out, now);
}

function withFaults(objects: KubeObject[], now: number): KubeObject[] {
	const notReady = new Set<string>();
	const faults = new Map<string, Record<string, string>>();
	const out = objects.map((o) => {
		if (o.kind !== 'Node') return o;
		const fault = nodeFault(o as Node);
		if (!fault) return o;
		notReady.add(o.metadata.name);
		return withAnnotations(o, fault);
	});
	const pods = out.filter((o): o is Pod => o.kind === 'Pod');
	for (const pod of pods) {
		const node = pod.spec.nodeName;
		const fault = podFault(pod, now, !node || !notReady.has(node));
		if (fault) faults.set(pod.metadata.uid, fault);
	}
	const templates = templateFaults(out, pods, faults);
	return out.map((o) => {
		if (o.kind === 'Pod') {
			const fault = faults.get(o.metadata.uid);
			return fault ? withAnnotations(o, fault) : o;
		}
		const fault = templates.get(o.metadata.uid);
		return fault ? withTemplateAnnotations(o, fault) : o;
	});
}

/**
 * Owners whose every live pod shows the same fault get it on their template (and a Deployment
 * whose template is that ReplicaSet's), so pods they make later fail the same way.
 */
function templateFaults(
	objects: KubeObject[],
	pods: Pod[],
	faults: Map<string, Record<string, string>>
): Map<string, Record<string, string>> {
	const byOwner = new Map<string, Pod[]>();
	for (const pod of pods) {
		const ref = pod.metadata.ownerReferences?.find((r) => r.controller);
		if (!ref || !TEMPLATED.has(ref.kind) || pod.metadata.deletionTimestamp) continue;
		byOwner.set(ref.uid, [...(byOwner.get(ref.uid) ?? []), pod]);
	}
	const out = new Map<string, Record<string, string>>();
	for (const [uid, owned] of byOwner) {
		const texts = owned.map((p) => JSON.stringify(faults.get(p.metadata.uid) ?? null));
		if (texts[0] === 'null' || texts.some((t) => t !== texts[0])) continue;
		const fault = faults.get(owned[0].metadata.uid)!;
		out.set(uid, fault);
		const owner = objects.find((o) => o.metadata.uid === uid);
		const deployRef = owner?.metadata.ownerReferences?.find((r) => r.kind === 'Deployment');
		const deploy = deployRef && objects.find((o) => o.metadata.uid === deployRef.uid);
		if (owner && deploy && sameTemplate(deploy.spec.template, owner.spec.template))
			out.set(deploy.metadata.uid, fault);
	}
	return out;
}

/**
 * A dump's DaemonSet and StatefulSet pods carry the revision hash of the cluster they came from.
 * Those on the current revision (the newest pod's, or the StatefulSet's updateRevision) are
 * relabelled with the hash this simulator computes for the same template.
 */
function withOurRevisions(objects: KubeObject[]): KubeObject[] {
	const relabel = new Map<string, [string, string]>();
	for (const o of objects) {
		if (o.kind !== 'DaemonSet' && o.kind !== 'StatefulSet') continue;
		const pods = objects
			.filter(
				(p) => p.kind === 'Pod' && p.metadata.ownerReferences?.some((r) => r.uid === o.metadata.uid)
			)
			.sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? 1 : -1));
		const hash = templateHash(o.spec.template);
		const ours = o.kind === 'StatefulSet' ? `${o.metadata.name}-${hash}` : hash;
		const theirs: string | undefined =
			o.status?.updateRevision ?? pods[0]?.metadata.labels?.[REVISION_LABEL];
		if (!theirs || theirs === ours) continue;
		relabel.set(o.metadata.uid, [theirs, ours]);
	}
	if (relabel.size === 0) return objects;
	return objects.map((o) => {
		const swap = relabel.get(o.metadata.uid);
		if (swap && o.kind === 'StatefulSet') return withRevisionStatus(o, swap);
		const ref = o.kind === 'Pod' && o.metadata.ownerReferences?.find((r) => relabel.has(r.uid));
		if (!ref) return o;
		const [theirs, ours] = relabel.get(ref.uid)!;
		if (o.metadata.labels?.[REVISION_LABEL] !== theirs) return o;
		return {
			...o,
			metadata: { ...o.metadata, labels: { ...o.metadata.labels, [REVISION_LABEL]: ours } }
		};
	});
}

function withRevisionStatus(sts: KubeObject, [theirs, ours]: [string, string]): KubeObject {
	if (!sts.status) return sts;
	const status = { ...sts.status };
	for (const key of ['updateRevision', 'currentRevision'])
		if (status[key] === theirs) status[key] = ours;
	return { ...sts, status };
}

/**
 * Nodes and pods, and the workloads whose ReplicaSets, pods or Jobs the dump holds, join the
 * cluster at the dump's time. Only when the dump has pods: a dump of specs alone is built like any
 * manifests, from history.
 */
function withRolloutAtDumpTime(objects: KubeObject[], now: number): KubeObject[] {
	if (!objects.some((o) => o.kind === 'Pod')) return objects;
	const owners = new Set(
		objects.flatMap((o) => (o.metadata.ownerReferences ?? []).map((r) => r.uid))
	);
	const at = { [ROLLED_OUT_AT]: timestamp(now) };
	return objects.map((o) => {
		const observed =
			o.kind === 'Node' ||
			o.kind === 'Pod' ||
			(WORKLOADS.has(o.kind) && owners.has(o.metadata.uid));
		return observed && o.metadata.creationTimestamp ? withAnnotations(o, at) : o;
	});
}
