/**
 * Field-level comparison of two versions of an object: the paths where they differ, beyond status
 * and the bookkeeping every write touches. Maps are walked key by key (an added annotation is its
 * own path) and lists of the same length item by item (`containers[0].image`); a list that
 * grew or shrank is one value.
 */
import type { KubeObject } from '../../cluster/types';
import { deepEqual } from '../../kubectl/mutate/update';

export type FieldPath = string[];

const NOISE = new Set([
	'resourceVersion',
	'generation',
	'managedFields',
	'uid',
	'creationTimestamp'
]);

const isMap = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function walk(a: unknown, b: unknown, path: FieldPath, out: FieldPath[]): void {
	if (isMap(a) && isMap(b)) {
		for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
			if (path.length === 0 && key === 'status') continue;
			if (path.length === 1 && path[0] === 'metadata' && NOISE.has(key)) continue;
			walk(a[key], b[key], [...path, key], out);
		}
	} else if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
		a.forEach((item, i) => walk(item, b[i], [...path, String(i)], out));
	} else if (!deepEqual(a, b)) out.push(path);
}

/** Paths where `a` and `b` differ (an absent object counts as empty). */
export function fieldDiff(a: KubeObject | undefined, b: KubeObject | undefined): FieldPath[] {
	const out: FieldPath[] = [];
	walk(a ?? {}, b ?? {}, [], out);
	return out;
}

export function fieldAt(obj: unknown, path: FieldPath): unknown {
	let at = obj;
	for (const key of path)
		at = isMap(at) ? at[key] : Array.isArray(at) ? at[Number(key)] : undefined;
	return at;
}

export function sameAt(a: unknown, b: unknown, path: FieldPath): boolean {
	return deepEqual(fieldAt(a, path), fieldAt(b, path));
}

/** `spec.replicas`, `metadata.annotations["kubectl.kubernetes.io/restartedAt"]`. */
export function pathText(path: FieldPath): string {
	return path
		.map((k, i) =>
			/^\d+$/.test(k)
				? `[${k}]`
				: /^[A-Za-z_]\w*$/.test(k)
					? (i ? '.' : '') + k
					: `[${JSON.stringify(k)}]`
		)
		.join('');
}

/** A field's value as a message shows it: `6`, `"v2.4.0"`, `unset`. */
export function valueText(value: unknown): string {
	if (value === undefined) return 'unset';
	const text = JSON.stringify(value);
	// Long values differ at the end (an image tag, a timestamp): keep the end.
	return text.length > 90 ? '…' + text.slice(-70) : text;
}
