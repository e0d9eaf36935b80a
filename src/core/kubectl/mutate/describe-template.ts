/**
 * A pod template the way `kubectl rollout history --revision=N` prints it: kubectl's
 * DescribePodTemplate written through a prefix writer without a tabwriter, so the tabs stay raw.
 */
import { visibleAnnotations } from '../../cluster/directives';
import type { Container, Labels, PodTemplate } from '../../cluster/types';

function multiline(title: string, map: Labels | undefined): string {
	const keys = Object.keys(map ?? {}).sort();
	if (keys.length === 0) return `${title}:\t<none>\n`;
	return keys.map((k, i) => `${i === 0 ? `${title}:\t` : '\t'}${k}=${map![k]}\n`).join('');
}

function ports(c: Container, host: boolean): string {
	const list = (c.ports ?? []).map(
		(p) =>
			`${host ? ((p as { hostPort?: number }).hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}`
	);
	const text = list.join(', ');
	const label = host ? 'Host Port' : 'Port';
	return `    ${list.length > 1 ? `${label}s` : label}:\t${text || '<none>'}\n`;
}

function resources(c: Container): string {
	let out = '';
	for (const kind of ['limits', 'requests'] as const) {
		const r = c.resources?.[kind];
		if (!r || Object.keys(r).length === 0) continue;
		out += `    ${kind === 'limits' ? 'Limits' : 'Requests'}:\n`;
		for (const k of Object.keys(r).sort()) out += `      ${k}:\t${r[k]}\n`;
	}
	return out;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- probes and env sources are open-shaped */
function probe(p: any): string {
	const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
	if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
	if (p.httpGet) {
		const g = p.httpGet;
		return `http-get ${(g.scheme ?? 'HTTP').toLowerCase()}://${g.host ?? ''}:${g.port}${g.path ?? ''} ${attrs}`;
	}
	if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`;
	if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
	return `unknown ${attrs}`;
}

function envValue(e: any): string {
	const f = e.valueFrom;
	if (!f) return e.value ?? '';
	if (f.secretKeyRef)
		return `<set to the key '${f.secretKeyRef.key}' in secret '${f.secretKeyRef.name}'>\tOptional: ${f.secretKeyRef.optional ?? false}`;
	if (f.configMapKeyRef)
		return `<set to the key '${f.configMapKeyRef.key}' of config map '${f.configMapKeyRef.name}'>\tOptional: ${f.configMapKeyRef.optional ?? false}`;
	if (f.fieldRef) return ` (${f.fieldRef.apiVersion ?? 'v1'}:${f.fieldRef.fieldPath})`;
	return '';
}

function lists(c: any): string {
	let out = '';
	if (c.command?.length)
		out += '    Command:\n' + c.command.map((x: string) => `      ${x}\n`).join('');
	if (c.args?.length) out += '    Args:\n' + c.args.map((x: string) => `      ${x}\n`).join('');
	return out;
}

function probesAndSources(c: any): string {
	let out = '';
	if (c.livenessProbe) out += `    Liveness:\t${probe(c.livenessProbe)}\n`;
	if (c.readinessProbe) out += `    Readiness:\t${probe(c.readinessProbe)}\n`;
	if (c.startupProbe) out += `    Startup:\t${probe(c.startupProbe)}\n`;
	if (c.envFrom?.length) {
		out += '    Environment Variables from:\n';
		for (const f of c.envFrom) {
			const ref = f.configMapRef ?? f.secretRef;
			const kind = f.configMapRef ? 'ConfigMap' : 'Secret';
			out += `      ${ref.name}\t${kind}\t${f.prefix ? `with prefix '${f.prefix}' ` : ''}Optional: ${ref.optional ?? false}\n`;
		}
	}
	return out;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

function container(c: Container): string {
	let out = `   ${c.name}:\n    Image:\t${c.image}\n${ports(c, false)}${ports(c, true)}`;
	out += lists(c) + resources(c) + probesAndSources(c);
	const env = c.env ?? [];
	out += env.length === 0 ? '    Environment:\t<none>\n' : '    Environment:\n';
	for (const e of env) out += `      ${e.name}:\t${envValue(e)}\n`;
	const mounts =
		(c.volumeMounts as { name: string; mountPath: string; readOnly?: boolean }[]) ?? [];
	out += mounts.length === 0 ? '    Mounts:\t<none>\n' : '    Mounts:\n';
	for (const m of mounts)
		out += `      ${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})\n`;
	return out;
}

export function describePodTemplate(t: PodTemplate): string {
	let out = 'Pod Template:\n' + multiline('  Labels', t.metadata?.labels);
	const annotations = visibleAnnotations(t.metadata?.annotations);
	if (annotations) out += multiline('  Annotations', annotations);
	const spec = t.spec;
	if (spec.initContainers?.length)
		out += '  Init Containers:\n' + spec.initContainers.map(container).join('');
	out +=
		`  Containers:${spec.containers.length ? '' : ' <none>'}\n` +
		spec.containers.map(container).join('');
	const volumes = spec.volumes ?? [];
	out += volumes.length === 0 ? '  Volumes:\t<none>\n' : '  Volumes:\n';
	for (const v of volumes)
		out += `   ${v.name}:\n    Type:\t${v.emptyDir ? "EmptyDir (a temporary directory that shares a pod's lifetime)" : 'Volume'}\n`;
	out += multiline('  Node-Selectors', spec.nodeSelector);
	const tol = spec.tolerations ?? [];
	out += tol.length === 0 ? '  Tolerations:\t<none>\n' : '';
	tol.forEach((x, i) => {
		const text = `${x.key ?? ''}${x.value ? `=${x.value}` : ''}${x.operator === 'Exists' && !x.key ? '' : ''}${x.effect ? `:${x.effect}` : ''}`;
		out += `${i === 0 ? '  Tolerations:\t' : '\t'}${x.operator === 'Exists' && x.key ? `${x.key}:${x.effect ?? ''}` : text}\n`;
	});
	return out;
}
