/**
 * Test support for the mutating verbs: a small cluster shaped like the `payments` world and a
 * minimal argv → Invocation parser, so verbs are tested through their real `run(inv, env)`.
 */
import { ClusterTx, emptyCluster } from '../../cluster/store';
import type { KubeObject, Pod, World } from '../../cluster/types';
import { clusterOf, timestamp } from '../../cluster/world';
import type { Env, FlagValue, Invocation, Outcome, VerbSpec } from '../types';
import { parseGoDuration } from '../parse/flag-value';

export const T0 = Date.parse('2025-03-01T12:00:00Z');
export const HASH = '7d9c8b6f5';

const meta = (name: string, namespace?: string, extra: object = {}) => ({
	name,
	...(namespace ? { namespace } : {}),
	uid: `uid-${namespace ?? ''}-${name}`,
	resourceVersion: '1',
	creationTimestamp: timestamp(T0 - 3_600_000),
	...extra
});

const template = (image: string) => ({
	metadata: { labels: { app: 'payments', pool: 'primary' } },
	spec: {
		containers: [{ name: 'payments', image, ports: [{ containerPort: 8080, protocol: 'TCP' }] }]
	}
});

export function deployment(
	replicas = 3,
	image = 'registry.example.com/payments:1.4.2'
): KubeObject {
	return {
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: meta('payments-primary', 'payments', {
			generation: 1,
			labels: { app: 'payments', pool: 'primary' },
			annotations: { 'deployment.kubernetes.io/revision': '1' }
		}),
		spec: {
			replicas,
			selector: { matchLabels: { app: 'payments', pool: 'primary' } },
			template: template(image),
			strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } }
		},
		status: {
			observedGeneration: 1,
			replicas,
			updatedReplicas: replicas,
			readyReplicas: replicas,
			availableReplicas: replicas
		}
	};
}

export function replicaSet(
	revision: number,
	hash: string,
	image: string,
	replicas: number
): KubeObject {
	const t = template(image);
	t.metadata.labels = {
		...t.metadata.labels,
		'pod-template-hash': hash
	} as typeof t.metadata.labels;
	return {
		apiVersion: 'apps/v1',
		kind: 'ReplicaSet',
		metadata: meta(`payments-primary-${hash}`, 'payments', {
			generation: 1,
			labels: t.metadata.labels,
			annotations: { 'deployment.kubernetes.io/revision': String(revision) },
			ownerReferences: [
				{
					apiVersion: 'apps/v1',
					kind: 'Deployment',
					name: 'payments-primary',
					uid: 'uid-payments-payments-primary',
					controller: true
				}
			]
		}),
		spec: { replicas, selector: { matchLabels: t.metadata.labels }, template: t },
		status: { replicas, readyReplicas: replicas, availableReplicas: replicas }
	};
}

export function pod(
	name: string,
	node: string,
	owner?: { kind: string; name: string },
	extra: Partial<Pod['spec']> = {},
	namespace = 'payments'
): Pod {
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: meta(name, namespace, {
			labels:
				owner?.kind === 'DaemonSet' ? { app: 'kube-proxy' } : { app: 'payments', pool: 'primary' },
			...(owner
				? {
						ownerReferences: [
							{ apiVersion: 'apps/v1', ...owner, uid: `uid-${owner.name}`, controller: true }
						]
					}
				: {})
		}),
		spec: {
			containers: [{ name: 'c', image: 'img' }],
			nodeName: node,
			terminationGracePeriodSeconds: 30,
			...extra
		},
		status: { phase: 'Running' }
	};
}

export function node(name: string): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Node',
		metadata: meta(name, undefined, { labels: { 'kubernetes.io/hostname': name } }),
		spec: {},
		status: { capacity: {}, allocatable: {}, conditions: [], addresses: [], nodeInfo: {} }
	};
}

export function namespace(name: string): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Namespace',
		metadata: meta(name),
		spec: { finalizers: ['kubernetes'] },
		status: { phase: 'Active' }
	};
}

