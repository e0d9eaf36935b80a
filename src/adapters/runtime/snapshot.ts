/**
 * The cluster at a glance, for the side panel: plain serialisable data built from the world so it
 * can cross the worker boundary. It covers the whole current cluster (every namespace), since
 * runbooks name their namespace with `-n` rather than switching the context's default.
 */
import { ClusterTx } from '../../core/cluster/store';
import type { Deployment, Node, Pod, World } from '../../core/cluster/types';
import { clusterOf, findContext } from '../../core/cluster/world';
import { podStatus } from './pod-status';

/** ok: all replicas ready and updated; progressing: some are not; down: none ready. */
export type Health = 'ok' | 'progressing' | 'down';

export interface DeploymentSummary {
	namespace: string;
	name: string;
	ready: number;
	desired: number;
	updated: number;
	health: Health;
}

export interface NodeSummary {
	name: string;
	/** As `kubectl get nodes` prints STATUS: `Ready`, `NotReady`, `Ready,SchedulingDisabled`. */
	status: string;
	health: Health;
}

export interface ClusterSnapshot {
	context: string;
	namespace: string;
	/** Virtual time in ms. */
	now: number;
	/** Virtual time when the session began, for "elapsed". */
	startedAt: number;
	/** In namespace, then name order. */
	deployments: DeploymentSummary[];
	/** Pods counted by the STATUS kubectl shows, most common first. */
	pods: { total: number; byStatus: { status: string; count: number }[] };
	nodes: NodeSummary[];
}

export function takeSnapshot(world: World, now: number, startedAt: number): ClusterSnapshot {
	const context = world.currentContext;
	const namespace = findContext(world, context)?.namespace || 'default';
	const cluster = clusterOf(world, context);
	const base = { context, namespace, now, startedAt };
	if (!cluster) return { ...base, deployments: [], pods: { total: 0, byStatus: [] }, nodes: [] };
	const tx = new ClusterTx(cluster);
	return {
		...base,
		deployments: tx.list<Deployment>('deployments.apps').map(summarizeDeployment),
		pods: countPods(tx.list<Pod>('pods')),
		nodes: tx.list<Node>('nodes', '').map(summarizeNode)
	};
}

function summarizeDeployment(d: Deployment): DeploymentSummary {
	const desired = d.spec.replicas ?? 1;
	const ready = d.status?.readyReplicas ?? 0;
	const updated = d.status?.updatedReplicas ?? 0;
	const health: Health =
		desired > 0 && ready === 0
			? 'down'
			: ready >= desired && updated >= desired
				? 'ok'
				: 'progressing';
	return {
		namespace: d.metadata.namespace ?? '',
		name: d.metadata.name,
		ready,
		desired,
		updated,
		health
	};
}

function summarizeNode(n: Node): NodeSummary {
	const ready = n.status.conditions?.find((c) => c.type === 'Ready')?.status === 'True';
	const status =
		(ready ? 'Ready' : 'NotReady') + (n.spec?.unschedulable ? ',SchedulingDisabled' : '');
	const health: Health = !ready ? 'down' : n.spec?.unschedulable ? 'progressing' : 'ok';
	return { name: n.metadata.name, status, health };
}

function countPods(pods: Pod[]): ClusterSnapshot['pods'] {
	const counts = new Map<string, number>();
	for (const pod of pods) {
		const status = podStatus(pod);
		counts.set(status, (counts.get(status) ?? 0) + 1);
	}
	const byStatus = [...counts]
		.map(([status, count]) => ({ status, count }))
		.sort((a, b) => b.count - a.count || (a.status < b.status ? -1 : 1));
	return { total: pods.length, byStatus };
}
