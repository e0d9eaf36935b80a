/**
 * The Deployment controller: one ReplicaSet per pod template (`<deploy>-<pod-template-hash>`),
 * revisions, rolling updates within maxSurge/maxUnavailable, Recreate, pause, history cleanup,
 * and the status and conditions `rollout status` reads.
 */
import { recordEvent } from '../events';
import type { Deployment, Pod, ReplicaSet } from '../types';
import { timestamp } from '../world';
import { KEYS, type Ctx } from './context';
import { writeDeploymentStatus } from './deployment-status';
import { intOrPercent, isActive, isAvailable, isControlledBy, ownerRef } from './pods';
import { isDirective } from '../directives';
import {
	DESIRED_REPLICAS,
	HASH_LABEL,
	MAX_REPLICAS,
	REVISION,
	REVISION_HISTORY,
	revisionOf,
	sameTemplate,
	templateHash
} from './template-hash';

export interface RolloutState {
	d: Deployment;
	newRS?: ReplicaSet;
	oldRSs: ReplicaSet[];
	pods: Pod[];
}

export function maxSurge(d: Deployment): number {
	const replicas = d.spec.replicas ?? 1;
	if (d.spec.strategy?.type === 'Recreate') return 0;
	return intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge, '25%', replicas, true);
}

export function maxUnavailable(d: Deployment): number {
	const replicas = d.spec.replicas ?? 1;
	if (d.spec.strategy?.type === 'Recreate') return 0;
	const surge = maxSurge(d);
	const unavailable = intOrPercent(
		d.spec.strategy?.rollingUpdate?.maxUnavailable,
		'25%',
		replicas,
		false
	);
	// Both zero would deadlock; Kubernetes then allows one unavailable.
	return surge === 0 && unavailable === 0 ? 1 : Math.min(unavailable, replicas);
}

export function runDeployments(ctx: Ctx): void {
	const allRS = ctx.tx.list<ReplicaSet>(KEYS.replicasets);
	const allPods = ctx.tx.list<Pod>(KEYS.pods);
	for (const d of ctx.tx.list<Deployment>(KEYS.deployments)) {
		if (d.metadata.deletionTimestamp) continue;
		const ns = d.metadata.namespace;
		const owned = allRS.filter((rs) => rs.metadata.namespace === ns && isControlledBy(rs, d));
		const pods = allPods.filter((p) => p.metadata.namespace === ns);
		syncDeployment(ctx, d, owned, pods);
	}
}

function syncDeployment(ctx: Ctx, d: Deployment, owned: ReplicaSet[], pods: Pod[]): void {
	let newRS = owned.find((rs) => sameTemplate(rs.spec.template, d.spec.template));
	const oldRSs = owned.filter((rs) => rs !== newRS);
	const state: RolloutState = { d, newRS, oldRSs, pods };
	if (newRS) newRS = state.newRS = syncNewRSAnnotations(ctx, state, newRS);
	if (d.spec.paused) scalePaused(ctx, state);
	else if (d.spec.strategy?.type === 'Recreate') recreate(ctx, state);
	else rollingUpdate(ctx, state);
	cleanup(ctx, state);
	writeDeploymentStatus(ctx, state);
}

/**
 * What the controller's SetNewReplicaSetAnnotations does to the new ReplicaSet on every sync: copy
 * the Deployment's annotations (so a change-cause annotated after `set image` reaches `rollout
 * history`), and give a re-used ReplicaSet (rollback) the next revision, remembering the old one.
 */
function syncNewRSAnnotations(ctx: Ctx, s: RolloutState, rs: ReplicaSet): ReplicaSet {
	const annotations = copyDeploymentAnnotations(s.d, rs.metadata.annotations);
	const max = Math.max(0, ...s.oldRSs.map(revisionOf));
	const current = revisionOf(rs);
	if (current <= max) {
		const history = rs.metadata.annotations?.[REVISION_HISTORY];
		annotations[REVISION] = String(max + 1);
		if (current)
			annotations[REVISION_HISTORY] = history ? `${history},${current}` : String(current);
	}
	const before = rs.metadata.annotations ?? {};
	const same =
		Object.keys(annotations).length === Object.keys(before).length &&
		Object.entries(annotations).every(([k, v]) => before[k] === v);
	return same ? rs : ctx.tx.put({ ...rs, metadata: { ...rs.metadata, annotations } });
}

/** deployment_util's skipCopyAnnotation: what stays on the Deployment (plus our directives). */
const SKIP_COPY = new Set([
	'kubectl.kubernetes.io/last-applied-configuration',
	REVISION,
	REVISION_HISTORY,
	DESIRED_REPLICAS,
	MAX_REPLICAS,
	'deprecated.deployment.rollback.to'
]);

