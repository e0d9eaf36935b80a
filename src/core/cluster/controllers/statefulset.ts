/**
 * The StatefulSet controller (OrderedReady): pods `<name>-0 … <name>-(n-1)` created one at a time,
 * each after the previous is Running and Ready; scale-down and rolling updates go from the highest
 * ordinal down, one pod at a time.
 */
import { recordEvent } from '../events';
import type { KubeObject, Pod } from '../types';
import { KEYS, type Ctx } from './context';
import {
	isControlledBy,
	isPodReady,
	isTerminating,
	markForDeletion,
	newPod,
	putIfChanged
} from './pods';
import { templateHash } from './template-hash';

const REVISION_LABEL = 'controller-revision-hash';

export function runStatefulSets(ctx: Ctx): void {
	for (const sts of ctx.tx.list(KEYS.statefulsets)) {
		if (sts.metadata.deletionTimestamp) continue;
		syncStatefulSet(ctx, sts);
	}
}

function ordinal(sts: KubeObject, pod: Pod): number {
	const m = new RegExp(`^${sts.metadata.name}-(\\d+)$`).exec(pod.metadata.name);
	return m ? Number(m[1]) : -1;
}

function event(ctx: Ctx, sts: KubeObject, verb: 'create' | 'delete', pod: string): void {
	recordEvent(ctx.tx, {
		involved: sts,
		type: 'Normal',
		reason: verb === 'create' ? 'SuccessfulCreate' : 'SuccessfulDelete',
		message: `${verb} Pod ${pod} in StatefulSet ${sts.metadata.name} successful`,
		source: 'statefulset-controller',
		now: ctx.now
	});
}

function syncStatefulSet(ctx: Ctx, sts: KubeObject): void {
	const ns = sts.metadata.namespace ?? 'default';
	const replicas: number = sts.spec?.replicas ?? 1;
	const revision = `${sts.metadata.name}-${templateHash(sts.spec.template)}`;
	const pods = ctx.tx.list<Pod>(KEYS.pods, ns).filter((p) => isControlledBy(p, sts));
	const byOrdinal = new Map(pods.map((p) => [ordinal(sts, p), p]));
	const healthy = (p: Pod | undefined) =>
		!!p && !isTerminating(p) && p.status?.phase === 'Running' && isPodReady(p);
	let busy = pods.some((p) => isTerminating(p));
	for (let i = 0; i < replicas && !busy; i++) {
		const pod = byOrdinal.get(i);
		if (!pod) {
			const name = `${sts.metadata.name}-${i}`;
			ctx.tx.put(
				newPod(ctx.tx, {
					owner: sts,
					template: sts.spec.template,
					name,
					now: ctx.now,
					labels: {
						[REVISION_LABEL]: revision,
						'statefulset.kubernetes.io/pod-name': name,
						'apps.kubernetes.io/pod-index': String(i)
					},
					spec: {
						...claimVolumes(sts, name),
						hostname: name,
						...(sts.spec.serviceName ? { subdomain: sts.spec.serviceName } : {})
					}
				})
			);
			event(ctx, sts, 'create', name);
			busy = true;
		} else if (!healthy(pod)) busy = true;
	}
	if (!busy) {
		const surplus = pods
			.filter((p) => ordinal(sts, p) >= replicas)
			.sort((a, b) => ordinal(sts, b) - ordinal(sts, a))[0];
		const stale = pods
			.filter((p) => p.metadata.labels?.[REVISION_LABEL] !== revision)
			.sort((a, b) => ordinal(sts, b) - ordinal(sts, a))[0];
		const victim = surplus ?? stale;
		if (victim) {
			markForDeletion(ctx.tx, victim, ctx.now);
			event(ctx, sts, 'delete', victim.metadata.name);
		}
	}
	const live = ctx.tx
		.list<Pod>(KEYS.pods, ns)
		.filter((p) => isControlledBy(p, sts) && !isTerminating(p));
	const updated = live.filter((p) => p.metadata.labels?.[REVISION_LABEL] === revision).length;
	const ready = live.filter(isPodReady).length;
	const currentRevision =
		updated === live.length ? revision : (sts.status?.currentRevision ?? revision);
	const status = {
		observedGeneration: sts.metadata.generation ?? 1,
		replicas: live.length,
		readyReplicas: ready,
		currentReplicas: currentRevision === revision ? updated : live.length - updated,
		updatedReplicas: updated,
		currentRevision,
		updateRevision: revision,
		collisionCount: 0,
		availableReplicas: ready
	};
	const clean = Object.fromEntries(
		Object.entries(status).filter(
			([k, v]) => v !== 0 || k === 'replicas' || k === 'availableReplicas' || k === 'collisionCount'
		)
	);
	putIfChanged(ctx.tx, sts, { ...sts, status: clean });
}

/**
 * The pod's volumes as the StatefulSet controller sets them: one PVC volume per
 * `volumeClaimTemplates` entry (`<template>-<pod>`), then the template's other volumes.
 */
function claimVolumes(sts: KubeObject, pod: string): Partial<Pod['spec']> {
	const claims = ((sts.spec.volumeClaimTemplates ?? []) as { metadata: { name: string } }[]).map(
		(t) => ({
			name: t.metadata.name,
			persistentVolumeClaim: { claimName: `${t.metadata.name}-${pod}` }
		})
	);
	const own = (sts.spec.template.spec.volumes ?? []) as NonNullable<Pod['spec']['volumes']>;
	const volumes = [...claims, ...own.filter((v) => !claims.some((c) => c.name === v.name))];
	return volumes.length ? { volumes } : {};
}
