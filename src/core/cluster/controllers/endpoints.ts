/**
 * The Endpoints controller: for each Service with a selector, one Endpoints object listing the
 * ready pods (addresses) and the not-ready ones (notReadyAddresses), with the Service's ports
 * resolved against the containers (named target ports included).
 */
import { matchesMap } from '../labels';
import type { KubeObject, Pod } from '../types';
import { KEYS, type Ctx } from './context';
import { isPodReady, isTerminating, putIfChanged } from './pods';
import { timestamp } from '../world';

interface ServicePort {
	name?: string;
	port: number;
	targetPort?: number | string;
	protocol?: string;
}

interface Address {
	ip: string;
	nodeName?: string;
	targetRef: { kind: 'Pod'; namespace: string; name: string; uid: string };
}

export function runEndpoints(ctx: Ctx): void {
	const pods = ctx.tx.list<Pod>(KEYS.pods);
	for (const svc of ctx.tx.list(KEYS.services)) {
		const selector = svc.spec?.selector as Record<string, string> | undefined;
		if (!selector || !Object.keys(selector).length || svc.spec?.type === 'ExternalName') continue;
		const ns = svc.metadata.namespace ?? 'default';
		const selected = pods.filter(
			(p) =>
				p.metadata.namespace === ns &&
				!isTerminating(p) &&
				p.status?.podIP &&
				matchesMap(selector, p.metadata.labels)
		);
		syncEndpoints(ctx, svc, selected);
	}
}

function address(pod: Pod): Address {
	return {
		ip: pod.status.podIP!,
		...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
		targetRef: {
			kind: 'Pod',
			namespace: pod.metadata.namespace ?? '',
			name: pod.metadata.name,
			uid: pod.metadata.uid
		}
	};
}

function resolvePort(port: ServicePort, pod: Pod | undefined): number | undefined {
	const target = port.targetPort ?? port.port;
	if (typeof target === 'number') return target;
	if (/^\d+$/.test(target)) return Number(target);
	for (const c of pod?.spec.containers ?? []) {
		const found = c.ports?.find((p) => p.name === target);
		if (found) return found.containerPort;
	}
	return undefined;
}

const byIp = (a: Address, b: Address) => (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0);

function syncEndpoints(ctx: Ctx, svc: KubeObject, pods: Pod[]): void {
	const ns = svc.metadata.namespace ?? 'default';
	const ready = pods.filter((p) => isPodReady(p) && p.status.phase === 'Running');
	const notReady = pods.filter(
		(p) => !ready.includes(p) && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed'
	);
	const ports = ((svc.spec?.ports ?? []) as ServicePort[])
		.map((p) => ({
			...(p.name ? { name: p.name } : {}),
			port: resolvePort(p, pods[0]),
			protocol: p.protocol ?? 'TCP'
		}))
		.filter((p) => p.port !== undefined);
	const subset: Record<string, unknown> = {};
	if (ready.length) subset.addresses = ready.map(address).sort(byIp);
	if (notReady.length) subset.notReadyAddresses = notReady.map(address).sort(byIp);
	if (ports.length) subset.ports = ports;
	const existing = ctx.tx.get(KEYS.endpoints, ns, svc.metadata.name);
	const subsets = pods.length ? [subset] : undefined;
	const base: KubeObject = existing ?? {
		apiVersion: 'v1',
		kind: 'Endpoints',
		metadata: {
			name: svc.metadata.name,
			namespace: ns,
			uid: ctx.tx.uid(),
			resourceVersion: '',
			// The endpoints controller creates them along with their Service.
			creationTimestamp: svc.metadata.creationTimestamp ?? timestamp(ctx.now),
			...(svc.metadata.labels ? { labels: { ...svc.metadata.labels } } : {})
		}
	};
	const next: KubeObject = { ...base };
	if (subsets) next.subsets = subsets;
	else delete next.subsets;
	if (!existing) ctx.tx.put(next);
	else putIfChanged(ctx.tx, existing, next);
}
