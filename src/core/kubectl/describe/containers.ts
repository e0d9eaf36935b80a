/** Containers, volumes and pod templates as kubectl's describers print them. */
import type { Container, ContainerState, ContainerStatus, PodTemplate } from '../../cluster/types';
import { visibleAnnotations } from '../../cluster/directives';
import {
	labelsBlock,
	annotationsBlock,
	rfc1123z,
	tolerationsBlock,
	type PrefixWriter
} from './writer';

/* eslint-disable @typescript-eslint/no-explicit-any -- probes, env sources and volumes are open API shapes */

function ports(c: Container, host: boolean): string {
	return (c.ports ?? [])
		.map((p) => `${host ? ((p as any).hostPort ?? 0) : p.containerPort}/${p.protocol ?? 'TCP'}`)
		.join(', ');
}

function portLines(w: PrefixWriter, c: Container): void {
	const cp = ports(c, false);
	w.write(2, cp.includes(',') ? `Ports:\t${cp}\n` : `Port:\t${cp || '<none>'}\n`);
	const hp = ports(c, true);
	w.write(2, hp.includes(',') ? `Host Ports:\t${hp}\n` : `Host Port:\t${hp || '<none>'}\n`);
}

function state(w: PrefixWriter, title: string, s: ContainerState): void {
	if (s.running) {
		w.write(2, `${title}:\tRunning\n`);
		w.write(3, `Started:\t${rfc1123z(s.running.startedAt)}\n`);
	} else if (s.waiting) {
		w.write(2, `${title}:\tWaiting\n`);
		if (s.waiting.reason) w.write(3, `Reason:\t${s.waiting.reason}\n`);
	} else if (s.terminated) {
		const t = s.terminated;
		w.write(2, `${title}:\tTerminated\n`);
		if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
		if (t.message) w.write(3, `Message:\t${t.message}\n`);
		w.write(3, `Exit Code:\t${t.exitCode}\n`);
		w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
		w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
	} else w.write(2, `${title}:\tWaiting\n`);
}

function resources(w: PrefixWriter, r: Container['resources'], level: number): void {
	for (const [title, map] of [
		['Limits', r?.limits],
		['Requests', r?.requests]
	] as const) {
		const names = Object.keys(map ?? {}).sort();
		if (names.length) w.write(level, `${title}:\n`);
		for (const n of names) w.write(level + 1, `${n}:\t${map![n]}\n`);
	}
}

export function describeProbe(p: any): string {
	const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 1}s period=${p.periodSeconds ?? 10}s #success=${p.successThreshold ?? 1} #failure=${p.failureThreshold ?? 3}`;
	if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`;
	if (p.httpGet) {
		const g = p.httpGet;
		const scheme = String(g.scheme ?? 'HTTP').toLowerCase();
		return `http-get ${scheme}://${g.host ?? ''}:${g.port}${g.path ?? ''} ${attrs}`;
	}
	if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`;
	if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`;
	return `unknown ${attrs}`;
}

function env(w: PrefixWriter, c: Container): void {
	const vars = c.env ?? [];
	if ((c as any).envFrom?.length) {
		w.write(2, 'Environment Variables from:\n');
		for (const e of (c as any).envFrom) {
			const from = e.configMapRef ? 'ConfigMap' : 'Secret';
			const ref = e.configMapRef ?? e.secretRef ?? {};
			const prefix = e.prefix ? ` with prefix '${e.prefix}'` : '';
			w.write(3, `${ref.name}\t${from}${prefix}\tOptional: ${ref.optional === true}\n`);
		}
	}
	w.write(2, `Environment:${vars.length ? '' : '\t<none>'}\n`);
	for (const e of vars) {
		const from = e.valueFrom as any;
		if (!from) {
			(e.value ?? '')
				.split('\n')
				.forEach((s, i) => w.write(3, i ? `\t${s}\n` : `${e.name}:\t${s}\n`));
		} else if (from.fieldRef) {
			w.write(3, `${e.name}:\t (${from.fieldRef.apiVersion ?? 'v1'}:${from.fieldRef.fieldPath})\n`);
		} else if (from.resourceFieldRef) {
			w.write(3, `${e.name}:\t (${from.resourceFieldRef.resource})\n`);
		} else if (from.secretKeyRef) {
			const r = from.secretKeyRef;
			w.write(
				3,
				`${e.name}:\t<set to the key '${r.key}' in secret '${r.name}'>\tOptional: ${r.optional === true}\n`
			);
		} else if (from.configMapKeyRef) {
			const r = from.configMapKeyRef;
			w.write(
				3,
				`${e.name}:\t<set to the key '${r.key}' of config map '${r.name}'>\tOptional: ${r.optional === true}\n`
			);
		}
	}
}

