/**
 * Inverse patches: a JSON merge patch that puts back the previous values of exactly the paths a
 * patch touched (`null` where the key did not exist), or of every path two versions of an object
 * differ in. A list is restored whole, since a merge patch replaces lists.
 */
import { parse } from 'yaml';
import type { KubeObject } from '../cluster/types';
import { clone, deepEqual } from '../kubectl/mutate/update';

type Json = unknown;
type JsonObject = Record<string, Json>;

function isObject(v: Json): v is JsonObject {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Previous values at the paths a merge or strategic patch names. */
function inverseOfMerge(before: Json, patch: JsonObject): JsonObject {
	const out: JsonObject = {};
	for (const [key, value] of Object.entries(patch)) {
		if (key.startsWith('$')) continue; // strategic-merge directives
		const old = isObject(before) ? before[key] : undefined;
		if (old === undefined) out[key] = null;
		else if (isObject(value) && isObject(old)) out[key] = inverseOfMerge(old, value);
		else out[key] = clone(old);
	}
	return out;
}

function unescapePointer(seg: string): string {
	return seg.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `/spec/template/spec/containers/0/image` → `['spec','template','spec','containers']`. */
function objectPath(pointer: string, before: Json): string[] {
	const segs = pointer.split('/').slice(1).map(unescapePointer);
	const out: string[] = [];
	let at: Json = before;
	for (const seg of segs) {
		if (Array.isArray(at)) break; // restore the list whole
		out.push(seg);
		at = isObject(at) ? at[seg] : undefined;
		if (at === undefined) break;
	}
	return out;
}

function setPath(target: JsonObject, path: string[], value: Json): void {
	let at = target;
	for (const seg of path.slice(0, -1)) {
		if (!isObject(at[seg])) at[seg] = {};
		at = at[seg] as JsonObject;
	}
	at[path[path.length - 1]] = value;
}

function getPath(obj: Json, path: string[]): Json {
	let at = obj;
	for (const seg of path) at = isObject(at) ? at[seg] : undefined;
	return at;
}

function inverseOfJsonPatch(before: Json, ops: Json[]): JsonObject {
	const out: JsonObject = {};
	for (const op of ops) {
		if (!isObject(op)) continue;
		for (const pointer of [op.path, op.from]) {
			if (typeof pointer !== 'string' || pointer === '') continue;
			const path = objectPath(pointer, before);
			if (path.length === 0) continue;
			const old = getPath(before, path);
			setPath(out, path, old === undefined ? null : clone(old));
		}
	}
	return out;
}

/** The patch text as kubectl reads it (JSON or YAML), or undefined when it does not parse. */
export function parsePatchText(text: string): Json | undefined {
	try {
		return parse(text);
	} catch {
		return undefined;
	}
}

/** The merge patch that undoes `patch` (of `type`) applied to `before`; undefined if unreadable. */
export function inversePatch(
	before: KubeObject,
	patch: Json,
	type: 'strategic' | 'merge' | 'json'
): JsonObject | undefined {
	if (type === 'json') return Array.isArray(patch) ? inverseOfJsonPatch(before, patch) : undefined;
	return isObject(patch) ? inverseOfMerge(before, patch) : undefined;
}

/** Fields the API server or controllers write; never part of an undo. */
const BOOKKEEPING = new Set([
	'resourceVersion',
	'generation',
	'managedFields',
	'uid',
	'creationTimestamp'
]);

function inverseOfDiff(before: Json, after: Json, top: string): JsonObject {
	const out: JsonObject = {};
	const keys = new Set([
		...Object.keys(isObject(before) ? before : {}),
		...Object.keys(isObject(after) ? after : {})
	]);
	for (const key of keys) {
		if (top === '' && key === 'status') continue;
		if (top === 'metadata' && BOOKKEEPING.has(key)) continue;
		const old = isObject(before) ? before[key] : undefined;
		const now = isObject(after) ? after[key] : undefined;
		if (deepEqual(old, now)) continue;
		if (old === undefined) out[key] = null;
		else if (isObject(old) && isObject(now)) {
			const inner = inverseOfDiff(old, now, key);
			if (Object.keys(inner).length) out[key] = inner;
		} else out[key] = clone(old);
	}
	return out;
}

/** The merge patch that turns `after` back into `before` (status and bookkeeping left alone). */
export function inverseOfChange(before: KubeObject, after: KubeObject): JsonObject {
	return inverseOfDiff(before, after, '');
}
