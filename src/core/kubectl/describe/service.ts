/** `kubectl describe service` and `describe endpoints`. */
import type { KubeObject } from '../../cluster/types';
import { PrefixWriter, eventsBlock, formatLabels, metaBlock, type DescribeContext } from './writer';

/* eslint-disable @typescript-eslint/no-explicit-any -- open API shapes */

/**
 * `formatEndpointSlices` for one service port: up to three `ip:port`, then `+ N more...`;
 * `<none>` when the service has no endpoints object, '' when it has one with no addresses.
 */
export function endpointsText(
	endpoints: KubeObject | undefined,
	portName: string | undefined
): string {
	if (!endpoints) return '<none>';
	const list: string[] = [];
	for (const subset of endpoints.subsets ?? []) {
		const port = (subset.ports ?? []).find((p: any) => (p.name ?? '') === (portName ?? ''));
		if (!port) continue;
		for (const a of [...(subset.addresses ?? []), ...(subset.notReadyAddresses ?? [])]) {
			list.push(`${a.ip}:${port.port}`);
		}
	}
	return list.length > 3
		? `${list.slice(0, 3).join(',')} + ${list.length - 3} more...`
		: list.join(',');
}

export function describeService(obj: KubeObject, ctx: DescribeContext): string {
	const { spec = {}, status = {} } = obj;
	const w = new PrefixWriter();
	metaBlock(w, obj);
	w.write(0, `Selector:\t${spec.selector ? formatLabels(spec.selector) : ''}\n`);
	w.write(0, `Type:\t${spec.type ?? 'ClusterIP'}\n`);
	if (spec.ipFamilyPolicy) w.write(0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
	if (spec.ipFamilies?.length) w.write(0, `IP Families:\t${spec.ipFamilies.join(',')}\n`);
	w.write(0, `IP:\t${spec.clusterIP ?? ''}\n`);
	if (spec.clusterIPs?.length) w.write(0, `IPs:\t${spec.clusterIPs.join(',')}\n`);
	if (spec.externalIPs?.length) w.write(0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
	const ingress = (status.loadBalancer?.ingress ?? []).map((i: any) => i.ip || i.hostname);
	if (ingress.length) w.write(0, `LoadBalancer Ingress:\t${ingress.join(', ')}\n`);
	const endpoints = ctx
		.list('endpoints', obj.metadata.namespace)
		.find((e) => e.metadata.name === obj.metadata.name);
	for (const p of spec.ports ?? []) {
		const name = p.name || '<unset>';
		const protocol = p.protocol ?? 'TCP';
		w.write(0, `Port:\t${name}\t${p.port}/${protocol}\n`);
		w.write(0, `TargetPort:\t${p.targetPort ?? p.port}/${protocol}\n`);
		if (p.nodePort) w.write(0, `NodePort:\t${name}\t${p.nodePort}/${protocol}\n`);
		w.write(0, `Endpoints:\t${endpointsText(endpoints, p.name)}\n`);
	}
	w.write(0, `Session Affinity:\t${spec.sessionAffinity ?? 'None'}\n`);
	if (spec.externalTrafficPolicy)
		w.write(0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
	if (spec.healthCheckNodePort) w.write(0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
	if (spec.internalTrafficPolicy)
		w.write(0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}

export function describeEndpoints(obj: KubeObject, ctx: DescribeContext): string {
	const w = new PrefixWriter();
	metaBlock(w, obj);
	w.write(0, 'Subsets:\n');
	for (const s of obj.subsets ?? []) {
		const ips = (list: any[] | undefined) => (list ?? []).map((a) => a.ip).join(',') || '<none>';
		w.write(1, `Addresses:\t${ips(s.addresses)}\n`);
		w.write(1, `NotReadyAddresses:\t${ips(s.notReadyAddresses)}\n`);
		if (s.ports?.length) {
			w.write(1, 'Ports:\n');
			w.write(2, 'Name\tPort\tProtocol\n');
			w.write(2, '----\t----\t--------\n');
			for (const p of s.ports)
				w.write(2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol ?? 'TCP'}\n`);
		}
		w.write(0, '\n');
	}
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}
