/**
 * The value half of `wrong-target`: the action on the right object must also set what the step's
 * intent says (replicas, image, patched values, labels). Judged on the simulated object after the
 * action, so `--replicas=1`, `scale --replicas 1` and a patch to `spec.replicas` all read alike.
 */
import type { KubeObject } from '../../cluster/types';
import { deepEqual } from '../../kubectl/mutate/update';
import type { Intent } from '../../scenario/schema';
import type { Change } from '../diff-worlds';

export interface ValueMiss {
	/** `spec.replicas`, `image of container api`, `data.weight`. */
	what: string;
	expected: unknown;
	drafted: unknown;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function at(obj: unknown, path: readonly string[]): unknown {
	let v = obj;
	for (const key of path) v = isMap(v) || Array.isArray(v) ? (v as never)[key] : undefined;
	return v;
}

/** Scalar leaves of a merge patch under maps (lists are merged by key and left to the diff). */
function leaves(patch: unknown, path: string[] = []): [string[], unknown][] {
	if (!isMap(patch)) return Array.isArray(patch) ? [] : [[path, patch]];
	return Object.entries(patch).flatMap(([k, v]) => leaves(v, [...path, k]));
}

function patchLeaves(intent: Extract<Intent, { kind: 'patch' }>): [string[], unknown][] {
	if (!Array.isArray(intent.patch)) return leaves(intent.patch);
	return intent.patch.flatMap((op) => {
		if (!isMap(op) || (op.op !== 'replace' && op.op !== 'add') || typeof op.path !== 'string')
			return [];
		const path = op.path
			.split('/')
			.slice(1)
			.map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
		return isMap(op.value) || Array.isArray(op.value)
			? []
			: [[path, op.value] as [string[], unknown]];
	});
}

function expectations(intent: Intent, obj: KubeObject): [string, string[], unknown][] {
	switch (intent.kind) {
		case 'scale':
			return [['spec.replicas', ['spec', 'replicas'], intent.replicas]];
		case 'set-image': {
			const containers = at(obj, ['spec', 'template', 'spec', 'containers']);
			const i = Array.isArray(containers)
				? containers.findIndex((c) => isMap(c) && c.name === intent.container)
				: -1;
			if (i < 0) return [];
			const path = ['spec', 'template', 'spec', 'containers', String(i), 'image'];
			return [[`the image of container ${intent.container}`, path, intent.image]];
		}
		case 'patch':
			return patchLeaves(intent).map(([path, v]) => [path.join('.'), path, v]);
		case 'label':
		case 'annotate': {
			const field = intent.kind === 'label' ? 'labels' : 'annotations';
			return Object.entries(intent.set).map(([k, v]) => [
				`${field.slice(0, -1)} ${k}`,
				['metadata', field, k],
				v ?? undefined
			]);
		}
		default:
			return [];
	}
}

/** What the action set differently from the intent, on the intent's object; [] when it matches. */
export function valueMisses(intent: Intent, name: string, changes: readonly Change[]): ValueMiss[] {
	const change = changes.find((c) => c.name === name && c.change === 'update' && c.after);
	if (!change?.after) return [];
	return expectations(intent, change.after)
		.map(([what, path, expected]) => ({ what, expected, drafted: at(change.after, path) }))
		.filter((m) => !deepEqual(normal(m.expected), normal(m.drafted)));
}

/** A patch's `"100"` and a ConfigMap's `100` are the same value as the operator writes it. */
const normal = (v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);

export function describeMiss(m: ValueMiss): string {
	const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));
	return `${m.what} ${show(m.drafted)} where the step needs ${show(m.expected)}`;
}
