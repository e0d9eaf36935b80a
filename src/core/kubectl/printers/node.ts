/** Node and Namespace rows (printers.go `printNode`, `printNamespace`). */
import type { Node } from '../../cluster/types';
import { age } from './age';
import type { KindPrinter } from './types';

/** `Ready`, `NotReady,SchedulingDisabled`, `Unknown`. */
export function nodeStatus(node: Node): string {
	const ready = (node.status?.conditions ?? []).find((c) => c.type === 'Ready');
	const status = [ready ? (ready.status === 'True' ? 'Ready' : 'NotReady') : 'Unknown'];
	if (node.spec?.unschedulable) status.push('SchedulingDisabled');
	return status.join(',');
}

/** ROLES from `node-role.kubernetes.io/<role>` and `kubernetes.io/role` labels, sorted. */
export function nodeRoles(node: Node): string {
	const roles = new Set<string>();
	for (const [k, v] of Object.entries(node.metadata.labels ?? {})) {
		if (k.startsWith('node-role.kubernetes.io/')) {
			const role = k.slice('node-role.kubernetes.io/'.length);
			if (role) roles.add(role);
		} else if (k === 'kubernetes.io/role' && v) roles.add(v);
	}
	return roles.size ? [...roles].sort().join(',') : '<none>';
}

function address(node: Node, type: string): string {
	return (node.status?.addresses ?? []).find((a) => a.type === type)?.address || '<none>';
}

export const nodePrinter: KindPrinter<Node> = {
	columns: [
		{ header: 'NAME' },
		{ header: 'STATUS' },
		{ header: 'ROLES' },
		{ header: 'AGE' },
		{ header: 'VERSION' },
		{ header: 'INTERNAL-IP', wide: true },
		{ header: 'EXTERNAL-IP', wide: true },
		{ header: 'OS-IMAGE', wide: true },
		{ header: 'KERNEL-VERSION', wide: true },
		{ header: 'CONTAINER-RUNTIME', wide: true }
	],
	toRow(node, { now }) {
		const info = node.status?.nodeInfo;
		return [
			node.metadata.name,
			nodeStatus(node),
			nodeRoles(node),
			age(node.metadata.creationTimestamp, now),
			info?.kubeletVersion ?? '',
			address(node, 'InternalIP'),
			address(node, 'ExternalIP'),
			info?.osImage || '<unknown>',
			info?.kernelVersion || '<unknown>',
			info?.containerRuntimeVersion || '<unknown>'
		];
	}
};

export const namespacePrinter: KindPrinter = {
	columns: [{ header: 'NAME' }, { header: 'STATUS' }, { header: 'AGE' }],
	toRow: (ns, { now }) => [
		ns.metadata.name,
		ns.status?.phase ?? 'Active',
		age(ns.metadata.creationTimestamp, now)
	]
};