/** The RS's annotations with the Deployment's added or overwritten (none are removed). */
function copyDeploymentAnnotations(
	d: Deployment,
	into: Record<string, string> = {}
): Record<string, string> {
	const out = { ...into };
	for (const [k, v] of Object.entries(d.metadata.annotations ?? {}))
		if (!SKIP_COPY.has(k) && !isDirective(k)) out[k] = v;
	return out;
}

function createNewRS(ctx: Ctx, s: RolloutState, replicas: number): ReplicaSet {
	const { d } = s;
	const hash = templateHash(d.spec.template);
	const template = {
		...d.spec.template,
		metadata: {
			...d.spec.template.metadata,
			labels: { ...d.spec.template.metadata?.labels, [HASH_LABEL]: hash }
		}
	};
	const annotations: Record<string, string> = {
		...copyDeploymentAnnotations(d),
		[DESIRED_REPLICAS]: String(d.spec.replicas ?? 1),
		[MAX_REPLICAS]: String((d.spec.replicas ?? 1) + maxSurge(d)),
		[REVISION]: String(Math.max(0, ...s.oldRSs.map(revisionOf)) + 1)
	};
	const rs: ReplicaSet = {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: {
			name: `${d.metadata.name}-${hash}`,
			namespace: d.metadata.namespace,
			uid: ctx.tx.uid(),
			resourceVersion: '',
			generation: 1,
			creationTimestamp: timestamp(ctx.now),
			labels: template.metadata.labels,
			annotations,
			ownerReferences: [ownerRef(d)]
		},
		spec: {
			replicas,
			...(d.spec.minReadySeconds ? { minReadySeconds: d.spec.minReadySeconds } : {}),
			selector: {
				...d.spec.selector,
				matchLabels: { ...d.spec.selector.matchLabels, [HASH_LABEL]: hash }
			},
			template
		},
		status: { replicas: 0 }
	};
	const stored = ctx.tx.put(rs);
	if (replicas > 0) scaledEvent(ctx, d, stored, 0, replicas);
	return stored;
}

function scaledEvent(ctx: Ctx, d: Deployment, rs: ReplicaSet, from: number, to: number): void {
	recordEvent(ctx.tx, {
		involved: d,
		type: 'Normal',
		reason: 'ScalingReplicaSet',
		message: `Scaled ${to > from ? 'up' : 'down'} replica set ${rs.metadata.name} from ${from} to ${to}`,
		source: 'deployment-controller',
		now: ctx.now
	});
}

/** Sets an RS's replicas (and the desired/max annotations), recording the scaling event. */
export function scaleRS(ctx: Ctx, s: RolloutState, rs: ReplicaSet, to: number): ReplicaSet {
	const from = rs.spec.replicas ?? 1;
	const annotations = {
		...rs.metadata.annotations,
		[DESIRED_REPLICAS]: String(s.d.spec.replicas ?? 1),
		[MAX_REPLICAS]: String((s.d.spec.replicas ?? 1) + maxSurge(s.d))
	};
	const needs =
		from !== to ||
		annotations[DESIRED_REPLICAS] !== rs.metadata.annotations?.[DESIRED_REPLICAS] ||
		annotations[MAX_REPLICAS] !== rs.metadata.annotations?.[MAX_REPLICAS];
	if (!needs) return rs;
	const generation = from !== to ? (rs.metadata.generation ?? 1) + 1 : rs.metadata.generation;
	const stored = ctx.tx.put<ReplicaSet>({
		...rs,
		metadata: { ...rs.metadata, annotations, generation },
		spec: { ...rs.spec, replicas: to }
	});
	if (from !== to) scaledEvent(ctx, s.d, stored, from, to);
	if (s.newRS === rs) s.newRS = stored;
	s.oldRSs = s.oldRSs.map((o) => (o === rs ? stored : o));
	return stored;
}

const podsOf = (s: RolloutState, rs: ReplicaSet) => s.pods.filter((p) => isControlledBy(p, rs));

export function availableOf(ctx: Ctx, s: RolloutState, rs: ReplicaSet): number {
	const min = s.d.spec.minReadySeconds ?? 0;
	return podsOf(s, rs).filter((p) => isActive(p) && isAvailable(p, min, ctx.now)).length;
}

