/**
 * The PersistentVolumeClaims a StatefulSet's `volumeClaimTemplates` give each pod
 * (`<template>-<pod>`), created before the pod as the StatefulSet controller does, and bound at
 * once (EBS CSI on gp3) like the claims of a built cluster. Their uids are drawn from the claim's
 * identity, not the cluster's random stream, so adding a claim does not rename later pods.
 */
import { fnv32a, Random } from '../../clock/random';
import { withApiDefaults } from '../build-defaults';
import type { ClusterTx } from '../store';
import type { KubeObject } from '../types';
import { timestamp } from '../world';
import { uuidV4 } from '../uuid';

const PVCS = 'persistentvolumeclaims';

interface ClaimTemplate {
	metadata: { name: string; labels?: Record<string, string> };
	spec?: KubeObject['spec'];
}

/** A uid that depends only on `seed`. */
export function derivedUid(seed: string): string {
	return uuidV4(new Random(fnv32a(seed)).string(32, '0123456789abcdef'));
}

/** Creates the pod's missing claims at `now`; returns the names of those it created. */
export function ensureClaims(tx: ClusterTx, sts: KubeObject, pod: string, now: number): string[] {
	const ns = sts.metadata.namespace ?? 'default';
	const created: string[] = [];
	for (const t of (sts.spec.volumeClaimTemplates ?? []) as ClaimTemplate[]) {
		const name = `${t.metadata.name}-${pod}`;
		if (tx.get(PVCS, ns, name)) continue;
		tx.put(claim(sts, t, name, now));
		created.push(name);
	}
	return created;
}

function claim(sts: KubeObject, t: ClaimTemplate, name: string, now: number): KubeObject {
	const ns = sts.metadata.namespace ?? 'default';
	const created = timestamp(now);
	const uid = derivedUid(`${sts.metadata.uid}/${name}@${created}`);
	return withApiDefaults(
		{
			apiVersion: 'v1',
			kind: 'PersistentVolumeClaim',
			metadata: {
				name,
				namespace: ns,
				uid,
				resourceVersion: '',
				creationTimestamp: created,
				labels: { ...(sts.spec.selector?.matchLabels ?? {}), ...(t.metadata.labels ?? {}) },
				annotations: {
					'pv.kubernetes.io/bind-completed': 'yes',
					'volume.kubernetes.io/storage-provisioner': 'ebs.csi.aws.com'
				},
				finalizers: ['kubernetes.io/pvc-protection']
			},
			spec: { storageClassName: 'gp3', ...t.spec }
		},
		new Random(fnv32a(uid))
	);
}
