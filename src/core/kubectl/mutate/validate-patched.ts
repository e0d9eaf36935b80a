/**
 * What the API server checks on a patched object before it stores it, for the fields the
 * simulator's controllers rely on: the OpenAPI types first (a wrong type stops there), then the
 * workload validation — replicas ≥ 0, containers with a name and an image, template labels that
 * match the selector, a Deployment's selector unchanged. Errors read as kubectl prints a 422.
 */
import type { KubeObject } from '../../cluster/types';
import type { KubectlError } from '../types';
import { goLabelSelector, goStringMap, type Selector } from './go-value';

/* eslint-disable @typescript-eslint/no-explicit-any -- a patched object is arbitrary JSON */
type Json = any;

const WORKLOADS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet']);

/** The JSON type the OpenAPI validator names for a value. */
function jsonType(v: unknown): string {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
	return typeof v;
}

function typeError(path: string, want: string, v: unknown): string {
	const got = jsonType(v);
	return `${path}: Invalid value: "${got}": ${path} in body must be of type ${want}: "${got}"`;
}

/** Schema type errors, outermost first; `undefined` fields are fine (they are optional). */
function typeErrors(obj: Json): string[] {
	const errs: string[] = [];
	const want = (path: string, v: unknown, type: string) => {
		if (v === undefined) return true;
		const got = jsonType(v);
		if (got === type) return true;
		errs.push(typeError(path, type, v));
		return false;
	};
	if (!want('metadata', obj.metadata, 'object') || !want('spec', obj.spec, 'object')) return errs;
	const spec = obj.spec;
	if (!spec || !WORKLOADS.has(obj.kind)) return errs;
	want('spec.replicas', spec.replicas, 'integer');
	want('spec.selector', spec.selector, 'object');
	if (!want('spec.template', spec.template, 'object') || !spec.template) return errs;
	want('spec.template.metadata', spec.template.metadata, 'object');
	if (!want('spec.template.spec', spec.template.spec, 'object') || !spec.template.spec) return errs;
	const containers = spec.template.spec.containers;
	if (!want('spec.template.spec.containers', containers, 'array') || !containers) return errs;
	containers.forEach((c: unknown, i: number) => {
		const at = `spec.template.spec.containers[${i}]`;
		if (!want(at, c, 'object')) return;
		want(`${at}.name`, (c as Json).name, 'string');
		want(`${at}.image`, (c as Json).image, 'string');
	});
	return errs;
}

function matches(selector: Selector | undefined, labels: Record<string, string>): boolean {
	const wanted = selector?.matchLabels ?? {};
	return Object.entries(wanted).every(([k, v]) => labels[k] === v);
}

/** The workload validation that runs once the types are right. */
function workloadErrors(before: Json, after: Json): string[] {
	if (!WORKLOADS.has(after.kind) || !after.spec) return [];
	const spec = after.spec;
	const errs: string[] = [];
	if (typeof spec.replicas === 'number' && spec.replicas < 0)
		errs.push(`spec.replicas: Invalid value: ${spec.replicas}: must be greater than or equal to 0`);
	const labels = spec.template?.metadata?.labels ?? {};
	if (spec.selector && !matches(spec.selector, labels))
		errs.push(
			`spec.template.metadata.labels: Invalid value: ${goStringMap(labels)}: \`selector\` does not match template \`labels\``
		);
	const containers: Json[] = spec.template?.spec?.containers ?? [];
	if (spec.template && containers.length === 0)
		errs.push('spec.template.spec.containers: Required value');
	containers.forEach((c, i) => {
		if (!c.name) errs.push(`spec.template.spec.containers[${i}].name: Required value`);
		if (!c.image) errs.push(`spec.template.spec.containers[${i}].image: Required value`);
	});
	if (JSON.stringify(before.spec?.selector) !== JSON.stringify(spec.selector))
		errs.push(
			`spec.selector: Invalid value: ${goLabelSelector(spec.selector)}: field is immutable`
		);
	return errs;
}

/** kubectl's text for an Invalid (422) status: one cause inline, several as a `*` list. */
export function invalidError(kind: string, name: string, causes: string[]): KubectlError {
	const head = `The ${kind} "${name}" is invalid: `;
	const message =
		causes.length === 1
			? `${head}${causes[0]}\n`
			: `${head}\n${causes.map((c) => `* ${c}\n`).join('')}`;
	return { message, exitCode: 1 };
}

/** The API server's verdict on `after` replacing `before`; `undefined` when it is stored. */
export function validatePatched(before: KubeObject, after: KubeObject): KubectlError | undefined {
	const types = typeErrors(after);
	const causes = types.length > 0 ? types : workloadErrors(before, after);
	if (causes.length === 0) return undefined;
	return invalidError(before.kind, before.metadata.name, causes);
}
