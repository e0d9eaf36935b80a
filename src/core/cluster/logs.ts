/**
 * `kubectl logs` for simulated containers: deterministic lines in each workload's own format,
 * timed in virtual time from the container's start. Only the newest `RETAINED_LINES` survive, as
 * the kubelet rotates log files, so a pod that ran for weeks costs no more than a fresh one.
 *
 * Scenarios can script what a container says with pod (template) annotations; each line of the
 * value is one log line, printed verbatim in place of the generated ones and timed as the most
 * recent output (by the time a line states, see `log-stamps.ts`, else just before now):
 * - `preflight.dev/logs` — the running container,
 * - `preflight.dev/previous-logs` — the previous (crashed) container, for `--previous`.
 */
import { fnv32a } from '../clock/random';
import { FAULT_MESSAGE } from './faults';
import {
	crashLines,
	INTERVAL_MS,
	profileOf,
	startupLines,
	steadyLine,
	type Profile
} from './log-lines';
import { lineTime } from './log-stamps';
import type { ContainerStatus, Pod } from './types';
import { parseTimestamp } from './world';

export const LOGS_ANNOTATION = 'preflight.dev/logs';
export const PREVIOUS_LOGS_ANNOTATION = 'preflight.dev/previous-logs';
export const RETAINED_LINES = 500;

export interface LogEntry {
	/** Virtual ms the line was written (for `--timestamps`, `--since`, `-f`). */
	at: number;
	line: string;
}

export interface LogOptions {
	/** `--previous`: the last terminated instance of the container. */
	previous: boolean;
	now: number;
	/**
	 * When a running container's unstamped scripted lines end (default `now`): `logs -f` keeps
	 * its first call's, so following does not print them again.
	 */
	scriptedUntil?: number;
}

/** One run of a container: when it started, until when it wrote, and how it ended. */
interface Instance {
	start: number;
	end: number;
	exit?: { code: number; reason: string; message: string };
	scripted?: string;
}

/**
 * The log lines of a container, oldest first. Empty when there is nothing to show (no such
 * container, not started yet, or no previous instance): the kubectl verb words those errors.
 */
export function containerLogs(pod: Pod, containerName: string, opts: LogOptions): string[] {
	return containerLogEntries(pod, containerName, opts).map((e) => e.line);
}

export function containerLogEntries(pod: Pod, containerName: string, opts: LogOptions): LogEntry[] {
	const container = [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].find(
		(c) => c.name === containerName
	);
	const status = [
		...(pod.status?.containerStatuses ?? []),
		...(pod.status?.initContainerStatuses ?? [])
	].find((s) => s.name === containerName);
	if (!container || !status) return [];
	const instance = instanceOf(pod, status, opts);
	if (!instance) return [];
	const ports = (container.ports ?? []).map((p) => p.containerPort);
	const profile = profileOf(container.image, pod.spec.restartPolicy, ports);
	const identity = `${pod.metadata.namespace}/${pod.metadata.name}/${containerName}@${instance.start}`;
	const entries =
		instance.scripted !== undefined
			? scripted(instance, profile, Math.min(instance.end, opts.scriptedUntil ?? instance.end))
			: generated(pod, container.image, profile, instance, fnv32a(identity));
	return entries.filter((e) => e.at <= opts.now);
}

function instanceOf(pod: Pod, status: ContainerStatus, opts: LogOptions): Instance | undefined {
	const annotations = pod.metadata.annotations ?? {};
	const { running, terminated, waiting } = status.state ?? {};
	const last = status.lastState?.terminated;
	if (opts.previous || (waiting && !running && !terminated)) {
		// A container waiting in CrashLoopBackOff still serves its last run's log file.
		if (!last || (!opts.previous && !waiting?.reason?.includes('BackOff'))) return undefined;
		return { ...ended(last, annotations), scripted: annotations[PREVIOUS_LOGS_ANNOTATION] };
	}
	if (running) {
		const start = parseTimestamp(running.startedAt);
		return { start, end: opts.now, scripted: annotations[LOGS_ANNOTATION] };
	}
	if (terminated)
		return { ...ended(terminated, annotations), scripted: annotations[LOGS_ANNOTATION] };
	return undefined;
}

