/**
 * The kubelet of every Ready node: starts bound pods (startTime, IPs, container states from the
 * container timeline), shows readiness and restarts, records kubelet events, and finishes graceful
 * deletes. A NotReady node's kubelet is silent: its pods keep their last status.
 */
import { fnv32a } from '../../clock/random';
import { recordEvent } from '../events';
import { containerFault, qualifiedImage, runDuration } from '../faults';
import { isPullable, MISSING_IMAGE } from '../registry';
import { keyForKind } from '../resources';
import type { ContainerStatus, KubeEvent, Node, Pod, PodCondition } from '../types';
import { parseTimestamp, timestamp } from '../world';
import { containerTimeline, type Segment } from './container-timeline';
import { KEYS, type Ctx } from './context';
import { isNodeReady } from './node-lifecycle';
import { controllerOf, isPodReady, isTerminating, putIfChanged, setCondition } from './pods';

const STOP_MS = 2000;

export function runKubelet(ctx: Ctx): void {
	const nodes = new Map(ctx.tx.list<Node>(KEYS.nodes).map((n) => [n.metadata.name, n]));
	const firstUse = firstUses(ctx.tx.list<Pod>(KEYS.pods));
	for (const pod of ctx.tx.list<Pod>(KEYS.pods)) {
		const nodeName = pod.spec.nodeName;
		if (!nodeName) continue;
		const node = nodes.get(nodeName);
		if (!node) {
			if (isTerminating(pod))
				ctx.tx.delete(KEYS.pods, pod.metadata.namespace ?? '', pod.metadata.name);
			continue;
		}
		if (!isNodeReady(node)) continue;
		if (isTerminating(pod)) terminate(ctx, pod, node);
		else if (pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed')
			syncPod(ctx, pod, node, firstUse);
	}
}

/** For each node and image, the pod that started first with it (the one that pulled it). */
function firstUses(pods: Pod[]): Map<string, string> {
	const first = new Map<string, [string, string]>();
	for (const pod of pods) {
		if (!pod.spec.nodeName || !pod.status?.startTime) continue;
		for (const c of pod.spec.containers) {
			const key = `${pod.spec.nodeName}|${c.image}`;
			const mine: [string, string] = [pod.status.startTime, pod.metadata.uid];
			const prev = first.get(key);
			if (!prev || mine[0] < prev[0] || (mine[0] === prev[0] && mine[1] < prev[1]))
				first.set(key, mine);
		}
	}
	return new Map([...first].map(([k, v]) => [k, v[1]]));
}

function nodeHasImage(node: Node, image: string): boolean {
	const images = (node.status?.images as { names: string[] }[] | undefined) ?? [];
	const q = qualifiedImage(image);
	return images.some((i) => i.names.includes(image) || i.names.includes(q));
}

/** 64 hex characters derived from a string (image digests, container ids). */
const hexCache = new Map<string, string>();

export function hex64(text: string): string {
	const hit = hexCache.get(text);
	if (hit) return hit;
	if (hexCache.size > 10_000) hexCache.clear();
	let out = '';
	for (let i = 0; out.length < 64; i++) out += fnv32a(`${i}:${text}`).toString(16).padStart(8, '0');
	hexCache.set(text, out.slice(0, 64));
	return out.slice(0, 64);
}

function allocateIP(ctx: Ctx, node: Node): string {
	const nodes = ctx.tx.list<Node>(KEYS.nodes);
	const cidr = node.spec?.podCIDR;
	const prefix = cidr
		? cidr.split('/')[0].split('.').slice(0, 3).join('.')
		: `10.244.${nodes.indexOf(node) + 1}`;
	const used = new Set(
		ctx.tx
			.list<Pod>(KEYS.pods)
			.filter((p) => p.spec.nodeName === node.metadata.name && p.status?.podIP)
			.map((p) => Number(p.status.podIP!.split('.')[3]))
	);
	const start = 2 + ctx.tx.random.int(200);
	for (let i = 0; i < 253; i++) {
		const octet = 2 + ((start - 2 + i) % 253);
		if (!used.has(octet)) return `${prefix}.${octet}`;
	}
	return `${prefix}.254`;
}

function hostIP(node: Node): string {
	return node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address ?? '10.0.0.1';
}

function startPod(ctx: Ctx, pod: Pod, node: Node): Pod {
	// hostNetwork pods share the node's network namespace, so its address.
	const ip = pod.spec.hostNetwork ? hostIP(node) : allocateIP(ctx, node);
	let conditions = pod.status.conditions ?? [];
	conditions = setCondition(
		conditions,
		{ type: 'PodReadyToStartContainers', status: 'True' },
		ctx.now
	);
	conditions = setCondition(conditions, { type: 'Initialized', status: 'True' }, ctx.now);
	return {
		...pod,
		status: {
			...pod.status,
			conditions: order(conditions),
			hostIP: hostIP(node),
			hostIPs: [{ ip: hostIP(node) }],
			podIP: ip,
			podIPs: [{ ip }],
			startTime: timestamp(ctx.now)
		}
	};
}

function syncPod(ctx: Ctx, stored: Pod, node: Node, firstUse: Map<string, string>): void {
	const fresh = !stored.status?.startTime;
	const pod = fresh ? startPod(ctx, stored, node) : stored;
	const t0 = parseTimestamp(pod.status.startTime!);
	const runMs = isRunToCompletion(pod) ? runDuration(pod) : undefined;
	const statuses: ContainerStatus[] = [];
	const finished: string[] = [];
	let moved = fresh;
	const views: Segment[] = [];
	for (const container of pod.spec.containers) {
		const fault =
			containerFault(pod, container) ??
			(isPullable(ctx.tx, container.image) ? undefined : MISSING_IMAGE);
		// Cached when the node's manifest lists it or an earlier pod on the node pulled it.
		const first = firstUse.get(`${node.metadata.name}|${container.image}`);
		const present =
			container.imagePullPolicy !== 'Always' &&
			(nodeHasImage(node, container.image) || (first !== undefined && first !== pod.metadata.uid));
		const segments = containerTimeline({
			pod,
			container,
			t0,
			until: ctx.now,
			fault,
			present,
			runMs
		});
		const current = [...segments].reverse().find((s) => s.at <= ctx.now) ?? segments[0];
		const next = segments.find((s) => s.at > ctx.now);
		if (next) ctx.wake(next.at);
		if (current.at > ctx.last) moved = true;
		const fieldPath = `spec.containers{${container.name}}`;
		for (const s of segments) {
			for (const e of s.events) {
				if (e.at > ctx.now || !(e.at > ctx.last || (fresh && e.at === t0))) continue;
				recordEvent(ctx.tx, {
					involved: pod,
					...e,
					source: 'kubelet',
					host: node.metadata.name,
					fieldPath,
					now: e.at
				});
			}
		}
		if (fault?.kind === 'ReadinessFailing' && current.state.running)
			probeFailures(ctx, stored, pod, node, container, current);
		if (current.finished) finished.push(current.finished);
		views.push(current);
	}
	// Nothing crossed a boundary since the last pass: the stored status is still the truth.
	if (!moved && views.every((v) => v.ready) === isPodReady(stored)) return;
	pod.spec.containers.forEach((c, i) => statuses.push(containerStatus(pod, c, views[i], stored)));
	putIfChanged(ctx.tx, stored, withStatuses(ctx, pod, statuses, finished));
}

function isRunToCompletion(pod: Pod): boolean {
	return (pod.spec.restartPolicy ?? 'Always') !== 'Always' || controllerOf(pod)?.kind === 'Job';
}

function containerStatus(
	pod: Pod,
	container: Pod['spec']['containers'][number],
	s: Segment,
	stored: Pod
): ContainerStatus {
	const prev = stored.status?.containerStatuses?.find((c) => c.name === container.name);
	const everRan = s.started || s.restartCount > 0 || !!s.state.terminated;
	const q = qualifiedImage(container.image);
	return {
		name: container.name,
		image: container.image,
		imageID: everRan ? `${q.replace(/:[^:/]+$/, '')}@sha256:${hex64(container.image)}` : '',
		...(everRan
			? {
					containerID: `containerd://${hex64(`${pod.metadata.uid}/${container.name}/${s.restartCount}`)}`
				}
			: {}),
		ready: s.ready,
		started: s.started,
		restartCount: Math.max(s.restartCount, prev?.restartCount ?? 0),
		...keepHistory(s, prev)
	};
}

/**
 * A container's past (restarts the timeline does not model: an imported dump, a built world's
 * history) survives while it keeps running: its last termination and the later start it led to.
 */
function keepHistory(
	s: Segment,
	prev: ContainerStatus | undefined
): Pick<ContainerStatus, 'state' | 'lastState'> {
	const own = { state: s.state, lastState: s.lastState };
	const past = prev?.lastState?.terminated;
	if (!past || s.lastState.terminated || !s.state.running || !prev?.state.running) return own;
	const startedAt =
		prev.state.running.startedAt > s.state.running.startedAt
			? prev.state.running.startedAt
			: s.state.running.startedAt;
	return { state: { running: { startedAt } }, lastState: prev.lastState };
}

function withStatuses(ctx: Ctx, pod: Pod, statuses: ContainerStatus[], finished: string[]): Pod {
	const allFinished = finished.length === statuses.length && statuses.length > 0;
	const phase: Pod['status']['phase'] = allFinished
		? finished.includes('Failed')
			? 'Failed'
			: 'Succeeded'
		: statuses.every((c) => c.started || c.restartCount > 0 || c.state.terminated)
			? 'Running'
			: 'Pending';
	const unready = statuses.filter((c) => !c.ready).map((c) => c.name);
	const done = phase === 'Succeeded' || phase === 'Failed';
	const notReady = (type: string): Omit<PodCondition, 'lastTransitionTime'> =>
		done
			? { type, status: 'False', reason: 'PodCompleted' }
			: {
					type,
					status: 'False',
					reason: 'ContainersNotReady',
					message: `containers with unready status: [${unready.join(' ')}]`
				};
	// A finished pod's conditions turned when its last container exited, not at this pass.
	const at = done ? lastFinish(statuses, ctx.now) : ctx.now;
	let conditions = pod.status.conditions ?? [];
	for (const type of ['ContainersReady', 'Ready']) {
		const cond = unready.length === 0 ? { type, status: 'True' as const } : notReady(type);
		conditions = setCondition(conditions, cond, at);
	}
	if (done)
		conditions = setCondition(
			conditions,
			{ type: 'PodReadyToStartContainers', status: 'False' },
			at
		);
	return {
		...pod,
		status: { ...pod.status, phase, conditions: order(conditions), containerStatuses: statuses }
	};
}

function lastFinish(statuses: ContainerStatus[], now: number): number {
	const times = statuses
		.map((c) => c.state.terminated?.finishedAt)
		.filter((t): t is string => !!t)
		.map(parseTimestamp);
	return times.length ? Math.min(now, Math.max(...times)) : now;
}

const CONDITION_ORDER = [
	'PodReadyToStartContainers',
	'Initialized',
	'Ready',
	'ContainersReady',
	'PodScheduled'
];

/** The API's order, each with `lastProbeTime: null` as the kubelet reports pod conditions. */
function order(conditions: PodCondition[]): PodCondition[] {
	const rank = (c: PodCondition) => {
		const i = CONDITION_ORDER.indexOf(c.type);
		return i < 0 ? CONDITION_ORDER.length : i;
	};
	return [...conditions]
		.sort((a, b) => rank(a) - rank(b))
		.map((c) => (c.lastProbeTime === undefined ? { ...c, lastProbeTime: null } : c));
}

/**
 * Readiness probe failures every period while the container runs and the fault holds, counted as
 * the kubelet's event correlator would: `count` probe periods since the failures began, with
 * `firstTimestamp` at the first failure. They begin at the container's first probe, or, for a
 * fault that took hold later, at the first probe once the pod stopped being ready.
 */
function probeFailures(
	ctx: Ctx,
	stored: Pod,
	pod: Pod,
	node: Node,
	container: Pod['spec']['containers'][number],
	current: Segment
): void {
	const probe = container.readinessProbe as
		{ initialDelaySeconds?: number; periodSeconds?: number } | undefined;
	const period = (probe?.periodSeconds ?? 10) * 1000;
	const firstProbe =
		parseTimestamp(current.state.running!.startedAt) +
		(probe?.initialDelaySeconds ?? 0) * 1000 +
		1000;
	const start = firstProbeAtOrAfter(firstProbe, period, failingSince(ctx, stored));
	if (ctx.now < start) {
		ctx.wake(start);
		return;
	}
	const fault = containerFault(pod, container)!;
	const count = Math.floor((ctx.now - start) / period) + 1;
	ctx.due?.(start + count * period);
	recordEvent(ctx.tx, {
		involved: pod,
		type: 'Warning',
		reason: 'Unhealthy',
		message: `Readiness probe failed: ${fault.message}`,
		source: 'kubelet',
		host: node.metadata.name,
		fieldPath: `spec.containers{${container.name}}`,
		now: start + (count - 1) * period,
		first: start,
		count
	});
}

/** When the stored pod's containers stopped being ready; a ready pod starts failing now. */
function failingSince(ctx: Ctx, stored: Pod): number {
	const c = stored.status?.conditions?.find((x) => x.type === 'ContainersReady');
	if (c?.status === 'False' && c.lastTransitionTime) return parseTimestamp(c.lastTransitionTime);
	return ctx.now;
}

/** The first probe tick (`firstProbe + k × period`) at or after `since`. */
function firstProbeAtOrAfter(firstProbe: number, period: number, since: number): number {
	if (since <= firstProbe) return firstProbe;
	return firstProbe + Math.ceil((since - firstProbe) / period) * period;
}

function terminate(ctx: Ctx, pod: Pod, node: Node): void {
	const grace = Number(
		pod.metadata.deletionGracePeriodSeconds ?? pod.spec.terminationGracePeriodSeconds ?? 30
	);
	const requested = parseTimestamp(pod.metadata.deletionTimestamp!) - grace * 1000;
	const running = (pod.status?.containerStatuses ?? []).filter((c) => c.state.running);
	const stopAt = running.length ? requested + Math.min(grace * 1000, STOP_MS) : requested;
	if (ctx.now >= stopAt) {
		ctx.tx.delete(KEYS.pods, pod.metadata.namespace ?? '', pod.metadata.name);
		return;
	}
	ctx.wake(stopAt);
	if (hasEvent(ctx, pod, 'Killing')) return;
	for (const c of running) {
		recordEvent(ctx.tx, {
			involved: pod,
			type: 'Normal',
			reason: 'Killing',
			message: `Stopping container ${c.name}`,
			source: 'kubelet',
			host: node.metadata.name,
			fieldPath: `spec.containers{${c.name}}`,
			now: Math.min(requested, ctx.now)
		});
	}
}

function hasEvent(ctx: Ctx, pod: Pod, reason: string): boolean {
	return ctx.tx
		.list<KubeEvent>(keyForKind('Event'), pod.metadata.namespace)
		.some((e) => e.reason === reason && e.involvedObject.uid === pod.metadata.uid);
}