/** namespaces, 3 nodes, `payments-primary` (3 replicas, revision 1) with its RS and pods. */
export function baseObjects(): KubeObject[] {
	const rs = `payments-primary-${HASH}`;
	return [
		namespace('default'),
		namespace('payments'),
		namespace('kube-system'),
		node('node-a'),
		node('node-b'),
		node('node-c'),
		deployment(),
		replicaSet(1, HASH, 'registry.example.com/payments:1.4.2', 3),
		pod(`${rs}-abcde`, 'node-a', { kind: 'ReplicaSet', name: rs }),
		pod(`${rs}-fghij`, 'node-b', { kind: 'ReplicaSet', name: rs }),
		pod(`${rs}-klmno`, 'node-c', { kind: 'ReplicaSet', name: rs })
	];
}

export function makeWorld(objects: KubeObject[] = baseObjects()): World {
	const tx = new ClusterTx(emptyCluster('prod-us-east-1', 'https://10.0.0.1', 7));
	for (const o of objects) tx.put(o);
	return {
		contexts: [
			{ name: 'prod-us-east-1', cluster: 'prod-us-east-1', user: 'oncall', namespace: 'default' }
		],
		currentContext: 'prod-us-east-1',
		clusters: { 'prod-us-east-1': tx.commit() }
	};
}

/** Reads one object back from a world. */
export function read<T extends KubeObject = KubeObject>(
	world: World,
	key: string,
	ns: string,
	name: string
): T | undefined {
	return new ClusterTx(clusterOf(world, world.currentContext)!).get<T>(key, ns, name);
}

/** Parses argv (after the verb path) against `spec` the simple way kubectl's pflag does. */
export function invocation(
	spec: VerbSpec,
	path: string[],
	argv: string[]
): { inv: Invocation; namespace?: string } {
	const flags = new Map<string, FlagValue>();
	const given = new Set<string>();
	// Durations reach verbs in ms, as the real parser hands them over.
	const ms = (text: string) => {
		const r = parseGoDuration(text);
		if (!r.ok) throw new Error(`test parser: bad duration ${text}`);
		return r.value as number;
	};
	for (const f of spec.flags)
		if (f.default !== undefined)
			flags.set(f.name, f.type === 'duration' ? ms(String(f.default)) : f.default);
	const args: string[] = [];
	let namespace: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--') {
			args.push(...argv.slice(i + 1));
			break;
		}
		if (!a.startsWith('-') || a === '-') {
			args.push(a);
			continue;
		}
		const [rawName, inline] = a.replace(/^--?/, '').split(/=(.*)/s);
		if (rawName === 'n' || rawName === 'namespace') {
			namespace = inline ?? argv[++i];
			continue;
		}
		const f = spec.flags.find((x) => x.name === rawName || x.short === rawName);
		if (!f) throw new Error(`test parser: unknown flag ${a}`);
		given.add(f.name);
		let value: FlagValue;
		if (f.type === 'bool') value = inline === undefined ? true : inline === 'true';
		else {
			const text = inline ?? (f.noOptDefault !== undefined ? f.noOptDefault : argv[++i]);
			if (f.type === 'int') value = Number(text);
			else if (f.type === 'duration') value = ms(text);
			else if (f.type === 'stringArray' || f.type === 'stringSlice') {
				const prev = given.has(`${f.name}#`) ? (flags.get(f.name) as string[]) : [];
				given.add(`${f.name}#`);
				value = [...prev, ...(f.type === 'stringSlice' ? text.split(',') : [text])];
			} else value = text;
		}
		flags.set(f.name, value);
	}
	given.forEach((g) => g.endsWith('#') && given.delete(g));
	return { inv: { path, args, flags, given, argv }, namespace };
}

/** Runs `spec` as `kubectl <path> <argv>` at virtual time `now`. */
export function runVerb(
	spec: VerbSpec,
	path: string[],
	argv: string[],
	world: World,
	now = T0
): Outcome {
	const { inv, namespace } = invocation(spec, path, argv);
	const env: Env = {
		world,
		now,
		context: world.currentContext,
		namespace: namespace ?? 'default',
		namespaceGiven: namespace !== undefined
	};
	return spec.run!(inv, env);
}
