/**
 * One container's life as a pure function of when its pod started on a node: every state it
 * passes through (creating, pulling, running, ready, crashed, backing off), each with the kubelet
 * events that mark it. The kubelet shows the state at `now` and records the events that fell since
 * its previous pass, so a pod's history is the same however often it is looked at.
 */
import { fnv32a } from '../../clock/random';
import { pullErrorMessage, type Fault } from '../faults';
import type { Container, ContainerState, Pod } from '../types';
import { timestamp } from '../world';

export interface Occurrence {
	at: number;
	type: 'Normal' | 'Warning';
	reason: string;
	message: string;
}

export interface Segment {
	at: number;
	state: ContainerState;
	lastState: ContainerState;
	ready: boolean;
	started: boolean;
	restartCount: number;
	/** Set when the container is done for good (run-to-completion or restartPolicy Never). */
	finished?: 'Succeeded' | 'Failed';
	events: Occurrence[];
}

export interface TimelineInput {
	pod: Pod;
	container: Container;
	/** When the kubelet started the pod (its startTime). */
	t0: number;
	/** Until when to generate. */
	until: number;
	fault?: Fault;
	/** The image is already on the node. */
	present: boolean;
	/** Run-to-completion duration for Job pods; undefined for servers. */
	runMs?: number;
}

const MAX_SEGMENTS = 2000;
/** Bounds the work for any input: a year of five-minute crash loops is about 315,000. */
const MAX_GENERATED = 1_000_000;
const BACKOFF_MAX = 300_000;

/** Go's time.Duration.String for whole milliseconds: `599ms`, `2.345s`, `1m20s`, `5m0s`. */
export function goDuration(ms: number): string {
	if (ms < 1000) return `${ms}ms`;
	const minutes = Math.floor(ms / 60_000);
	const secs = (ms % 60_000) / 1000;
	const s = `${Number(secs.toFixed(3))}s`;
	return minutes ? `${minutes}m${s}` : s;
}

export function pullMs(image: string): number {
	return 1000 + (fnv32a(`pull:${image}`) % 3000);
}

function imageSize(image: string): number {
	return 10_000_000 + (fnv32a(`size:${image}`) % 200_000_000);
}

function readyDelay(input: TimelineInput): number {
	const probe = input.container.readinessProbe as { initialDelaySeconds?: number } | undefined;
	const slow = input.fault?.kind === 'SlowStart' ? input.fault.startDelayMs : 0;
	return (probe?.initialDelaySeconds ?? 0) * 1000 + slow;
}

const HORIZON_MS = 3_600_000;
const cache = new WeakMap<object, Map<string, { until: number; segments: Segment[] }>>();

/**
 * The segments from t0 up to `until`, plus the first one after it (for the next wakeup).
 * Memoised per stored container object (the function is pure and stored objects are never
 * mutated): a pass over a long-crashing pod reuses an hour of timeline.
 */
export function containerTimeline(input: TimelineInput): Segment[] {
	const { pod, container } = input;
	const key = `${pod.metadata.uid}|${pod.metadata.name}|${pod.spec.restartPolicy}|${input.t0}|${input.present}|${input.runMs}|${input.fault ? JSON.stringify(input.fault) : ''}`;
	let byKey = cache.get(container);
	if (!byKey) cache.set(container, (byKey = new Map()));
	const hit = byKey.get(key);
	if (hit && hit.until >= input.until) return hit.segments;
	const segments = generate({ ...input, until: input.until + HORIZON_MS });
	byKey.set(key, { until: input.until + HORIZON_MS, segments });
	return segments;
}

function generate(input: TimelineInput): Segment[] {
	const { container, fault } = input;
	let out: Segment[] = [];
	let pushed = 0;
	// A container that has crash-looped for days has thousands of runs: only the newest
	// MAX_SEGMENTS are kept, so its state at `until` is right however long ago it started.
	const push = (s: Segment): boolean => {
		out.push(s);
		if (out.length >= 2 * MAX_SEGMENTS) out = out.slice(-MAX_SEGMENTS);
		return s.at <= input.until && ++pushed < MAX_GENERATED;
	};
	const image = container.image;
	// Even a cached image takes a moment: sandbox, network and container creation.
	const pull = input.present ? 1000 : pullMs(image);
	const creating: Segment = {
		at: input.t0,
		state: { waiting: { reason: 'ContainerCreating' } },
		lastState: {},
		ready: false,
		started: false,
		restartCount: 0,
		events: input.present
			? []
			: [{ at: input.t0, type: 'Normal', reason: 'Pulling', message: `Pulling image "${image}"` }]
	};
	if (!push(creating)) return out;
	if (fault?.kind === 'ImagePullBackOff') {
		pullFailures(input, pull || pullMs(image), push);
		return out;
	}
	const pulled: Occurrence = input.present
		? pulledPresent(input.t0 + pull, image)
		: {
				at: input.t0 + pull,
				type: 'Normal',
				reason: 'Pulled',
				message: `Successfully pulled image "${image}" in ${goDuration(pull)} (${goDuration(pull)} including waiting). Image size: ${imageSize(image)} bytes.`
			};
	runs(input, input.t0 + pull, pulled, push);
	return out;
}