function mounts(w: PrefixWriter, c: Container): void {
	const list: any[] = [...((c as any).volumeMounts ?? [])].sort((a, b) =>
		a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0
	);
	w.write(2, `Mounts:${list.length ? '' : '\t<none>'}\n`);
	for (const m of list) {
		const flags = [m.readOnly ? 'ro' : 'rw', ...(m.subPath ? [`path="${m.subPath}"`] : [])];
		w.write(3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`);
	}
}

export function containersBlock(
	w: PrefixWriter,
	label: string,
	containers: Container[],
	statuses: ContainerStatus[] | undefined,
	space: string
): void {
	w.write(0, `${space}${label}:${containers.length ? '' : ' <none>'}\n`);
	for (const c of containers) {
		const s = statuses?.find((x) => x.name === c.name);
		w.write(1, `${space ? ' ' : ''}${c.name}:\n`);
		if (s) w.write(2, `Container ID:\t${s.containerID ?? ''}\n`);
		w.write(2, `Image:\t${c.image}\n`);
		if (s) w.write(2, `Image ID:\t${s.imageID}\n`);
		portLines(w, c);
		listLines(w, 'Command', c.command as string[] | undefined);
		listLines(w, 'Args', c.args as string[] | undefined);
		if (s) {
			state(w, 'State', s.state);
			if (s.lastState?.terminated) state(w, 'Last State', s.lastState);
			w.write(2, `Ready:\t${s.ready ? 'True' : 'False'}\n`);
			w.write(2, `Restart Count:\t${s.restartCount}\n`);
		}
		resources(w, c.resources, 2);
		const probes = c as any;
		if (probes.livenessProbe) w.write(2, `Liveness:\t${describeProbe(probes.livenessProbe)}\n`);
		if (probes.readinessProbe) w.write(2, `Readiness:\t${describeProbe(probes.readinessProbe)}\n`);
		if (probes.startupProbe) w.write(2, `Startup:\t${describeProbe(probes.startupProbe)}\n`);
		env(w, c);
		mounts(w, c);
	}
}

function volume(w: PrefixWriter, v: any): void {
	if (v.emptyDir) {
		w.write(
			2,
			`Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`
		);
	} else if (v.configMap) {
		w.write(
			2,
			`Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name}\n    Optional:\t${v.configMap.optional === true}\n`
		);
	} else if (v.secret) {
		w.write(
			2,
			`Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName}\n    Optional:\t${v.secret.optional === true}\n`
		);
	} else if (v.persistentVolumeClaim) {
		w.write(
			2,
			`Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:\t${v.persistentVolumeClaim.claimName}\n    ReadOnly:\t${v.persistentVolumeClaim.readOnly === true}\n`
		);
	} else if (v.hostPath) {
		w.write(
			2,
			`Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type || '<none>'}\n`
		);
	} else if (v.projected) {
		w.write(2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
		for (const s of v.projected.sources ?? []) {
			if (s.secret)
				w.write(2, `SecretName:\t${s.secret.name}\n    Optional:\t${s.secret.optional === true}\n`);
			else if (s.downwardAPI) w.write(2, 'DownwardAPI:\ttrue\n');
			else if (s.configMap)
				w.write(
					2,
					`ConfigMapName:\t${s.configMap.name}\n    Optional:\t${s.configMap.optional === true}\n`
				);
			else if (s.serviceAccountToken)
				w.write(2, `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3607}\n`);
		}
	} else w.write(1, '<unknown>\n');
}

export function volumesBlock(w: PrefixWriter, volumes: any[] | undefined, space: string): void {
	if (!volumes?.length) return w.write(0, `${space}Volumes:\t<none>\n`);
	w.write(0, `${space}Volumes:\n`);
	for (const v of volumes) {
		w.write(1, `${space ? ' ' : ''}${v.name}:\n`);
		volume(w, v);
	}
}

/** `DescribePodTemplate`. */
export function podTemplateBlock(w: PrefixWriter, template: PodTemplate | undefined): void {
	w.write(0, 'Pod Template:\n');
	if (!template) return w.write(1, '<unset>');
	labelsBlock(w, '  Labels', template.metadata?.labels);
	if (visibleAnnotations(template.metadata?.annotations)) {
		annotationsBlock(w, '  Annotations', template.metadata?.annotations);
	}
	const spec = template.spec;
	if (spec.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
	if (spec.initContainers?.length)
		containersBlock(w, 'Init Containers', spec.initContainers, undefined, '  ');
	containersBlock(w, 'Containers', spec.containers ?? [], undefined, '  ');
	volumesBlock(w, spec.volumes, '  ');
	if (spec.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
	labelsBlock(w, '  Node-Selectors', spec.nodeSelector);
	tolerationsBlock(w, '  Tolerations', spec.tolerations as any);
}

/** `Command:` / `Args:` with one entry a line, or nothing when empty. */
function listLines(w: PrefixWriter, title: string, items: string[] | undefined): void {
	if (!items?.length) return;
	w.write(2, `${title}:\n`);
	for (const item of items) w.write(3, `${item}\n`);
}
