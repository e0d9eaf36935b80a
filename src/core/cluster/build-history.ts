/**
 * Touches that make a freshly built cluster look as if it had been running a while: a few past
 * container restarts where a workload asks for them, and the PersistentVolumeClaims a
 * StatefulSet's `volumeClaimTemplates` would have created for each of its pods.
 */
import { fnv32a } from '../clock/random';
import { ClusterTx } from './store';
import { ensureClaims } from './controllers/statefulset-claims';
import type { Cluster, ContainerStatus, Pod } from './types';
import { timestamp } from './world';

/**
 * Pod template annotation: each pod of the workload gets between 0 and N past restarts (drawn
 * from its name), as long-lived pods collect them (node pressure, a dependency blip).
 */
export const PAST_RESTARTS = 'preflight.dev/past-restarts';

/**
 * The last of those restarts: at a time drawn from the pod's name between its start and `now`,
 * after an exit the way long-lived service containers die (a failed dependency check, status 1).
 */
function lastRestart(pod: Pod, now: number): Pick<ContainerStatus, 'state' | 'lastState'> {
	const start = Date.parse(pod.status.startTime ?? pod.metadata.creationTimestamp);
	const span = Math.max(0, now - start - 60_000);
	const finished =
		start + 30_000 + (fnv32a(`${pod.metadata.name}/last-restart`) % 1000) * (span / 1000);
	return {
		state: { running: { startedAt: timestamp(finished + 1000) } },
		lastState: {
			terminated: {
				exitCode: 1,
				reason: 'Error',
				startedAt: timestamp(start + 10_000),
				finishedAt: timestamp(finished)
			}
		}
	};
}

export function applyPastRestarts(cluster: Cluster, now: number): Cluster {
	const tx = new ClusterTx(cluster);
	for (const pod of tx.list<Pod>('pods')) {
		const max = Number(pod.metadata.annotations?.[PAST_RESTARTS]);
		if (!Number.isInteger(max) || max <= 0 || pod.status?.phase !== 'Running') continue;
		const statuses = pod.status.containerStatuses ?? [];
		if (statuses.length === 0) continue;
		const restarts = fnv32a(`${pod.metadata.name}/restarts`) % (max + 1);
		if (restarts === 0) continue;
		const [first, ...rest] = statuses;
		const bumped = {
			...first,
			restartCount: Math.max(first.restartCount, restarts),
			...lastRestart(pod, now)
		};
		tx.put({ ...pod, status: { ...pod.status, containerStatuses: [bumped, ...rest] } });
	}
	return tx.commit();
}

/** `<template>-<statefulset>-<ordinal>` claims for each pod, unless they exist already. */
export function claimsForStatefulSets(cluster: Cluster): Cluster {
	const tx = new ClusterTx(cluster);
	for (const sts of tx.list('statefulsets.apps')) {
		const ns = sts.metadata.namespace ?? 'default';
		const pods = tx
			.list<Pod>('pods', ns)
			.filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === sts.metadata.uid));
		for (const pod of pods)
			ensureClaims(tx, sts, pod.metadata.name, Date.parse(pod.metadata.creationTimestamp));
	}
	return tx.commit();
}
