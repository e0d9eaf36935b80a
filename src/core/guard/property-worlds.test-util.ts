/**
 * Worlds and command lines for the guard's property tests: the built-in payments world and
 * generated clusters of a few sizes and seeds, with actions aimed at objects that exist in them.
 */
import fc from 'fast-check';
import { BUILTIN_CLUSTERS } from '../cluster/builtin/index';
import { generateWorld } from '../cluster/generate';
import { ClusterTx } from '../cluster/store';
import type { Deployment, Node, World } from '../cluster/types';
import { clusterOf } from '../cluster/world';
import { commandText } from '../kubectl/run';

export interface Setting {
	world: World;
	now: number;
	deployments: Deployment[];
	nodes: Node[];
}

const cache = new Map<string, Setting>();

/** `payments`, or `pods/namespaces/seed` of a generated cluster. */
export function settingFor(key: string): Setting {
	let s = cache.get(key);
	if (!s) {
		const [pods, namespaces, seed] = key.split('/').map(Number);
		const { world, now } =
			key === 'payments' ? BUILTIN_CLUSTERS.payments() : generateWorld({ pods, namespaces, seed });
		const tx = new ClusterTx(clusterOf(world, world.currentContext)!);
		const deployments = tx.list<Deployment>('deployments.apps');
		const nodes = tx.list<Node>('nodes');
		cache.set(key, (s = { world, now, deployments, nodes }));
	}
	return s;
}

/** Keys rather than worlds, so a counterexample prints short. */
export const settingKeys: fc.Arbitrary<string> = fc.oneof(
	fc.constant('payments'),
	fc
		.tuple(
			fc.integer({ min: 8, max: 120 }),
			fc.integer({ min: 1, max: 3 }),
			fc.integer({ min: 1, max: 4 })
		)
		.map(([pods, namespaces, seed]) => `${pods}/${namespaces}/${seed}`)
);

const labelKey = fc.constantFrom('team', 'app', 'oncall', 'tier', 'preflight.dev/owner');
const value = fc.constantFrom('payments', 'sre', 'batch', 'incident 4521', 'v2');

/** A reversible action aimed at the setting's objects: scale, set image, cordon, label, annotate, patch. */
export function reversibleLine(s: Setting): fc.Arbitrary<string> {
	const d = fc.constantFrom(...s.deployments);
	const n = fc.constantFrom(...s.nodes);
	const obj = (x: Deployment) => [`deployment/${x.metadata.name}`, '-n', x.metadata.namespace!];
	const line = (argv: string[]) => commandText(argv);
	return fc.oneof(
		fc
			.tuple(d, fc.integer({ min: 0, max: 12 }))
			.map(([x, r]) => line(['scale', ...obj(x), `--replicas=${r}`])),
		fc
			.tuple(d, fc.constantFrom('v2.5.0', 'v9.9.9', 'latest'))
			.map(([x, tag]) =>
				line([
					'set',
					'image',
					...obj(x),
					`${x.spec.template.spec.containers[0].name}=registry.example.com/app:${tag}`
				])
			),
		fc.tuple(n, fc.boolean()).map(([x, on]) => line([on ? 'cordon' : 'uncordon', x.metadata.name])),
		fc
			.tuple(d, labelKey, fc.option(value))
			.map(([x, k, v]) =>
				line([
					'label',
					...obj(x),
					v === null ? `${k}-` : `${k}=${v.replace(' ', '-')}`,
					'--overwrite'
				])
			),
		fc
			.tuple(
				fc.oneof(
					d.map((x) => obj(x)),
					n.map((x) => ['node', x.metadata.name])
				),
				labelKey,
				value
			)
			.map(([target, k, v]) => line(['annotate', ...target, `${k}=${v}`, '--overwrite'])),
		fc
			.tuple(
				d,
				fc.integer({ min: 1, max: 9 }),
				fc.option(value),
				fc.constantFrom('merge', 'strategic')
			)
			.map(([x, r, note, type]) => {
				const patch = {
					spec: { replicas: r, ...(note && { template: { metadata: { annotations: { note } } } }) }
				};
				return line(['patch', ...obj(x), '--type', type, '-p', JSON.stringify(patch)]);
			})
	);
}

/** Any action the blast radius should account for, including destructive ones. */
export function anyLine(s: Setting): fc.Arbitrary<string> {
	const d = fc.constantFrom(...s.deployments);
	const n = fc.constantFrom(...s.nodes);
	const obj = (x: Deployment) => [`deployment/${x.metadata.name}`, '-n', x.metadata.namespace!];
	return fc.oneof(
		reversibleLine(s),
		d.map((x) => commandText(['rollout', 'restart', ...obj(x)])),
		d.map((x) => commandText(['delete', ...obj(x)])),
		n.map((x) =>
			commandText([
				'drain',
				x.metadata.name,
				'--ignore-daemonsets',
				'--delete-emptydir-data',
				'--force'
			])
		),
		fc
			.tuple(n, fc.constantFrom('NoSchedule', 'NoExecute'))
			.map(([x, effect]) =>
				commandText(['taint', 'nodes', x.metadata.name, `dedicated=batch:${effect}`])
			),
		d.map((x) =>
			commandText([
				'create',
				'configmap',
				'guard-check',
				'-n',
				x.metadata.namespace!,
				'--from-literal=a=b'
			])
		)
	);
}
