/**
 * The StatefulSet controller: pods `<name>-0 … <name>-(n-1)`, each with its claims from
 * `volumeClaimTemplates`. OrderedReady (the default) creates them one at a time, each after the
 * previous is Running and Ready, and scales down from the highest ordinal one at a time;
 * Parallel creates and deletes them all at once. Rolling updates go from the highest ordinal
 * down, one pod at a time, under both.
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
import { derivedUid, ensureClaims } from './statefulset-claims';
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
	// OrderedReady waits for each pod (and for any terminating one); Parallel does not.
	const parallel = sts.spec?.podManagementPolicy === 'Parallel';
	let busy = !parallel && pods.some((p) => isTerminating(p));
	let created = false;
	for (let i = 0; i < replicas && !busy; i++) {
		const pod = byOrdinal.get(i);
		if (!pod) {
			createPod(ctx, sts, i, revision);
			created = true;
			busy = !parallel;
		} else if (!healthy(pod)) busy = !parallel;
	}
	if (parallel) condemnAll(ctx, sts, pods, replicas, revision, created);
	else if (!busy) {
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
	writeStatus(ctx, sts, revision);
}

function healthy(p: Pod | undefined): boolean {
	return !!p && !isTerminating(p) && p.status?.phase === 'Running' && isPodReady(p);
}

/** Claims first (with their event), then the pod, as the controller's createPersistentVolumeClaims. */
function createPod(ctx: Ctx, sts: KubeObject, i: number, revision: string): void {
	const name = `${sts.metadata.name}-${i}`;
	for (const claim of ensureClaims(ctx.tx, sts, name, ctx.now))
		recordEvent(ctx.tx, {
			involved: sts,
			type: 'Normal',
			reason: 'SuccessfulCreate',
			message: `create Claim ${claim} Pod ${name} in StatefulSet ${sts.metadata.name} success`,
			source: 'statefulset-controller',
			now: ctx.now,
			uid: derivedUid(`${sts.metadata.uid}/${claim}/event@${ctx.now}`)
		});
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
}

/**
 * Parallel: every surplus pod goes at once; a rolling update still replaces one pod at a time
 * from the highest ordinal, waiting while the pod above is not yet healthy again.
 */
function condemnAll(
	ctx: Ctx,
	sts: KubeObject,
	pods: Pod[],
	replicas: number,
	revision: string,
	created: boolean
): void {
	const byOrdinalDesc = [...pods].sort((a, b) => ordinal(sts, b) - ordinal(sts, a));
	for (const p of byOrdinalDesc)
		if (ordinal(sts, p) >= replicas && !isTerminating(p)) {
			markForDeletion(ctx.tx, p, ctx.now);
			event(ctx, sts, 'delete', p.metadata.name);
		}
	// A pod created in this pass is not healthy yet: the update waits for it.
	if (created) return;
	for (const p of byOrdinalDesc) {
		if (ordinal(sts, p) >= replicas) continue;
		if (p.metadata.labels?.[REVISION_LABEL] !== revision && !isTerminating(p)) {
			markForDeletion(ctx.tx, p, ctx.now);
			event(ctx, sts, 'delete', p.metadata.name);
			return;
		}
		if (!healthy(p)) return;
	}
}

function writeStatus(ctx: Ctx, sts: KubeObject, revision: string): void {
	const ns = sts.metadata.namespace ?? 'default';
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
