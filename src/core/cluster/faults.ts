/**
 * Faults as data: scenario authors put `preflight.dev/fault` and its parameters as annotations on
 * a pod template, a Pod or a Node (see FAULTS.md). This module only reads them; the kubelet and
 * node-lifecycle controllers act them out.
 */
import { parseDuration } from '../clock/duration';
import type { Container, KubeObject } from './types';
import { parseTimestamp } from './world';

export const FAULT_KINDS = [
	'CrashLoopBackOff',
	'ImagePullBackOff',
	'OOMKilled',
	'ReadinessFailing',
	'NodeNotReady',
	'SlowStart'
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const FAULT = 'preflight.dev/fault';
export const FAULT_IMAGE = 'preflight.dev/fault-image';
export const FAULT_CONTAINER = 'preflight.dev/fault-container';
export const FAULT_MESSAGE = 'preflight.dev/fault-message';
export const EXIT_CODE = 'preflight.dev/exit-code';
export const START_DELAY = 'preflight.dev/start-delay';
export const CRASH_AFTER = 'preflight.dev/crash-after';
export const FAULT_AFTER = 'preflight.dev/fault-after';
export const RUN_DURATION = 'preflight.dev/run-duration';

export interface Fault {
	kind: FaultKind;
	/** Only containers running this image are affected (absent: every image). */
	image?: string;
	/** Only this container is affected (absent: every container). */
	container?: string;
	exitCode: number;
	message: string;
	/** SlowStart: extra time before the container turns ready. */
	startDelayMs: number;
	/** CrashLoopBackOff / OOMKilled: how long each run lasts before the process dies. */
	crashAfterMs: number;
	/** NodeNotReady: how long after the node's creation it goes NotReady. */
	afterMs: number;
}

const DEFAULT_MESSAGE: Record<FaultKind, string> = {
	CrashLoopBackOff: '',
	OOMKilled: '',
	ImagePullBackOff: '',
	ReadinessFailing: 'HTTP probe failed with statuscode: 503',
	NodeNotReady: 'Kubelet stopped posting node status.',
	SlowStart: ''
};

/** The fault declared on an object's annotations, or undefined (unknown kinds are ignored). */
export function faultOf(obj: Pick<KubeObject, 'metadata'>): Fault | undefined {
	const a = obj.metadata.annotations ?? {};
	const kind = a[FAULT] as FaultKind | undefined;
	if (!kind || !FAULT_KINDS.includes(kind)) return undefined;
	const exit = Number(a[EXIT_CODE]);
	return {
		kind,
		image: a[FAULT_IMAGE] || undefined,
		container: a[FAULT_CONTAINER] || undefined,
		exitCode: Number.isInteger(exit) && a[EXIT_CODE] ? exit : kind === 'OOMKilled' ? 137 : 1,
		message: a[FAULT_MESSAGE] ?? DEFAULT_MESSAGE[kind],
		startDelayMs: duration(a[START_DELAY], 60_000),
		crashAfterMs: duration(a[CRASH_AFTER], kind === 'OOMKilled' ? 10_000 : 3_000),
		afterMs: duration(a[FAULT_AFTER], 0)
	};
}

/** The pod's fault as it applies to one container right now (image and container filters). */
export function containerFault(
	pod: Pick<KubeObject, 'metadata'>,
	container: Container
): Fault | undefined {
	const fault = faultOf(pod);
	if (!fault || fault.kind === 'NodeNotReady') return undefined;
	if (fault.image && fault.image !== container.image) return undefined;
	if (fault.container && fault.container !== container.name) return undefined;
	return fault;
}

/** When a node's NodeNotReady fault takes hold, or undefined when it has none. */
export function nodeFaultStart(node: KubeObject): number | undefined {
	const fault = faultOf(node);
	if (fault?.kind !== 'NodeNotReady') return undefined;
	return parseTimestamp(node.metadata.creationTimestamp) + fault.afterMs;
}

/** How long a run-to-completion pod's containers run (`preflight.dev/run-duration`, default 5s). */
export function runDuration(pod: Pick<KubeObject, 'metadata'>): number {
	return duration(pod.metadata.annotations?.[RUN_DURATION], 5_000);
}

function duration(text: string | undefined, fallback: number): number {
	if (!text) return fallback;
	return parseDuration(text) ?? fallback;
}

/** `nginx:1.25` → `docker.io/library/nginx:1.25`, as containerd names what it pulls. */
export function qualifiedImage(image: string): string {
	const withTag = /[:@]/.test(image.split('/').pop() ?? '') ? image : `${image}:latest`;
	const first = withTag.split('/')[0];
	if (
		withTag.includes('/') &&
		(first.includes('.') || first.includes(':') || first === 'localhost')
	)
		return withTag;
	return withTag.includes('/') ? `docker.io/${withTag}` : `docker.io/library/${withTag}`;
}

/** The error an image pull fails with, containerd's wording unless the author gave one. */
export function pullErrorMessage(fault: Fault, image: string): string {
	if (fault.message) return fault.message;
	const ref = qualifiedImage(image);
	return `rpc error: code = NotFound desc = failed to pull and unpack image "${ref}": failed to resolve reference "${ref}": ${ref}: not found`;
}
