/**
 * The HorizontalPodAutoscaler (autoscaling/v2) controller, on a deterministic load model: the
 * target's `preflight.dev/cpu-utilization` annotation is the average CPU utilisation in percent of
 * request; failing that, `preflight.dev/cpu-load` (total CPU demand, e.g. `2400m`) divided over the
 * ready pods' requests. It syncs every 15s, scales up at once and down only after 5 minutes
 * without a rescale (the downscale stabilisation window), within min/max.
 */
import { recordEvent } from '../events';
import { cpuFactor } from '../metrics';
import { parseCpu } from '../quantity';
import type { KubeObject, Pod, PodCondition } from '../types';
import { parseTimestamp, timestamp } from '../world';
import { KEYS, type Ctx } from './context';
import { isControlledBy, isPodReady, isTerminating, putIfChanged } from './pods';
import {
	CPU_METRIC,
	disabledConditions,
	failedMetrics,
	okConditions,
	rescaled
} from './hpa-conditions';

export const CPU_UTILIZATION = 'preflight.dev/cpu-utilization';
export const CPU_LOAD = 'preflight.dev/cpu-load';
const SYNC_MS = 15_000;

const DOWNSCALE_WINDOW_MS = 300_000;
const TOLERANCE = 0.1;
/** The SuccessfulRescale reasons of kube's horizontal.go for a target outside the bounds. */
const ABOVE_MAX = 'Current number of replicas above Spec.MaxReplicas';
const BELOW_MIN = 'Current number of replicas below Spec.MinReplicas';

const TARGET_KEYS: Record<string, string> = {
	Deployment: KEYS.deployments,
	StatefulSet: KEYS.statefulsets,
	ReplicaSet: KEYS.replicasets
};

export function runHpas(ctx: Ctx): void {
	for (const hpa of ctx.tx.list(KEYS.hpas)) syncHpa(ctx, hpa);
}

function podsOf(ctx: Ctx, target: KubeObject): Pod[] {
	const ns = target.metadata.namespace;
	const direct = ctx.tx.list<Pod>(KEYS.pods, ns).filter((p) => isControlledBy(p, target));
	if (target.kind !== 'Deployment') return direct;
	const rsList = ctx.tx.list(KEYS.replicasets, ns).filter((rs) => isControlledBy(rs, target));
	return ctx.tx.list<Pod>(KEYS.pods, ns).filter((p) => rsList.some((rs) => isControlledBy(p, rs)));
}

/** Average CPU utilisation (% of request) of the target's pods, or undefined without metrics. */
export function cpuUtilization(ctx: Ctx, target: KubeObject): number | undefined {
	const annotations = target.metadata.annotations ?? {};
	const pinned = annotations[CPU_UTILIZATION];
	const load = annotations[CPU_LOAD];
	if (pinned === undefined && load === undefined) return undefined;
	const ready = podsOf(ctx, target).filter((p) => !isTerminating(p) && isPodReady(p));
	// What metrics-server reports for the pods (metrics.ts), averaged as the HPA does.
	if (pinned !== undefined) {
		if (!ready.length) return Number(pinned);
		const mean = ready.reduce((n, p) => n + cpuFactor(p, ctx.now), 0) / ready.length;
		return Math.round(Number(pinned) * mean);
	}
	const requested = ready.reduce(
		(n, p) => n + p.spec.containers.reduce((m, c) => m + parseCpu(c.resources?.requests?.cpu), 0),
		0
	);
	return requested ? Math.round((parseCpu(load) / requested) * 100) : undefined;
}

function syncHpa(ctx: Ctx, hpa: KubeObject): void {
	const ref = hpa.spec?.scaleTargetRef ?? {};
	const key = TARGET_KEYS[ref.kind];
	const target = key ? ctx.tx.get(key, hpa.metadata.namespace ?? '', ref.name) : undefined;
	// A target scaled to zero switches autoscaling off until someone scales it up again.
	if (target && (target.spec?.replicas ?? 1) === 0 && (hpa.spec?.minReplicas ?? 1) !== 0) {
		scalingDisabled(ctx, hpa);
		return;
	}
	const dueAt = Math.floor(ctx.now / SYNC_MS) * SYNC_MS;
	// The next period's sync reads the metrics again, woken or not.
	ctx.due?.(dueAt + SYNC_MS);
	// Acts once per 15s period; the first sync of a new HPA happens at once.
	if (hpa.status?.currentReplicas !== undefined && ctx.last >= dueAt) {
		// Someone scaled the target by hand, or changed the HPA's bounds, since this period's
		// sync: the next sync answers, however far the clock is moved in one go.
		const desired = hpa.status.desiredReplicas ?? 0;
		const outOfBounds =
			desired < (hpa.spec?.minReplicas ?? 1) || desired > (hpa.spec?.maxReplicas ?? Infinity);
		if (target && ((target.spec?.replicas ?? 1) !== desired || outOfBounds))
			ctx.wake(dueAt + SYNC_MS);
		return;
	}
	if (!target) return;
	const current = target.spec?.replicas ?? 1;
	const min = hpa.spec?.minReplicas ?? 1;
	const max = hpa.spec?.maxReplicas ?? current;
	// Outside the bounds the HPA moves the target back in without reading any metric.
	if (current > max || current < min) {
		rescaleToBounds(ctx, hpa, target, current, current > max ? max : min);
		ctx.wake(dueAt + SYNC_MS);
		return;
	}
	syncFromMetrics(ctx, hpa, target, { current, min, max, dueAt });
}