function pulledPresent(at: number, image: string): Occurrence {
	return {
		at,
		type: 'Normal',
		reason: 'Pulled',
		message: `Container image "${image}" already present on machine`
	};
}

function pullFailures(input: TimelineInput, pull: number, push: (s: Segment) => boolean): void {
	const image = input.container.image;
	const msg = pullErrorMessage(input.fault!, image);
	let attempt = input.t0;
	for (let k = 0; ; k++) {
		const fail = attempt + pull;
		const base = { lastState: {}, ready: false, started: false, restartCount: 0 };
		const failed: Segment = {
			...base,
			at: fail,
			state: { waiting: { reason: 'ErrImagePull', message: msg } },
			events: [
				{
					at: fail,
					type: 'Warning',
					reason: 'Failed',
					message: `Failed to pull image "${image}": ${msg}`
				},
				{ at: fail, type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull' }
			]
		};
		if (!push(failed)) return;
		const backoffState: ContainerState = {
			waiting: {
				reason: 'ImagePullBackOff',
				message: `Back-off pulling image "${image}": ErrImagePull: ${msg}`
			}
		};
		const backoff: Segment = {
			...base,
			at: fail + 2000,
			state: backoffState,
			events: [
				{
					at: fail + 2000,
					type: 'Normal',
					reason: 'BackOff',
					message: `Back-off pulling image "${image}"`
				},
				{ at: fail + 2000, type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff' }
			]
		};
		if (!push(backoff)) return;
		attempt = fail + Math.max(Math.min(10_000 * 2 ** k, BACKOFF_MAX), 3000);
		const retry: Segment = {
			...base,
			at: attempt,
			state: backoffState,
			events: [
				{ at: attempt, type: 'Normal', reason: 'Pulling', message: `Pulling image "${image}"` }
			]
		};
		if (!push(retry)) return;
	}
}

function runs(
	input: TimelineInput,
	firstStart: number,
	firstPulled: Occurrence,
	push: (s: Segment) => boolean
): void {
	const { container, fault, pod } = input;
	const name = container.name;
	const crashes = fault?.kind === 'CrashLoopBackOff' || fault?.kind === 'OOMKilled';
	const restartPolicy = pod.spec.restartPolicy ?? 'Always';
	const podRef = `${pod.metadata.name}_${pod.metadata.namespace}(${pod.metadata.uid})`;
	const delay = readyDelay(input);
	let start = firstStart;
	let pulled = firstPulled;
	let lastState: ContainerState = {};
	for (let n = 0; ; n++) {
		const running: ContainerState = { running: { startedAt: timestamp(start) } };
		const runFor = crashes ? fault!.crashAfterMs : input.runMs;
		const willReady =
			fault?.kind !== 'ReadinessFailing' && (runFor === undefined || delay < runFor);
		const base = { lastState, started: true, restartCount: n };
		const startEvents: Occurrence[] = [
			pulled,
			{ at: start, type: 'Normal', reason: 'Created', message: `Created container ${name}` },
			{ at: start, type: 'Normal', reason: 'Started', message: `Started container ${name}` }
		];
		const readyNow = willReady && delay === 0;
		if (!push({ ...base, at: start, state: running, ready: readyNow, events: startEvents })) return;
		if (willReady && delay > 0) {
			if (!push({ ...base, at: start + delay, state: running, ready: true, events: [] })) return;
		}
		if (runFor === undefined) return;
		const end = start + runFor;
		const ok = !crashes;
		const terminated: ContainerState = {
			terminated: {
				exitCode: ok ? 0 : fault!.exitCode,
				reason: ok ? 'Completed' : fault!.kind === 'OOMKilled' ? 'OOMKilled' : 'Error',
				startedAt: timestamp(start),
				finishedAt: timestamp(end)
			}
		};
		const restarts = restartPolicy === 'Always' || (restartPolicy === 'OnFailure' && !ok);
		const done = { ...base, at: end, state: terminated, ready: false, started: false, events: [] };
		if (!restarts) {
			push({ ...done, finished: ok ? 'Succeeded' : 'Failed' });
			return;
		}
		if (!push(done)) return;
		const backoff = n === 0 ? 0 : Math.min(10_000 * 2 ** (n - 1), BACKOFF_MAX);
		lastState = terminated;
		if (backoff > 0) {
			const waiting: Segment = {
				at: end + 1000,
				state: {
					waiting: {
						reason: 'CrashLoopBackOff',
						message: `back-off ${goDuration(backoff)} restarting failed container=${name} pod=${podRef}`
					}
				},
				lastState,
				ready: false,
				started: false,
				restartCount: n,
				events: [
					{
						at: end + 1000,
						type: 'Warning',
						reason: 'BackOff',
						message: `Back-off restarting failed container ${name} in pod ${podRef}`
					}
				]
			};
			if (!push(waiting)) return;
		}
		start = end + Math.max(backoff, 1000);
		pulled = pulledPresent(start, container.image);
	}
}
