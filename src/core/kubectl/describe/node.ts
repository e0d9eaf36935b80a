/** `kubectl describe node`, after kubectl's `describeNode` and `describeNodeResource`. */
import { parseCpu, parseMemory } from '../../cluster/quantity';
import type { KubeObject, Node, Pod } from '../../cluster/types';
import {
	PrefixWriter,
	annotationsBlock,
	eventsBlock,
	labelsBlock,
	rfc1123z,
	since,
	type DescribeContext
} from './writer';

const KI = 1024;
const BINARY: [string, number][] = [
	['Ei', KI ** 6],
	['Pi', KI ** 5],
	['Ti', KI ** 4],
	['Gi', KI ** 3],
	['Mi', KI ** 2],
	['Ki', KI]
];

/** Canonical quantity text for millicores. */
export function cpuString(milli: number): string {
	return milli % 1000 === 0 ? String(milli / 1000) : `${milli}m`;
}

/** Canonical quantity text for bytes: the largest binary suffix that divides exactly. */
export function bytesString(bytes: number): string {
	if (bytes === 0) return '0';
	for (const [suffix, size] of BINARY) if (bytes % size === 0) return `${bytes / size}${suffix}`;
	return String(bytes);
}

function roles(node: Node): string {
	const found = Object.keys(node.metadata.labels ?? {})
		.map(
			(k) =>
				/^node-role\.kubernetes\.io\/(.+)$/.exec(k)?.[1] ??
				(k === 'kubernetes.io/role' ? node.metadata.labels![k] : undefined)
		)
		.filter((r): r is string => !!r)
		.sort();
	return found.length ? found.join(',') : '<none>';
}

function sumResources(
	pods: Pod[],
	kind: 'requests' | 'limits',
	resource: 'cpu' | 'memory'
): number {
	const parse = resource === 'cpu' ? parseCpu : parseMemory;
	return pods.reduce(
		(sum, p) =>
			sum + p.spec.containers.reduce((s, c) => s + parse(c.resources?.[kind]?.[resource]), 0),
		0
	);
}

function resourceTable(w: PrefixWriter, node: Node, pods: Pod[], now: number): void {
	const alloc = Object.keys(node.status.allocatable ?? {}).length
		? node.status.allocatable
		: node.status.capacity;
	const cpuAlloc = parseCpu(alloc?.cpu) || 1;
	const memAlloc = parseMemory(alloc?.memory) || 1;
	const pct = (v: number, total: number) => Math.trunc((v / total) * 100);
	const cpu = (v: number) => `${cpuString(v)} (${pct(v, cpuAlloc)}%)`;
	const mem = (v: number) => `${bytesString(v)} (${pct(v, memAlloc)}%)`;
	w.write(0, `Non-terminated Pods:\t(${pods.length} in total)\n`);
	w.write(1, 'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n');
	w.write(1, '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n');
	for (const p of pods) {
		const one = [p];
		w.write(
			1,
			`${p.metadata.namespace}\t${p.metadata.name}\t\t${cpu(sumResources(one, 'requests', 'cpu'))}\t${cpu(sumResources(one, 'limits', 'cpu'))}\t${mem(sumResources(one, 'requests', 'memory'))}\t${mem(sumResources(one, 'limits', 'memory'))}\t${since(p.metadata.creationTimestamp, now)}\n`
		);
	}
	w.write(
		0,
		'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n'
	);
	w.write(1, 'Resource\tRequests\tLimits\n');
	w.write(1, '--------\t--------\t------\n');
	w.write(
		1,
		`cpu\t${cpu(sumResources(pods, 'requests', 'cpu'))}\t${cpu(sumResources(pods, 'limits', 'cpu'))}\n`
	);
	w.write(
		1,
		`memory\t${mem(sumResources(pods, 'requests', 'memory'))}\t${mem(sumResources(pods, 'limits', 'memory'))}\n`
	);
	w.write(1, 'ephemeral-storage\t0 (0%)\t0 (0%)\n');
	for (const r of Object.keys(alloc ?? {})
		.filter((k) => k.startsWith('hugepages-'))
		.sort()) {
		w.write(1, `${r}\t0 (0%)\t0 (0%)\n`);
	}
}

