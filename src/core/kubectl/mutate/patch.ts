/**
 * The three patch types `kubectl patch --type` sends and the API server applies: JSON merge
 * patch (RFC 7386), JSON patch (RFC 6902) and strategic merge patch, which merges lists of
 * containers, ports, env, volumes… by their merge key instead of replacing them.
 */
import { clone } from './update';

/* eslint-disable @typescript-eslint/no-explicit-any -- patches are arbitrary JSON */
type Json = any;

const isObject = (v: unknown): v is Record<string, Json> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** RFC 7386: objects merge, `null` deletes, everything else (arrays too) replaces. */
export function mergePatch(target: Json, patch: Json): Json {
	if (!isObject(patch)) return clone(patch);
	const out: Record<string, Json> = isObject(target) ? { ...target } : {};
	for (const [k, v] of Object.entries(patch)) {
		if (v === null) delete out[k];
		else out[k] = mergePatch(out[k], v);
	}
	return out;
}

/** Merge keys of the lists the simulator's kinds carry (from the Kubernetes OpenAPI `x-kubernetes-patch-merge-key`). */
const MERGE_KEYS: Record<string, string> = {
	containers: 'name',
	initContainers: 'name',
	ephemeralContainers: 'name',
	env: 'name',
	ports: 'containerPort',
	volumes: 'name',
	volumeMounts: 'mountPath',
	volumeDevices: 'devicePath',
	imagePullSecrets: 'name',
	hostAliases: 'ip',
	topologySpreadConstraints: 'topologyKey',
	conditions: 'type',
	ownerReferences: 'uid',
	finalizers: '',
	readinessGates: '',
	taints: ''
};

/** Strategic merge patch: like a merge patch, but keyed lists merge item by item. */
export function strategicMerge(target: Json, patch: Json): Json {
	if (!isObject(patch)) return clone(patch);
	if (patch.$patch === 'replace') {
		const { $patch: _, ...rest } = patch;
		return clone(rest);
	}
	const out: Record<string, Json> = isObject(target) ? { ...target } : {};
	for (const [k, v] of Object.entries(patch)) {
		if (k.startsWith('$')) continue;
		if (v === null) delete out[k];
		else if (Array.isArray(v) && k in MERGE_KEYS && Array.isArray(out[k]))
			out[k] = mergeList(out[k], v, MERGE_KEYS[k]);
		else out[k] = strategicMerge(out[k], v);
	}
	return out;
}

function mergeList(current: Json[], patch: Json[], key: string): Json[] {
	// Primitive lists with a merge strategy (finalizers) are unions; keyed lists merge by key.
	if (key === '') return [...current, ...patch.filter((p) => !current.includes(p))];
	const out = [...current];
	for (const item of patch) {
		if (!isObject(item)) continue;
		const at = out.findIndex((c) => isObject(c) && c[key] === item[key]);
		if (item.$patch === 'delete') {
			if (at >= 0) out.splice(at, 1);
		} else if (at >= 0) out[at] = strategicMerge(out[at], item);
		else out.push(strategicMerge({}, item));
	}
	return out;
}

export interface JsonPatchOp {
	op: string;
	path: string;
	value?: Json;
	from?: string;
}

/** RFC 6902. Returns the patched document, or the reason the server gives for refusing it. */
export function jsonPatch(target: Json, ops: JsonPatchOp[]): { value: Json } | { error: string } {
	let doc = clone(target);
	for (const op of ops) {
		try {
			doc = applyOp(doc, op);
		} catch (e) {
			return { error: (e as Error).message };
		}
	}
	return { value: doc };
}

function pointer(path: string): string[] {
	if (path === '') return [];
	if (!path.startsWith('/')) throw new Error(`invalid JSON pointer: ${path}`);
	return path
		.slice(1)
		.split('/')
		.map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: Json, parts: string[], path: string): Json {
	let cur = doc;
	for (const p of parts.slice(0, -1)) {
		cur = Array.isArray(cur) ? cur[Number(p)] : isObject(cur) ? cur[p] : undefined;
		if (cur === undefined)
			throw new Error(
				`replace operation does not apply: doc is missing path: "${path}": missing value`
			);
	}
	return cur;
}

function getAt(doc: Json, path: string): Json {
	const parts = pointer(path);
	const parent = parentOf(doc, parts, path);
	const last = parts[parts.length - 1];
	const value =
		parts.length === 0 ? doc : Array.isArray(parent) ? parent[Number(last)] : parent?.[last];
	if (value === undefined) throw new Error(`doc is missing path: "${path}": missing value`);
	return value;
}

function applyOp(doc: Json, op: JsonPatchOp): Json {
	const parts = pointer(op.path);
	if (op.op === 'test') {
		if (JSON.stringify(getAt(doc, op.path)) !== JSON.stringify(op.value))
			throw new Error(`testing value ${op.path} failed: test failed`);
		return doc;
	}
	if (op.op === 'move' || op.op === 'copy') {
		const value = clone(getAt(doc, op.from ?? ''));
		const moved = op.op === 'move' ? applyOp(doc, { op: 'remove', path: op.from ?? '' }) : doc;
		return applyOp(moved, { op: 'add', path: op.path, value });
	}
	if (parts.length === 0) return op.op === 'remove' ? null : clone(op.value);
	const parent = parentOf(doc, parts, op.path);
	const last = parts[parts.length - 1];
	if (Array.isArray(parent)) {
		const i = last === '-' ? parent.length : Number(last);
		const inRange = Number.isInteger(i) && i >= 0 && i <= parent.length - (op.op === 'add' ? 0 : 1);
		if (!inRange)
			throw new Error(
				`${op.op} operation does not apply: doc is missing path: "${op.path}": missing value`
			);
		if (op.op === 'add') parent.splice(i, 0, clone(op.value));
		else if (op.op === 'remove') parent.splice(i, 1);
		else if (op.op === 'replace') parent[i] = clone(op.value);
		else throw new Error(`Unexpected kind: ${op.op}`);
		return doc;
	}
	if (!isObject(parent))
		throw new Error(
			`${op.op} operation does not apply: doc is missing path: "${op.path}": missing value`
		);
	if (op.op !== 'add' && !(last in parent))
		throw new Error(
			`${op.op} operation does not apply: doc is missing path: "${op.path}": missing value`
		);
	if (op.op === 'remove') delete parent[last];
	else if (op.op === 'add' || op.op === 'replace') parent[last] = clone(op.value);
	else throw new Error(`Unexpected kind: ${op.op}`);
	return doc;
}
