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

const NEW_RS_AVAILABLE = 'NewReplicaSetAvailable';
const TIMED_OUT = 'ProgressDeadlineExceeded';
type NewCondition = Omit<DeploymentCondition, 'lastTransitionTime' | 'lastUpdateTime'>;
const AVAILABLE: NewCondition = {
	type: 'Available',
	status: 'True',
	reason: 'MinimumReplicasAvailable',
	message: 'Deployment has minimum availability.'
};
const UNAVAILABLE: NewCondition = {
	type: 'Available',
	status: 'False',
	reason: 'MinimumReplicasUnavailable',
	message: 'Deployment does not have minimum availability.'
};
const PAUSED: NewCondition = {
	type: 'Progressing',
	status: 'Unknown',
	reason: 'DeploymentPaused',
	message: 'Deployment is paused'
};

function set(
	list: DeploymentCondition[],
	next: NewCondition,
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
	list = set(list, available ? AVAILABLE : UNAVAILABLE, ctx.now, false);
	if (d.spec.paused) return set(list, PAUSED, ctx.now, false);
	const prev = list.find((c) => c.type === 'Progressing');
	const progressing = (reason: string, message: string, touch: boolean) =>
		set(list, { type: 'Progressing', status: 'True', reason, message }, ctx.now, touch);
	const name = newRS?.metadata.name ?? d.metadata.name;
	if (newRS && isNewReplicaSet(newRS, prev))
		return progressing('NewReplicaSetCreated', `Created new replica set "${name}"`, true);
	// A finished rollout is not watched for progress any more (kube's syncRolloutStatus): pods that
	// later turn unready, or a scale, leave NewReplicaSetAvailable as it is.
	if (prev?.reason === NEW_RS_AVAILABLE && counts.replicas === counts.updatedReplicas) return list;
	const complete =
		counts.updatedReplicas === replicas &&
		counts.replicas === replicas &&
		counts.availableReplicas === replicas;
	if (complete)
		return progressing(
			NEW_RS_AVAILABLE,
			`ReplicaSet "${name}" has successfully progressed.`,
			false
		);
	if (progressed(d.status, counts) || prev?.reason === 'DeploymentPaused' || !prev)
		return progressing('ReplicaSetUpdated', `ReplicaSet "${name}" is progressing.`, true);
	// The deadline runs from the last progress of a rollout that has not finished.
	if (prev.reason === NEW_RS_AVAILABLE || prev.reason === TIMED_OUT) return list;
	const deadline = (d.spec.progressDeadlineSeconds ?? 600) * 1000;
	const since = parseTimestamp(
		prev.lastUpdateTime ?? prev.lastTransitionTime ?? timestamp(ctx.now)
	);
	if (since + deadline < ctx.now) {
		const message = `ReplicaSet "${name}" has timed out progressing.`;
		return set(
			list,
			{ type: 'Progressing', status: 'False', reason: TIMED_OUT, message },
			ctx.now,
			true
		);
	}
	ctx.wake(since + deadline + 1000);
	return list;
}

/**
 * The controller reports NewReplicaSetCreated when it creates the ReplicaSet; rolling back to an
 * older one (`rollout undo`) reuses it and only reports progress.
 */
function isNewReplicaSet(rs: ReplicaSet, prev: DeploymentCondition | undefined): boolean {
	if (!prev) return true;
	if (prev.message?.includes(`"${rs.metadata.name}"`)) return false;
	const since = prev.lastUpdateTime ?? prev.lastTransitionTime;
	return !since || !rs.metadata.creationTimestamp || rs.metadata.creationTimestamp >= since;
}