interface Bounds {
	current: number;
	min: number;
	max: number;
	dueAt: number;
}

/** A sync within the bounds: the CPU metric proposes a size, clamped to min/max. */
function syncFromMetrics(ctx: Ctx, hpa: KubeObject, target: KubeObject, b: Bounds): void {
	const { current, min, max, dueAt } = b;
	const metric = (hpa.spec?.metrics ?? []).find(
		(m: { type: string; resource?: { name: string } }) =>
			m.type === 'Resource' && m.resource?.name === 'cpu'
	);
	const targetUtil = metric?.resource?.target?.averageUtilization ?? 80;
	const util = cpuUtilization(ctx, target);
	let conditions: PodCondition[] = hpa.status?.conditions ?? [];
	if (util === undefined) {
		conditions = failedMetrics(ctx, conditions);
		putIfChanged(ctx.tx, hpa, {
			...hpa,
			status: { ...hpa.status, currentReplicas: current, desiredReplicas: current, conditions }
		});
		return;
	}
	const ratio = util / targetUtil;
	let desired = Math.abs(ratio - 1) <= TOLERANCE ? current : Math.ceil(current * ratio);
	const limited = desired > max ? 'TooManyReplicas' : desired < min ? 'TooFewReplicas' : undefined;
	desired = Math.min(max, Math.max(min, desired));
	const lastScale = hpa.status?.lastScaleTime
		? parseTimestamp(hpa.status.lastScaleTime)
		: -Infinity;
	if (desired < current && ctx.now - lastScale < DOWNSCALE_WINDOW_MS) {
		ctx.wake(lastScale + DOWNSCALE_WINDOW_MS);
		desired = current;
	}
	let lastScaleTime = hpa.status?.lastScaleTime;
	const stored = hpa;
	if (desired !== current) {
		// Within the bounds, a scale-up names the metric that asked for it; any scale-down reads so.
		const reason = desired > current ? `${CPU_METRIC} above target` : 'All metrics below target';
		rescale(ctx, hpa, target, desired, reason);
		lastScaleTime = timestamp(ctx.now);
	}
	conditions = okConditions(ctx, conditions, desired, current, limited);
	const status = {
		...(lastScaleTime ? { lastScaleTime } : {}),
		currentReplicas: current,
		desiredReplicas: desired,
		currentMetrics: [
			{
				type: 'Resource',
				resource: {
					name: 'cpu',
					current: { averageUtilization: util, averageValue: averageValue(target, util) }
				}
			}
		],
		conditions
	};
	if (desired !== current || Math.abs(ratio - 1) > TOLERANCE) ctx.wake(dueAt + SYNC_MS);
	putIfChanged(ctx.tx, stored, { ...stored, status });
}

/** Sets the target's replicas and records the event, with the reason kube's controller gives. */
function rescale(
	ctx: Ctx,
	hpa: KubeObject,
	target: KubeObject,
	desired: number,
	reason: string
): void {
	const generation = (target.metadata.generation ?? 1) + 1;
	ctx.tx.put({
		...target,
		metadata: { ...target.metadata, generation },
		spec: { ...target.spec, replicas: desired }
	});
	recordEvent(ctx.tx, {
		involved: hpa,
		type: 'Normal',
		reason: 'SuccessfulRescale',
		message: `New size: ${desired}; reason: ${reason}`,
		source: 'horizontal-pod-autoscaler',
		now: ctx.now
	});
}

/**
 * A sync that found the target outside min/max: scaled straight to the bound, no metric computed,
 * so the status carries no currentMetrics until the next sync (TARGETS shows `<unknown>`).
 */
function rescaleToBounds(
	ctx: Ctx,
	hpa: KubeObject,
	target: KubeObject,
	current: number,
	desired: number
): void {
	rescale(ctx, hpa, target, desired, current > desired ? ABOVE_MAX : BELOW_MIN);
	const status = {
		lastScaleTime: timestamp(ctx.now),
		currentReplicas: current,
		desiredReplicas: desired,
		conditions: rescaled(ctx, hpa.status?.conditions ?? [], desired)
	};
	putIfChanged(ctx.tx, hpa, { ...hpa, status });
}

function scalingDisabled(ctx: Ctx, hpa: KubeObject): void {
	const lastScaleTime = hpa.status?.lastScaleTime;
	const status = {
		...(lastScaleTime ? { lastScaleTime } : {}),
		currentReplicas: 0,
		desiredReplicas: 0,
		conditions: disabledConditions(ctx, hpa.status?.conditions ?? [])
	};
	putIfChanged(ctx.tx, hpa, { ...hpa, status });
}

function averageValue(target: KubeObject, util: number): string {
	const containers = target.spec?.template?.spec?.containers ?? [];
	const request = containers.reduce(
		(n: number, c: { resources?: { requests?: { cpu?: string } } }) =>
			n + parseCpu(c.resources?.requests?.cpu),
		0
	);
	return `${Math.round((request * util) / 100)}m`;
}
