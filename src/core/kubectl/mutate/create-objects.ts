/**
 * The objects `kubectl create <kind>` builds client-side, with keys in the order kubectl's Go
 * structs print them (`-o json --dry-run=client`), and what the API server adds when storing them.
 */
import { clone } from './update';
import type { KubeObject } from '../../cluster/types';
import { timestamp } from '../../cluster/world';
import type { ClusterTx } from '../../cluster/store';

/** ObjectMeta as kubectl sends it: `namespace` only when `-n` was given. */
function meta(name: string, namespace: string | undefined, extra: object = {}) {
	return { name, ...(namespace ? { namespace } : {}), creationTimestamp: null, ...extra };
}

export function namespaceObject(name: string): KubeObject {
	return {
		kind: 'Namespace',
		apiVersion: 'v1',
		metadata: meta(name, undefined),
		spec: {},
		status: {}
	} as unknown as KubeObject;
}

/** Container name kubectl derives from an image: last path part, no tag or digest. */
export function containerName(image: string): string {
	const last = image.split('/').pop() ?? image;
	return last.split('@')[0].split(':')[0].replace(/_/g, '-');
}

export function deploymentObject(
	name: string,
	ns: string | undefined,
	images: string[],
	replicas: number,
	port: number,
	command: string[] = []
): KubeObject {
	const labels = { app: name };
	const seen = new Map<string, number>();
	const containers = images.map((image) => {
		let cname = containerName(image);
		const n = seen.get(cname) ?? 0;
		seen.set(cname, n + 1);
		if (n > 0) cname = `${cname}-${n}`;
		return {
			name: cname,
			image,
			...(command.length && images.indexOf(image) === 0 ? { command } : {}),
			...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
			resources: {}
		};
	});
	return {
		kind: 'Deployment',
		apiVersion: 'apps/v1',
		metadata: meta(name, ns, { labels }),
		spec: {
			replicas,
			selector: { matchLabels: labels },
			template: { metadata: { creationTimestamp: null, labels }, spec: { containers } },
			strategy: {}
		},
		status: {}
	} as unknown as KubeObject;
}

export function configMapObject(
	name: string,
	ns: string | undefined,
	data: Record<string, string>
): KubeObject {
	return {
		kind: 'ConfigMap',
		apiVersion: 'v1',
		metadata: meta(name, ns),
		data
	} as unknown as KubeObject;
}

export function secretObject(
	name: string,
	ns: string | undefined,
	data: Record<string, string>,
	type?: string
): KubeObject {
	const encoded = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, base64(v)]));
	return {
		kind: 'Secret',
		apiVersion: 'v1',
		metadata: meta(name, ns),
		data: encoded,
		...(type ? { type } : {})
	} as unknown as KubeObject;
}

/** UTF-8 text as base64, without Node's Buffer (core stays pure). */
export function base64(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let bin = '';
	for (const b of bytes) bin += String.fromCharCode(b);
	return btoa(bin);
}

const imagePullPolicy = (image: string) =>
	/:latest$/.test(image) || !/[:@][^/]*$/.test(image) ? 'Always' : 'IfNotPresent';

/** What the API server fills in on create: identity, timestamps, and the kinds' defaults. */
export function serverSide(
	tx: ClusterTx,
	sent: KubeObject,
	namespace: string,
	now: number
): KubeObject {
	const obj = clone(sent);
	const namespaced = obj.kind !== 'Namespace';
	obj.metadata = {
		...obj.metadata,
		...(namespaced ? { namespace } : {}),
		uid: tx.uid(),
		resourceVersion: '0',
		creationTimestamp: timestamp(now)
	};
	if (obj.kind === 'Namespace') {
		obj.metadata.labels = { 'kubernetes.io/metadata.name': obj.metadata.name };
		obj.spec = { finalizers: ['kubernetes'] };
		obj.status = { phase: 'Active' };
	}
	if (obj.kind === 'Secret') obj.type ??= 'Opaque';
	if (obj.kind === 'Deployment') defaultDeployment(obj);
	if (obj.kind === 'Job') defaultJob(obj);
	return obj;
}

function defaultDeployment(d: KubeObject): void {
	d.metadata.generation = 1;
	d.spec.strategy = {
		type: 'RollingUpdate',
		rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }
	};
	d.spec.revisionHistoryLimit = 10;
	d.spec.progressDeadlineSeconds = 600;
	delete d.spec.template.metadata.creationTimestamp;
	defaultPodSpec(d.spec.template.spec, 'Always');
	d.status = {};
}

/** The pod-spec defaults every workload template gets. */
function defaultPodSpec(spec: KubeObject['spec'], restartPolicy: string): void {
	for (const c of spec.containers ?? []) {
		c.imagePullPolicy = imagePullPolicy(c.image);
		c.terminationMessagePath = '/dev/termination-log';
		c.terminationMessagePolicy = 'File';
		for (const p of c.ports ?? []) p.protocol = 'TCP';
	}
	Object.assign(spec, {
		restartPolicy: spec.restartPolicy ?? restartPolicy,
		terminationGracePeriodSeconds: spec.terminationGracePeriodSeconds ?? 30,
		dnsPolicy: spec.dnsPolicy ?? 'ClusterFirst',
		securityContext: spec.securityContext ?? {},
		schedulerName: spec.schedulerName ?? 'default-scheduler'
	});
}

/** The Job defaults: the controller-uid selector and labels, one completion, backoff of 6. */
function defaultJob(job: KubeObject): void {
	const uid = job.metadata.uid;
	const labels = {
		'batch.kubernetes.io/controller-uid': uid,
		'batch.kubernetes.io/job-name': job.metadata.name,
		'controller-uid': uid,
		'job-name': job.metadata.name
	};
	job.metadata.generation = 1;
	const template = (job.spec.template ??= {});
	template.metadata = { ...template.metadata, labels: { ...template.metadata?.labels, ...labels } };
	// An unlabelled Job takes its pod template's labels.
	job.metadata.labels ??= { ...template.metadata.labels };
	delete template.metadata.creationTimestamp;
	job.spec = {
		parallelism: 1,
		completions: 1,
		backoffLimit: 6,
		selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
		completionMode: 'NonIndexed',
		suspend: false,
		podReplacementPolicy: 'TerminatingOrFailed',
		...job.spec
	};
	defaultPodSpec(template.spec, 'Never');
	job.status = {};
}