function ended(
	t: NonNullable<ContainerStatus['state']['terminated']>,
	annotations: Record<string, string>
): Instance {
	const end = t.finishedAt ? parseTimestamp(t.finishedAt) : 0;
	const start = t.startedAt ? parseTimestamp(t.startedAt) : end - 3_000;
	const message = annotations[FAULT_MESSAGE] || t.message || '';
	return { start, end, exit: { code: t.exitCode, reason: t.reason ?? 'Error', message } };
}

/**
 * Scripted lines are what the container wrote last. A line that says when it was written is
 * placed there (never before the container started, never out of order); a line that does not
 * continues the stamped line before it (a stack trace); lines before any stamp are spread at the
 * profile's interval up to the first stamp or, with no stamps at all, up to `until`.
 */
function scripted(instance: Instance, profile: Profile, until: number): LogEntry[] {
	const lines = instance.scripted!.replace(/\n$/, '').split('\n');
	const year = new Date(until).getUTCFullYear();
	const stamps = lines.map((line) => {
		const t = lineTime(line, year);
		if (t === undefined || t < instance.start) return undefined;
		// A finished container wrote nothing after it ended; a running one writes on as time passes.
		return instance.exit ? Math.min(t, instance.end) : t;
	});
	const lead = stamps.findIndex((t) => t !== undefined);
	const leading = lead < 0 ? lines.length : lead;
	// With a stamp to lead up to, the leading lines come strictly before it.
	const end = lead < 0 ? until : stamps[lead]!;
	const slots = lead < 0 ? leading - 1 : leading;
	const step = Math.min(INTERVAL_MS[profile], (end - instance.start) / (slots + 1));
	let at = instance.start;
	return lines.map((line, i) => {
		const stamp = stamps[i];
		if (i < leading) at = Math.round(end - (slots - i) * step);
		else if (stamp !== undefined) at = Math.max(at, stamp);
		return { at, line };
	});
}

function generated(
	pod: Pod,
	image: string,
	profile: Profile,
	instance: Instance,
	seed: number
): LogEntry[] {
	const labels = pod.metadata.labels ?? {};
	const app =
		labels['app.kubernetes.io/name'] ??
		labels.app ??
		labels['k8s-app'] ??
		image.split('/').pop()!.split(':')[0];
	const base = {
		app,
		podIP: pod.status?.podIP ?? '10.0.0.1',
		version: image.split(':')[1] ?? 'latest'
	};
	const { start, end } = instance;
	const interval = INTERVAL_MS[profile];
	const first = start + 1_000;
	const total = end >= first ? Math.floor((end - first) / interval) + 1 : 0;
	const from = Math.max(0, total - RETAINED_LINES);
	const out: LogEntry[] = [];
	if (from === 0)
		for (const [at, line] of startupLines(profile, { ...base, seed, at: start }))
			if (at <= end) out.push({ at, line });
	for (let k = from; k < total; k++) {
		const lineSeed = (seed ^ Math.imul(k + 1, 0x9e3779b1)) | 0;
		const at =
			first + k * interval + Math.floor(((fnv32a(String(lineSeed)) % 1000) / 1000) * interval);
		if (at > end) break;
		out.push({ at, line: steadyLine(profile, { ...base, seed: lineSeed, at }) });
	}
	if (instance.exit && instance.exit.code !== 0) {
		const { reason, message } = instance.exit;
		for (const line of crashLines(profile, end, reason, message)) out.push({ at: end, line });
	} else if (instance.exit && profile === 'job')
		out.push({
			at: end,
			line: JSON.stringify({ ts: new Date(end).toISOString(), level: 'info', msg: 'job completed' })
		});
	return out;
}

/**
 * The kubelet's error for `logs` on a container that has not started (validateContainerLogStatus),
 * e.g. `container "app" in pod "web-1" is waiting to start: trying and failing to pull image`.
 */
export function waitingToStartMessage(container: string, pod: string, reason: string): string {
	const why =
		reason === 'ErrImagePull'
			? "image can't be pulled"
			: reason === 'ImagePullBackOff'
				? 'trying and failing to pull image'
				: reason;
	return `container "${container}" in pod "${pod}" is waiting to start: ${why}`;
}