function resourceList(
	w: PrefixWriter,
	title: string,
	list: Record<string, string> | undefined
): void {
	const names = Object.keys(list ?? {}).sort();
	if (!names.length) return;
	w.write(0, `${title}:\n`);
	for (const n of names) w.write(0, `  ${n}:\t${list![n]}\n`);
}

export function describeNode(obj: KubeObject, ctx: DescribeContext): string {
	const node = obj as Node;
	const { metadata, spec, status } = node;
	const w = new PrefixWriter();
	w.write(0, `Name:\t${metadata.name}\n`);
	w.write(0, `Roles:\t${roles(node)}\n`);
	labelsBlock(w, 'Labels', metadata.labels);
	annotationsBlock(w, 'Annotations', metadata.annotations);
	w.write(0, `CreationTimestamp:\t${rfc1123z(metadata.creationTimestamp)}\n`);
	w.write(0, 'Taints:\t');
	const taints = spec?.taints ?? [];
	if (!taints.length) w.line('<none>');
	taints.forEach((t, i) =>
		w.write(0, `${i ? '\t' : ''}${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}\n`)
	);
	w.write(0, `Unschedulable:\t${spec?.unschedulable === true}\n`);
	const ready = status.conditions?.find((c) => c.type === 'Ready');
	w.write(0, 'Lease:\n');
	w.write(1, `HolderIdentity:\t${metadata.name}\n`);
	w.write(1, 'AcquireTime:\t<unset>\n');
	w.write(
		1,
		`RenewTime:\t${rfc1123z(ready?.status === 'True' ? new Date(Math.floor(ctx.now / 1000) * 1000).toISOString() : ready?.lastTransitionTime)}\n`
	);
	if (status.conditions?.length) {
		w.write(
			0,
			'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n'
		);
		w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
		for (const c of status.conditions) {
			const beat = (c as { lastHeartbeatTime?: string }).lastHeartbeatTime ?? c.lastTransitionTime;
			w.write(
				1,
				`${c.type} \t${c.status} \t${rfc1123z(beat)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`
			);
		}
	}
	w.write(0, 'Addresses:\n');
	for (const a of status.addresses ?? []) w.write(1, `${a.type}:\t${a.address}\n`);
	resourceList(w, 'Capacity', status.capacity);
	resourceList(w, 'Allocatable', status.allocatable);
	const info = status.nodeInfo ?? ({} as Node['status']['nodeInfo']);
	w.write(0, 'System Info:\n');
	const infoLines: [string, string | undefined][] = [
		['Machine ID', info.machineID],
		['System UUID', info.systemUUID],
		['Boot ID', info.bootID],
		['Kernel Version', info.kernelVersion],
		['OS Image', info.osImage],
		['Operating System', info.operatingSystem],
		['Architecture', info.architecture],
		['Container Runtime Version', info.containerRuntimeVersion],
		['Kubelet Version', info.kubeletVersion],
		['Kube-Proxy Version', info.kubeProxyVersion]
	];
	for (const [k, v] of infoLines) w.write(0, `  ${k}:\t${v ?? ''}\n`);
	if (spec?.podCIDR) w.write(0, `PodCIDR:\t${spec.podCIDR}\n`);
	const cidrs = (spec as { podCIDRs?: string[] })?.podCIDRs;
	if (cidrs?.length) w.write(0, `PodCIDRs:\t${cidrs.join(',')}\n`);
	if (spec?.providerID) w.write(0, `ProviderID:\t${spec.providerID}\n`);
	const pods = (ctx.list('pods') as Pod[]).filter(
		(p) =>
			p.spec.nodeName === metadata.name &&
			p.status?.phase !== 'Succeeded' &&
			p.status?.phase !== 'Failed'
	);
	resourceTable(w, node, pods, ctx.now);
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}