function rollingUpdate(ctx: Ctx, s: RolloutState): void {
	const replicas = s.d.spec.replicas ?? 1;
	const specTotal = () => [s.newRS, ...s.oldRSs].reduce((n, rs) => n + (rs?.spec.replicas ?? 0), 0);
	if (!s.newRS) {
		const oldTotal = specTotal();
		const initial =
			oldTotal === 0
				? replicas
				: Math.max(0, Math.min(replicas, replicas + maxSurge(s.d) - oldTotal));
		s.newRS = createNewRS(ctx, s, initial);
	}
	const newRS = s.newRS;
	const current = newRS.spec.replicas ?? 0;
	if (current > replicas) scaleRS(ctx, s, newRS, replicas);
	else if (current < replicas) {
		const room = replicas + maxSurge(s.d) - specTotal();
		if (room > 0) scaleRS(ctx, s, newRS, Math.min(replicas, current + room));
		else scaleRS(ctx, s, newRS, current);
	} else scaleRS(ctx, s, newRS, current);
	scaleDownOld(ctx, s);
}

/** reconcileOldReplicaSets: unhealthy old pods first, then healthy ones down to minAvailable. */
function scaleDownOld(ctx: Ctx, s: RolloutState): void {
	const oldTotal = s.oldRSs.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
	if (oldTotal === 0) return;
	const replicas = s.d.spec.replicas ?? 1;
	const all = [s.newRS!, ...s.oldRSs];
	const allTotal = all.reduce((n, rs) => n + (rs.spec.replicas ?? 0), 0);
	const minAvailable = replicas - maxUnavailable(s.d);
	const newUnavailable = (s.newRS!.spec.replicas ?? 0) - availableOf(ctx, s, s.newRS!);
	let budget = allTotal - minAvailable - newUnavailable;
	if (budget <= 0) return;
	const oldest = [...s.oldRSs].sort((a, b) => revisionOf(a) - revisionOf(b));
	for (const rs of oldest) {
		if (budget <= 0) break;
		const unhealthy = (rs.spec.replicas ?? 0) - availableOf(ctx, s, rs);
		const cut = Math.min(budget, Math.max(0, unhealthy));
		if (cut > 0) {
			scaleRS(ctx, s, rs, (rs.spec.replicas ?? 0) - cut);
			budget -= cut;
		}
	}
	let available = all.reduce((n, rs) => n + availableOf(ctx, s, rs), 0);
	if (available <= minAvailable) return;
	let toCut = available - minAvailable;
	for (const rs of [...s.oldRSs].sort((a, b) => revisionOf(a) - revisionOf(b))) {
		if (toCut <= 0) break;
		const cut = Math.min(rs.spec.replicas ?? 0, toCut);
		if (cut > 0) {
			scaleRS(ctx, s, rs, (rs.spec.replicas ?? 0) - cut);
			toCut -= cut;
			available -= cut;
		}
	}
}

function recreate(ctx: Ctx, s: RolloutState): void {
	for (const rs of s.oldRSs) if ((rs.spec.replicas ?? 0) > 0) scaleRS(ctx, s, rs, 0);
	const oldPods = s.oldRSs.some((rs) => podsOf(s, rs).length > 0);
	if (oldPods) return;
	const replicas = s.d.spec.replicas ?? 1;
	if (!s.newRS) s.newRS = createNewRS(ctx, s, replicas);
	else scaleRS(ctx, s, s.newRS, replicas);
}

/** A paused deployment still scales: the active (or newest) ReplicaSet takes the change. */
function scalePaused(ctx: Ctx, s: RolloutState): void {
	const replicas = s.d.spec.replicas ?? 1;
	const active = [s.newRS, ...s.oldRSs].filter(
		(rs): rs is ReplicaSet => !!rs && (rs.spec.replicas ?? 0) > 0
	);
	if (active.length === 1) scaleRS(ctx, s, active[0], replicas);
	else if (active.length === 0 && s.newRS) scaleRS(ctx, s, s.newRS, replicas);
}

/** Keeps at most revisionHistoryLimit (default 10) old, empty ReplicaSets. */
function cleanup(ctx: Ctx, s: RolloutState): void {
	const limit = s.d.spec.revisionHistoryLimit ?? 10;
	const empty = s.oldRSs
		.filter((rs) => (rs.spec.replicas ?? 0) === 0 && podsOf(s, rs).length === 0)
		.sort((a, b) => revisionOf(a) - revisionOf(b));
	const extra = s.oldRSs.length - limit;
	for (const rs of empty.slice(0, Math.max(0, extra))) {
		ctx.tx.delete(KEYS.replicasets, rs.metadata.namespace ?? '', rs.metadata.name);
		s.oldRSs = s.oldRSs.filter((o) => o !== rs);
	}
}
