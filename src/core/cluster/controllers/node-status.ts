/**
 * What a node's kubelet posts when it registers: a node declared without status (a hand-written
 * manifest) gets healthy conditions, a unique InternalIP, capacity, allocatable and nodeInfo, so
 * it reads like a node that joined the cluster. Posted fields already there are kept.
 */
import { fnv32a } from '../../clock/random';
import type { Node, PodCondition } from '../types';
import type { Ctx } from './context';
import { KEYS } from './context';

const HEALTHY: [string, string, string][] = [
	['MemoryPressure', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'],
	['DiskPressure', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'],
	['PIDPressure', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'],
	['Ready', 'KubeletReady', 'kubelet is posting ready status']
];

const CAPACITY = {
	cpu: '4',
	'ephemeral-storage': '83873772Ki',
	'hugepages-1Gi': '0',
	'hugepages-2Mi': '0',
	memory: '16215772Ki',
	pods: '110'
};

const ALLOCATABLE = {
	cpu: '3920m',
	'ephemeral-storage': '76224326324',
	'hugepages-1Gi': '0',
	'hugepages-2Mi': '0',
	memory: '15198940Ki',
	pods: '110'
};

/** Registers every node that has not posted status yet. */
export function postNodeStatuses(ctx: Ctx): void {
	const nodes = ctx.tx.list<Node>(KEYS.nodes);
	if (nodes.every(hasPosted)) return;
	const taken = new Set(nodes.flatMap((n) => n.status?.addresses ?? []).map((a) => a.address));
	for (const node of nodes) {
		if (hasPosted(node)) continue;
		const posted = registeredNode(node, taken);
		for (const a of posted.status.addresses) taken.add(a.address);
		ctx.tx.put(posted);
	}
}

function hasPosted(node: Node): boolean {
	return (node.status?.conditions?.length ?? 0) > 0 && (node.status?.addresses?.length ?? 0) > 0;
}

/** The node with the kubelet's first status; `taken` are addresses other nodes already use. */
export function registeredNode(node: Node, taken: ReadonlySet<string>): Node {
	const name = node.metadata.name;
	const since = node.metadata.creationTimestamp;
	const status = node.status ?? ({} as Node['status']);
	const conditions: PodCondition[] = status.conditions?.length
		? status.conditions
		: HEALTHY.map(([type, reason, message]) => ({
				lastHeartbeatTime: since,
				lastTransitionTime: since,
				message,
				reason,
				status: type === 'Ready' ? 'True' : 'False',
				type
			}));
	const addresses = status.addresses?.length
		? status.addresses
		: [
				{ type: 'InternalIP', address: internalIP(name, taken) },
				{ type: 'Hostname', address: name }
			];
	const capacity = status.capacity ?? CAPACITY;
	return {
		...node,
		status: {
			...status,
			addresses,
			allocatable: status.allocatable ?? (status.capacity ? capacity : ALLOCATABLE),
			capacity,
			conditions,
			daemonEndpoints: status.daemonEndpoints ?? { kubeletEndpoint: { Port: 10250 } },
			nodeInfo: { ...nodeInfo(name), ...(status.nodeInfo ?? {}) }
		}
	};
}

/** `ip-10-0-1-23…` names carry their address; others get one hashed from the name. */
export function internalIP(name: string, taken: ReadonlySet<string>): string {
	const m = /^ip-(\d+)-(\d+)-(\d+)-(\d+)(\.|$)/.exec(name);
	if (m) return m.slice(1, 5).join('.');
	const h = fnv32a(name);
	for (let i = 0; i < 250; i++) {
		const ip = `10.0.${(h >>> 8) % 16}.${10 + ((h + i) % 240)}`;
		if (!taken.has(ip)) return ip;
	}
	return `10.0.${(h >>> 8) % 16}.250`;
}

function nodeInfo(name: string): Node['status']['nodeInfo'] {
	const hex = (salt: string, n: number) => {
		let out = '';
		for (let i = 0; out.length < n; i++)
			out += fnv32a(`${i}:${name}/${salt}`).toString(16).padStart(8, '0');
		return out.slice(0, n);
	};
	const boot = hex('boot', 32);
	return {
		architecture: 'amd64',
		bootID: `${boot.slice(0, 8)}-${boot.slice(8, 12)}-${boot.slice(12, 16)}-${boot.slice(16, 20)}-${boot.slice(20)}`,
		containerRuntimeVersion: 'containerd://1.7.27',
		kernelVersion: '6.8.0-1021-aws',
		kubeProxyVersion: '',
		kubeletVersion: 'v1.32.4',
		machineID: hex('machine', 32),
		operatingSystem: 'linux',
		osImage: 'Ubuntu 24.04.2 LTS',
		systemUUID: hex('system', 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')
	};
}
