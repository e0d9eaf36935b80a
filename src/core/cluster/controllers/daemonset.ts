/**
 * The DaemonSet controller: one pod per eligible node (nodeSelector, taints its tolerations
 * cover), pinned with node affinity so the scheduler binds it; a changed template replaces pods one
 * node at a time.
 */
import { recordEvent } from '../events';
import { matchesMap } from '../labels';
import type { KubeObject, Node, Pod } from '../types';
import { KEYS, type Ctx } from './context';
import {
	isControlledBy,
	isPodReady,
	isTerminating,
	markForDeletion,
	newPod,
	putIfChanged
} from './pods';
import { podName } from './replicaset';
import { untoleratedTaint, type Toleration } from './taints';
import { templateHash } from './template-hash';

/** Tolerations the controller adds to every DaemonSet pod. */
const DS_TOLERATIONS: Toleration[] = [
	{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
	{ key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
	{ key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
	{ key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
	{ key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
	{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' }
];

export function runDaemonSets(ctx: Ctx): void {
	const nodes = ctx.tx.list<Node>(KEYS.nodes);
	for (const ds of ctx.tx.list(KEYS.daemonsets)) {
		if (!ds.metadata.deletionTimestamp) syncDaemonSet(ctx, ds, nodes);
	}
}

function eligible(ds: KubeObject, node: Node): boolean {
	const spec = ds.spec.template.spec;
	const selector = spec.nodeSelector;
	if (selector && Object.keys(selector).length && !matchesMap(selector, node.metadata.labels))
		return false;
	const tolerations = [...(spec.tolerations ?? []), ...DS_TOLERATIONS];
	const taints = (node.spec?.taints ?? []).filter(
		(t) => t.key !== 'node.kubernetes.io/unreachable' && t.key !== 'node.kubernetes.io/not-ready'
	);
	return !untoleratedTaint(taints, tolerations);
}

function syncDaemonSet(ctx: Ctx, ds: KubeObject, nodes: Node[]): void {
	const ns = ds.metadata.namespace ?? 'default';
	const hash = templateHash(ds.spec.template);
	const pods = ctx.tx
		.list<Pod>(KEYS.pods, ns)
		.filter((p) => isControlledBy(p, ds) && !isTerminating(p));
	const nodeOf = (p: Pod) =>
		p.spec.nodeName ??
		(
			p.spec.affinity as
				| {
						nodeAffinity?: {
							requiredDuringSchedulingIgnoredDuringExecution?: {
								nodeSelectorTerms?: { matchFields?: { values?: string[] }[] }[];
							};
						};
				  }
				| undefined
		)?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0]
			?.matchFields?.[0]?.values?.[0];
	const wanted = nodes.filter((n) => eligible(ds, n));
	let replacing = false;
	for (const node of wanted) {
		const existing = pods.filter((p) => nodeOf(p) === node.metadata.name);
		if (existing.length === 0) createPod(ctx, ds, node, hash);
		else if (
			!replacing &&
			existing[0].metadata.labels?.['controller-revision-hash'] !== hash &&
			pods.every((p) => isPodReady(p))
		) {
			markForDeletion(ctx.tx, existing[0], ctx.now);
			deleted(ctx, ds, existing[0]);
			replacing = true;
		}
	}
	for (const pod of pods) {
		if (!wanted.some((n) => n.metadata.name === nodeOf(pod))) {
			markForDeletion(ctx.tx, pod, ctx.now);
			deleted(ctx, ds, pod);
		}
	}
	writeStatus(ctx, ds, wanted.length, hash);
}

function createPod(ctx: Ctx, ds: KubeObject, node: Node, hash: string): void {
	const ns = ds.metadata.namespace ?? 'default';
	const name = podName(ctx, ns, `${ds.metadata.name}-`);
	const affinity = {
		nodeAffinity: {
			requiredDuringSchedulingIgnoredDuringExecution: {
				nodeSelectorTerms: [
					{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [node.metadata.name] }] }
				]
			}
		}
	};
	const tolerations = [...(ds.spec.template.spec.tolerations ?? []), ...DS_TOLERATIONS];
	ctx.tx.put(
		newPod(ctx.tx, {
			owner: ds,
			template: ds.spec.template,
			name,
			generateName: `${ds.metadata.name}-`,
			now: ctx.now,
			labels: {
				'controller-revision-hash': hash,
				'pod-template-generation': String(ds.metadata.generation ?? 1)
			},
			spec: { affinity, tolerations }
		})
	);
	recordEvent(ctx.tx, {
		involved: ds,
		type: 'Normal',
		reason: 'SuccessfulCreate',
		message: `Created pod: ${name}`,
		source: 'daemonset-controller',
		now: ctx.now
	});
}

function deleted(ctx: Ctx, ds: KubeObject, pod: Pod): void {
	recordEvent(ctx.tx, {
		involved: ds,
		type: 'Normal',
		reason: 'SuccessfulDelete',
		message: `Deleted pod: ${pod.metadata.name}`,
		source: 'daemonset-controller',
		now: ctx.now
	});
}

function writeStatus(ctx: Ctx, ds: KubeObject, desired: number, hash: string): void {
	const ns = ds.metadata.namespace ?? 'default';
	const pods = ctx.tx
		.list<Pod>(KEYS.pods, ns)
		.filter((p) => isControlledBy(p, ds) && !isTerminating(p));
	const scheduled = pods.filter((p) => p.spec.nodeName).length;
	const ready = pods.filter(isPodReady).length;
	const status = {
		currentNumberScheduled: scheduled,
		desiredNumberScheduled: desired,
		numberAvailable: ready,
		numberMisscheduled: 0,
		numberReady: ready,
		observedGeneration: ds.metadata.generation ?? 1,
		updatedNumberScheduled: pods.filter(
			(p) => p.metadata.labels?.['controller-revision-hash'] === hash
		).length,
		numberUnavailable: Math.max(0, desired - ready)
	};
	const clean = Object.fromEntries(
		Object.entries(status).filter(
			([k, v]) =>
				v !== 0 ||
				[
					'currentNumberScheduled',
					'desiredNumberScheduled',
					'numberMisscheduled',
					'numberReady'
				].includes(k)
		)
	);
	putIfChanged(ctx.tx, ds, { ...ds, status: clean });
}
