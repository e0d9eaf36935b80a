/** `kubectl describe ingress` (networking.k8s.io/v1). */
import type { KubeObject } from '../../cluster/types';
import { endpointsText } from './service';
import {
	PrefixWriter,
	annotationsBlock,
	eventsBlock,
	labelsBlock,
	type DescribeContext
} from './writer';

/* eslint-disable @typescript-eslint/no-explicit-any -- open API shapes */

function backendText(backend: any, ns: string | undefined, ctx: DescribeContext): string {
	if (!backend?.service) return '';
	const svc = backend.service;
	const port = svc.port?.number ?? svc.port?.name ?? '';
	const text = `${svc.name}:${port}`;
	const service = ctx.list('services', ns).find((s) => s.metadata.name === svc.name);
	if (!service) return `${text} (<error: services "${svc.name}" not found>)`;
	const sp = (service.spec?.ports ?? []).find(
		(p: any) =>
			(svc.port?.number && p.port === svc.port.number) ||
			(svc.port?.name && p.name === svc.port.name)
	);
	const endpoints = ctx.list('endpoints', ns).find((e) => e.metadata.name === svc.name);
	return `${text} (${endpointsText(endpoints, sp?.name)})`;
}

export function describeIngress(obj: KubeObject, ctx: DescribeContext): string {
	const { spec = {}, status = {} } = obj;
	const ns = obj.metadata.namespace;
	const w = new PrefixWriter();
	w.write(0, `Name:\t${obj.metadata.name}\n`);
	labelsBlock(w, 'Labels', obj.metadata.labels);
	w.write(0, `Namespace:\t${ns}\n`);
	const address = (status.loadBalancer?.ingress ?? [])
		.map((i: any) => i.ip || i.hostname)
		.join(',');
	w.write(0, `Address:\t${address}\n`);
	w.write(0, `Ingress Class:\t${spec.ingressClassName ?? '<none>'}\n`);
	const def = spec.defaultBackend ? backendText(spec.defaultBackend, ns, ctx) : '<default>';
	w.write(0, `Default backend:\t${def}\n`);
	for (const tls of spec.tls ?? []) {
		w.write(0, 'TLS:\n');
		w.write(1, `${tls.secretName ?? 'SNI'} terminates ${(tls.hosts ?? []).join(',')}\n`);
	}
	w.write(0, 'Rules:\n  Host\tPath\tBackends\n');
	w.write(1, '----\t----\t--------\n');
	let count = 0;
	for (const rule of spec.rules ?? []) {
		if (!rule.http) continue;
		count++;
		w.write(1, `${rule.host || '*'}\t\n`);
		for (const p of rule.http.paths ?? [])
			w.write(2, `\t${p.path ?? ''} \t${backendText(p.backend, ns, ctx)}\n`);
	}
	if (count === 0) w.write(1, `*\t*\t${def}\n`);
	annotationsBlock(w, 'Annotations', obj.metadata.annotations);
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}
