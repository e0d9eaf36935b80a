/** Service, Endpoints and Ingress rows (printers.go). */
import type { KubeObject } from '../../cluster/types';
import { age } from './age';
import { formatLabels } from './workloads';
import type { KindPrinter } from './types';

interface LbIngress {
	ip?: string;
	hostname?: string;
}

/** `loadBalancerStatusStringer`: ingress IPs/hostnames, cut to 16 chars unless wide. */
function loadBalancerText(ingress: LbIngress[] | undefined, wide: boolean): string {
	const list = (ingress ?? []).map((i) => i.ip || i.hostname || '').filter((s) => s !== '');
	const text = list.join(',');
	return !wide && text.length > 16 ? `${text.slice(0, 13)}...` : text;
}

function externalIp(svc: KubeObject, wide: boolean): string {
	const external: string[] = svc.spec?.externalIPs ?? [];
	switch (svc.spec?.type ?? 'ClusterIP') {
		case 'ClusterIP':
		case 'NodePort':
			return external.length ? external.join(',') : '<none>';
		case 'LoadBalancer': {
			const lb = loadBalancerText(svc.status?.loadBalancer?.ingress, wide);
			const all = [lb, ...external].filter((s) => s !== '');
			return all.length ? all.join(',') : '<pending>';
		}
		case 'ExternalName':
			return svc.spec.externalName ?? '';
		default:
			return '<unknown>';
	}
}

interface ServicePort {
	port: number;
	nodePort?: number;
	protocol?: string;
}

function ports(svc: KubeObject): string {
	const list: ServicePort[] = svc.spec?.ports ?? [];
	if (list.length === 0) return '<none>';
	return list
		.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`)
		.join(',');
}

export const servicePrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'TYPE' },
		{ header: 'CLUSTER-IP' },
		{ header: 'EXTERNAL-IP' },
		{ header: 'PORT(S)' },
		{ header: 'AGE' },
		{ header: 'SELECTOR', wide: true }
	],
	toRow: (svc, { now, wide }) => [
		svc.metadata.name,
		svc.spec?.type ?? 'ClusterIP',
		svc.spec?.clusterIP || '<none>',
		externalIp(svc, wide ?? false),
		ports(svc),
		age(svc.metadata.creationTimestamp, now),
		formatLabels(svc.spec?.selector)
	]
};

interface Subset {
	addresses?: { ip: string }[];
	ports?: { port: number; name?: string }[];
}

/** `formatEndpoints`: up to three `ip:port`, then ` + N more...`. */
export function formatEndpoints(subsets: Subset[] | undefined): string {
	const list: string[] = [];
	let count = 0;
	for (const ss of subsets ?? []) {
		const addrs = ss.addresses ?? [];
		const portList = ss.ports?.length ? ss.ports : [undefined];
		for (const port of portList) {
			count += addrs.length;
			for (const a of addrs) {
				if (list.length === 3) break;
				list.push(port ? `${a.ip.includes(':') ? `[${a.ip}]` : a.ip}:${port.port}` : a.ip);
			}
		}
	}
	if (list.length === 0) return '<none>';
	return count > 3 ? `${list.join(',')} + ${count - 3} more...` : list.join(',');
}

export const endpointsPrinter: KindPrinter = {
	columns: [{ header: 'NAME' }, { header: 'ENDPOINTS' }, { header: 'AGE' }],
	toRow: (ep, { now }) => [
		ep.metadata.name,
		formatEndpoints(ep.subsets),
		age(ep.metadata.creationTimestamp, now)
	]
};

function hosts(ing: KubeObject): string {
	const list: string[] = (ing.spec?.rules ?? [])
		.map((r: { host?: string }) => r.host ?? '')
		.filter((h: string) => h !== '');
	if (list.length === 0) return '*';
	return list.length > 4
		? `${list.slice(0, 4).join(',')} + ${list.length - 4} more...`
		: list.join(',');
}

export const ingressPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'CLASS' },
		{ header: 'HOSTS' },
		{ header: 'ADDRESS' },
		{ header: 'PORTS' },
		{ header: 'AGE' }
	],
	toRow: (ing, { now }) => [
		ing.metadata.name,
		ing.spec?.ingressClassName || '<none>',
		hosts(ing),
		loadBalancerText(ing.status?.loadBalancer?.ingress, true),
		ing.spec?.tls?.length ? '80, 443' : '80',
		age(ing.metadata.creationTimestamp, now)
	]
};
