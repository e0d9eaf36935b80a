/**
 * Deployment status as the controller computes it: counts, observedGeneration, and the
 * Available / Progressing conditions (including ProgressDeadlineExceeded) `rollout status` reads.
 */
import type { Deployment, PodCondition, ReplicaSet } from '../types';
import { parseTimestamp, timestamp } from '../world';
import type { Ctx } from './context';
import { availableOf, maxUnavailable, type RolloutState } from './deployment';
import { REVISION, sameTemplate } from './template-hash';
import { availableAt, isActive, isControlledBy, isPodReady, putIfChanged } from './pods';

interface DeploymentCondition extends PodCondition {
	lastUpdateTime?: string;
}

type Counts = {
	replicas: number;
	updatedReplicas: number;
	readyReplicas: number;
	availableReplicas: number;
};

export function writeDeploymentStatus(ctx: Ctx, s: RolloutState): void {
	const d =
		ctx.tx.get<Deployment>('deployments.apps', s.d.metadata.namespace ?? '', s.d.metadata.name) ??
		s.d;
	const all = [s.newRS, ...s.oldRSs].filter((rs): rs is ReplicaSet => !!rs);
	const activeOf = (rs: ReplicaSet) => s.pods.filter((p) => isActive(p) && isControlledBy(p, rs));
	const active = all.flatMap(activeOf);
	for (const p of active) {
		const at = availableAt(p, d.spec.minReadySeconds ?? 0);
		if (at !== undefined && at > ctx.now) ctx.wake(at);
	}
	const counts: Counts = {
		replicas: active.length,
		updatedReplicas: s.newRS ? activeOf(s.newRS).length : 0,
		readyReplicas: active.filter(isPodReady).length,
		availableReplicas: all.reduce((n, rs) => n + availableOf(ctx, s, rs), 0)
	};
	const specTotal = all.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
	const unavailableReplicas = Math.max(
		0,
		Math.max(specTotal, d.spec.replicas ?? 1) - counts.availableReplicas
	);
	const conditions = nextConditions(ctx, d, s.newRS, counts);
	const status = {
		observedGeneration: d.metadata.generation ?? 1,
		...counts,
		unavailableReplicas,
		conditions
	};
	const clean = Object.fromEntries(Object.entries(status).filter(([, v]) => v !== 0));
	putIfChanged(ctx.tx, d, { ...withRevision(d, s), status: clean });
}

/** The Deployment carries its current revision, as `rollout history` and `describe` read it. */
function withRevision(d: Deployment, s: RolloutState): Deployment {
	const newRS = s.newRS ?? s.oldRSs.find((rs) => sameTemplate(rs.spec.template, d.spec.template));
	const revision = newRS?.metadata.annotations?.[REVISION];
	if (!revision || d.metadata.annotations?.[REVISION] === revision) return d;
	return {
		...d,
		metadata: { ...d.metadata, annotations: { ...d.metadata.annotations, [REVISION]: revision } }
	};
}

function set(
	list: DeploymentCondition[],
	next: Omit<DeploymentCondition, 'lastTransitionTime' | 'lastUpdateTime'>,
	now: number,
	touch: boolean
): DeploymentCondition[] {
	const prev = list.find((c) => c.type === next.type);
	const same =
		prev &&
		prev.status === next.status &&
		prev.reason === next.reason &&
		prev.message === next.message;
	const at = timestamp(now);
	const cond: DeploymentCondition = {
		type: next.type,
		status: next.status,
		lastUpdateTime: same && !touch ? (prev.lastUpdateTime ?? at) : at,
		lastTransitionTime: prev && prev.status === next.status ? (prev.lastTransitionTime ?? at) : at,
		reason: next.reason,
		message: next.message
	};
	const others = list.filter((c) => c.type !== next.type);
	return [...others, cond].sort((a, b) =>
		a.type === 'Available' ? -1 : b.type === 'Available' ? 1 : 0
	);
}

function progressed(old: Partial<Counts> | undefined, next: Counts): boolean {
	const o = { replicas: 0, updatedReplicas: 0, readyReplicas: 0, availableReplicas: 0, ...old };
	return (
		next.updatedReplicas > o.updatedReplicas ||
		next.replicas - next.updatedReplicas < o.replicas - o.updatedReplicas ||
		next.readyReplicas > o.readyReplicas ||
		next.availableReplicas > o.availableReplicas
	);
}

function nextConditions(
	ctx: Ctx,
	d: Deployment,
	newRS: ReplicaSet | undefined,
	counts: Counts
): DeploymentCondition[] {
	const replicas = d.spec.replicas ?? 1;
	let list = [...((d.status?.conditions ?? []) as DeploymentCondition[])];
	const available = counts.availableReplicas >= replicas - maxUnavailable(d);
	list = set(
		list,
		available
			? {
					type: 'Available',
					status: 'True',
					reason: 'MinimumReplicasAvailable',
					message: 'Deployment has minimum availability.'
				}
			: {
					type: 'Available',
					status: 'False',
					reason: 'MinimumReplicasUnavailable',
					message: 'Deployment does not have minimum availability.'
				},
		ctx.now,
		false
	);
	const name = newRS?.metadata.name ?? d.metadata.name;
	const prev = list.find((c) => c.type === 'Progressing');
	if (d.spec.paused) {
		return set(
			list,
			{
				type: 'Progressing',
				status: 'Unknown',
				reason: 'DeploymentPaused',
				message: 'Deployment is paused'
			},
			ctx.now,
			false
		);
	}
	const complete =
		counts.updatedReplicas === replicas &&
		counts.replicas === replicas &&
		counts.availableReplicas === replicas;
	if (complete) {
		return set(
			list,
			{
				type: 'Progressing',
				status: 'True',
				reason: 'NewReplicaSetAvailable',
				message: `ReplicaSet "${name}" has successfully progressed.`
			},
			ctx.now,
			false
		);
	}
	const isNew = newRS && !prev?.message?.includes(`"${name}"`);
	if (isNew) {
		return set(
			list,
			{
				type: 'Progressing',
				status: 'True',
				reason: 'NewReplicaSetCreated',
				message: `Created new replica set "${name}"`
			},
			ctx.now,
			true
		);
	}
	if (progressed(d.status, counts) || prev?.reason === 'DeploymentPaused' || !prev) {
		return set(
			list,
			{
				type: 'Progressing',
				status: 'True',
				reason: 'ReplicaSetUpdated',
				message: `ReplicaSet "${name}" is progressing.`
			},
			ctx.now,
			true
		);
	}
	const deadline = (d.spec.progressDeadlineSeconds ?? 600) * 1000;
	const since = parseTimestamp(
		prev.lastUpdateTime ?? prev.lastTransitionTime ?? timestamp(ctx.now)
	);
	if (prev.reason !== 'ProgressDeadlineExceeded' && since + deadline < ctx.now) {
		return set(
			list,
			{
				type: 'Progressing',
				status: 'False',
				reason: 'ProgressDeadlineExceeded',
				message: `ReplicaSet "${name}" has timed out progressing.`
			},
			ctx.now,
			true
		);
	}
	if (prev.reason !== 'ProgressDeadlineExceeded') ctx.wake(since + deadline + 1000);
	return list;
}
