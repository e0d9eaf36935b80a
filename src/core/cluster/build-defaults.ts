/**
 * What the API server and its allocators fill in on create, so built objects look like ones read
 * back from a real cluster: spec defaults (strategy, revisionHistoryLimit, imagePullPolicy, …),
 * Service cluster IPs and node ports, bound PVCs, load-balancer hostnames, Active namespaces.
 * Values already present are never changed. Chance comes from the cluster's seeded source.
 */
import type { Random } from '../clock/random';
import type { Container, KubeObject, PodTemplate } from './types';
import { uuidV4 } from './uuid';
import { withServiceAccountToken } from './controllers/service-account-volume';

/** Kinds whose spec the API server versions with `metadata.generation`. */
const GENERATIONAL = new Set([
	'Deployment',
	'ReplicaSet',
	'StatefulSet',
	'DaemonSet',
	'Job',
	'CronJob',
	'HorizontalPodAutoscaler',
	'PodDisruptionBudget',
	'Ingress'
]);

export function hasGeneration(kind: string): boolean {
	return GENERATIONAL.has(kind);
}

/** The object with API defaults applied; `random` allocates IPs, ports and volume names. */
export function withApiDefaults(obj: KubeObject, random: Random): KubeObject {
	switch (obj.kind) {
		case 'Namespace':
			return {
				...obj,
				spec: obj.spec ?? { finalizers: ['kubernetes'] },
				status: obj.status ?? { phase: 'Active' }
			};
		case 'Deployment':
			return { ...obj, spec: deploymentSpec(obj.spec) };
		case 'ReplicaSet':
		case 'StatefulSet':
		case 'DaemonSet':
			return { ...obj, spec: { ...obj.spec, template: template(obj.spec.template) } };
		case 'Job': {
			const uid = obj.metadata.uid || uuidV4(random.string(32, '0123456789abcdef'));
			return jobDefaults({ ...obj, metadata: { ...obj.metadata, uid } });
		}
		case 'CronJob':
			return { ...obj, spec: cronJobSpec(obj.spec) };
		case 'Pod':
			return { ...obj, spec: withServiceAccountToken(podSpec(obj.spec, 'Always'), random) };
		case 'Service':
			return service(obj, random);
		case 'Secret':
			return { ...obj, type: obj.type ?? 'Opaque' };
		case 'PersistentVolumeClaim':
			return boundClaim(obj, random);
		default:
			return obj;
	}
}

function deploymentSpec(spec: KubeObject['spec']): KubeObject['spec'] {
	return {
		replicas: 1,
		revisionHistoryLimit: 10,
		progressDeadlineSeconds: 600,
		...spec,
		strategy: spec.strategy ?? {
			type: 'RollingUpdate',
			rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }
		},
		template: template(spec.template)
	};
}

/**
 * A Job as the API server stores it: SetDefaults_Job (parallelism, completions, backoffLimit,
 * completionMode, suspend, podReplacementPolicy) and the generated selector, whose controller-uid
 * and job-name labels go on the template and, when the Job has none, on the Job itself.
 * Needs `metadata.uid`.
 */
export function jobDefaults(job: KubeObject): KubeObject {
	const spec = job.spec ?? {};
	const { uid, name } = job.metadata;
	const manual = spec.manualSelector === true;
	const generated = {
		'batch.kubernetes.io/controller-uid': uid,
		'batch.kubernetes.io/job-name': name,
		'controller-uid': uid,
		'job-name': name
	};
	const t = template(spec.template, 'Never');
	const labels = manual ? t.metadata?.labels : { ...(t.metadata?.labels ?? {}), ...generated };
	const bothUnset = spec.completions === undefined && spec.parallelism === undefined;
	const jobLabels = job.metadata.labels;
	return {
		...job,
		metadata: {
			...job.metadata,
			...(jobLabels && Object.keys(jobLabels).length
				? {}
				: labels && Object.keys(labels).length
					? { labels: { ...labels } }
					: {})
		},
		spec: {
			backoffLimit: 6,
			completionMode: 'NonIndexed',
			...(bothUnset ? { completions: 1 } : {}),
			parallelism: 1,
			podReplacementPolicy: spec.podFailurePolicy ? 'Failed' : 'TerminatingOrFailed',
			suspend: false,
			...spec,
			selector: manual
				? spec.selector
				: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
			template: { ...t, metadata: { ...(t.metadata ?? {}), ...(labels ? { labels } : {}) } }
		}
	};
}

