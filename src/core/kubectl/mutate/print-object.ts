/**
 * `-o name|yaml|json` for the objects a mutating verb wrote, as kubectl's printers show them:
 * keys sorted (objects travel as unstructured maps), several objects wrapped in a `List`.
 */
import { stringify } from 'yaml';
import type { KubeObject } from '../../cluster/types';
import { clientError } from '../errors';
import type { KubectlError } from '../types';

export type OutputFormat = '' | 'name' | 'yaml' | 'json';

const SUPPORTED = ['json', 'yaml', 'name'];
const ALL =
	'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

/** Validates `-o`; the simulator prints the three formats runbooks use with mutating verbs. */
export function parseOutput(value: unknown, all = ALL): OutputFormat | KubectlError {
	const v = String(value ?? '');
	if (v === '' || SUPPORTED.includes(v)) return v as OutputFormat;
	// Template formats are valid kubectl; the simulator prints the plain success line for them.
	if (ALL.split(',').includes(v.split('=')[0])) return '';
	return clientError(
		`unable to match a printer suitable for the output format "${v}", allowed formats are: ${all}`
	);
}

export function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (typeof value !== 'object' || value === null) return value;
	const out: Record<string, unknown> = {};
	for (const k of Object.keys(value).sort()) {
		const v = (value as Record<string, unknown>)[k];
		if (v !== undefined) out[k] = sortKeys(v);
	}
	return out;
}

function asDocument(objects: KubeObject[]): unknown {
	if (objects.length === 1) return objects[0];
	return { apiVersion: 'v1', items: objects, kind: 'List', metadata: { resourceVersion: '' } };
}

export function toYaml(objects: KubeObject[]): string {
	return stringify(sortKeys(asDocument(objects)), { indentSeq: false, lineWidth: 0 });
}

/** JSON with keys sorted (objects read back from the server) or as built (typed objects). */
export function toJson(objects: KubeObject[], sorted = true): string {
	const doc = asDocument(objects);
	return `${JSON.stringify(sorted ? sortKeys(doc) : doc, null, 4)}\n`;
}

/** Prints written objects in `format`; `refs[i]` names `objects[i]` for `-o name`. */
export function printObjects(
	format: OutputFormat,
	objects: KubeObject[],
	refs: string[],
	sorted = true
): string {
	if (format === 'name') return refs.map((r) => `${r}\n`).join('');
	if (format === 'yaml') return toYaml(objects);
	if (format === 'json') return toJson(objects, sorted);
	return '';
}
