/**
 * What metrics-server would report for `kubectl top`: cpu in millicores and memory in bytes,
 * derived deterministically from each container's requests, a per-pod factor hashed from its
 * name, and the minute of virtual time (metrics-server samples every minute or so, so readings
 * drift a little between calls but never jump). A scenario pins cpu with the pod (template)
 * annotation `preflight.dev/cpu-utilization: "85"` (percent of the cpu request), the same one the
 * HPA reads, so `kubectl top` and the autoscaler agree.
 */
import { fnv32a } from '../clock/random';
import { parseCpu, parseMemory } from './quantity';
import { ClusterTx } from './store';
import type { Cluster, Node, Pod } from './types';

export const CPU_UTILIZATION_ANNOTATION = 'preflight.dev/cpu-utilization';

export interface ContainerMetrics {
	name: string;
	/** Millicores. */
	cpu: number;
	/** Bytes. */
	memory: number;
}

export interface PodMetrics {
	name: string;
	namespace: string;
	containers: ContainerMetrics[];
	/** Sums over the containers. */
	cpu: number;
	memory: number;
}

export interface NodeMetrics {
	name: string;
	cpu: number;
	memory: number;
}

const MI = 2 ** 20;
const MINUTE = 60_000;

/** Usage of a Running pod's containers, or undefined when metrics-server has none (not Running). */
export function podMetrics(pod: Pod, now: number): PodMetrics | undefined {
	if (pod.status?.phase !== 'Running' || pod.metadata.deletionTimestamp) return undefined;
	const running = new Set(
		(pod.status.containerStatuses ?? []).filter((s) => s.state?.running).map((s) => s.name)
	);
	const pinned = Number(pod.metadata.annotations?.[CPU_UTILIZATION_ANNOTATION]);
	const minute = Math.floor(now / MINUTE);
	const containers = pod.spec.containers
		.filter((c) => !pod.status.containerStatuses || running.has(c.name))
		.map((c): ContainerMetrics => {
			const key = `${pod.metadata.namespace}/${pod.metadata.name}/${c.name}`;
			const requests = c.resources?.requests ?? {};
			const cpuRequest = parseCpu(requests.cpu);
			const memRequest = parseMemory(requests.memory);
			const drift = 0.92 + 0.16 * unit(`${key}@${minute}`);
			const cpu =
				Number.isFinite(pinned) && pinned > 0 && cpuRequest > 0
					? (cpuRequest * pinned * cpuFactor(pod, now)) / 100
					: (cpuRequest > 0 ? cpuRequest * (0.08 + 0.5 * unit(`${key}/cpu`)) : 1 + 6 * unit(key)) *
						drift;
			const memBase =
				memRequest > 0
					? memRequest * (0.4 + 0.45 * unit(`${key}/mem`))
					: (12 + 50 * unit(key)) * MI;
			const memory = memBase * (0.98 + 0.04 * unit(`${key}@${minute}/mem`));
			return { name: c.name, cpu: Math.max(1, Math.round(cpu)), memory: roundKi(memory) };
		});
	return {
		name: pod.metadata.name,
		namespace: pod.metadata.namespace ?? 'default',
		containers,
		cpu: containers.reduce((s, c) => s + c.cpu, 0),
		memory: containers.reduce((s, c) => s + c.memory, 0)
	};
}

/**
 * Usage of a node: its Running pods plus what the kubelet, container runtime and OS use. A node
 * that is not Ready has no metrics (`kubectl top node` prints `<unknown>`).
 */
export function nodeMetrics(cluster: Cluster, node: Node, now: number): NodeMetrics | undefined {
	const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
	if (ready?.status !== 'True') return undefined;
	const name = node.metadata.name;
	const minute = Math.floor(now / MINUTE);
	const capacityCpu = parseCpu(node.status.capacity?.cpu);
	const capacityMem = parseMemory(node.status.capacity?.memory);
	let cpu = capacityCpu * (0.02 + 0.02 * unit(`${name}@${minute}`));
	let memory = capacityMem * (0.08 + 0.04 * unit(`${name}/mem`));
	for (const pod of new ClusterTx(cluster).list<Pod>('pods')) {
		if (pod.spec.nodeName !== name) continue;
		const m = podMetrics(pod, now);
		if (!m) continue;
		cpu += m.cpu;
		memory += m.memory;
	}
	return { name, cpu: Math.round(cpu), memory: roundKi(memory) };
}

const WAVE_MS = 5 * MINUTE;

/**
 * How far a pod's cpu sits from its workload's pinned utilisation at `now`: a fixed per-pod offset
 * (±10%) and a slow wave (±6%) through values drawn per 5 minutes, read at minute resolution, so
 * readings differ between pods and move smoothly over time. The HPA averages the same factors.
 */
export function cpuFactor(pod: Pod, now: number): number {
	const id = `${pod.metadata.namespace}/${pod.metadata.name}`;
	const at = Math.floor(now / MINUTE) * MINUTE;
	const bucket = Math.floor(at / WAVE_MS);
	const frac = (at - bucket * WAVE_MS) / WAVE_MS;
	const eased = frac * frac * (3 - 2 * frac);
	const wave = (b: number) => unit(`${id}~${b}`) * 2 - 1;
	const drift = wave(bucket) + (wave(bucket + 1) - wave(bucket)) * eased;
	return 1 + 0.1 * (unit(`${id}/offset`) * 2 - 1) + 0.06 * drift;
}

/** A number in [0, 1) fixed by the text: the per-pod factor, without touching the cluster's rng. */
export function unit(text: string): number {
	// fmix32 (murmur3's finaliser) spreads FNV's weak high bits for near-identical names.
	let h = fnv32a(text);
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return ((h ^ (h >>> 16)) >>> 0) / 2 ** 32;
}

/** Working sets are whole pages; Ki keeps `kubectl top` figures from looking synthetic. */
function roundKi(bytes: number): number {
	return Math.round(bytes / 1024) * 1024;
}