function cronJobSpec(spec: KubeObject['spec']): KubeObject['spec'] {
	const jobSpec = spec.jobTemplate.spec;
	return {
		concurrencyPolicy: 'Allow',
		successfulJobsHistoryLimit: 3,
		failedJobsHistoryLimit: 1,
		suspend: false,
		...spec,
		jobTemplate: {
			...spec.jobTemplate,
			spec: { ...jobSpec, template: template(jobSpec.template, 'OnFailure') }
		}
	};
}

function template(t: PodTemplate, restartPolicy = 'Always'): PodTemplate {
	return { ...t, spec: podSpec(t.spec, restartPolicy) };
}

function podSpec(spec: PodTemplate['spec'], restartPolicy: string): PodTemplate['spec'] {
	return {
		restartPolicy,
		terminationGracePeriodSeconds: 30,
		dnsPolicy: 'ClusterFirst',
		schedulerName: 'default-scheduler',
		securityContext: {},
		...spec,
		containers: spec.containers.map(container),
		...(spec.initContainers ? { initContainers: spec.initContainers.map(container) } : {})
	};
}

function container(c: Container): Container {
	const tag = c.image.includes('@')
		? 'digest'
		: (c.image.split('/').pop()!.split(':')[1] ?? 'latest');
	return {
		...c,
		imagePullPolicy: c.imagePullPolicy ?? (tag === 'latest' ? 'Always' : 'IfNotPresent'),
		terminationMessagePath: c.terminationMessagePath ?? '/dev/termination-log',
		terminationMessagePolicy: c.terminationMessagePolicy ?? 'File',
		...(c.ports ? { ports: c.ports.map((p) => ({ ...p, protocol: p.protocol ?? 'TCP' })) } : {})
	};
}

interface ServicePort {
	port: number;
	targetPort?: number | string;
	nodePort?: number;
	protocol?: string;
	name?: string;
}

function service(obj: KubeObject, random: Random): KubeObject {
	const spec = obj.spec ?? {};
	const type: string = spec.type ?? 'ClusterIP';
	if (type === 'ExternalName') return { ...obj, spec: { ...spec, type } };
	const clusterIP: string = spec.clusterIP ?? `172.20.${random.int(256)}.${1 + random.int(254)}`;
	const ports = ((spec.ports ?? []) as ServicePort[]).map((p) => ({
		...p,
		protocol: p.protocol ?? 'TCP',
		targetPort: p.targetPort ?? p.port,
		...(type !== 'ClusterIP' && !p.nodePort ? { nodePort: 30000 + random.int(2768) } : {})
	}));
	const status =
		obj.status ??
		(type === 'LoadBalancer'
			? { loadBalancer: { ingress: [{ hostname: elbHostname(random) }] } }
			: { loadBalancer: {} });
	return {
		...obj,
		spec: {
			...spec,
			type,
			clusterIP,
			clusterIPs: spec.clusterIPs ?? [clusterIP],
			ipFamilies: spec.ipFamilies ?? ['IPv4'],
			ipFamilyPolicy: spec.ipFamilyPolicy ?? 'SingleStack',
			sessionAffinity: spec.sessionAffinity ?? 'None',
			internalTrafficPolicy: spec.internalTrafficPolicy ?? 'Cluster',
			...(ports.length ? { ports } : {})
		},
		status
	};
}

/** `a1b2…-1234567890.us-east-1.elb.amazonaws.com`, as the AWS load balancer controller names them. */
export function elbHostname(random: Random, region = 'us-east-1'): string {
	const id = random.string(32, '0123456789abcdef');
	return `a${id.slice(1)}-${1_000_000_000 + random.int(999_999_999)}.${region}.elb.amazonaws.com`;
}

function boundClaim(obj: KubeObject, random: Random): KubeObject {
	if (obj.status?.phase) return obj;
	// The provisioner names the volume after the claim's uid.
	const uid = obj.metadata.uid || uuidV4(random.string(32, '0123456789abcdef'));
	const volumeName = `pvc-${uid}`;
	const spec = obj.spec ?? {};
	const accessModes = spec.accessModes ?? ['ReadWriteOnce'];
	return {
		...obj,
		metadata: { ...obj.metadata, uid },
		spec: {
			...spec,
			accessModes,
			volumeName: spec.volumeName ?? volumeName,
			volumeMode: spec.volumeMode ?? 'Filesystem'
		},
		status: {
			phase: 'Bound',
			accessModes,
			capacity: { storage: spec.resources?.requests?.storage ?? '1Gi' }
		}
	};
}
