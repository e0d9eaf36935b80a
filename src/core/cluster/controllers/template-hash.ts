/** pod-template-hash and revision bookkeeping shared by the Deployment controller and kubectl. */
import { fnv32a, safeEncode } from '../../clock/random';
import type { KubeObject, PodTemplate } from '../types';

export const HASH_LABEL = 'pod-template-hash';
export const REVISION = 'deployment.kubernetes.io/revision';
export const REVISION_HISTORY = 'deployment.kubernetes.io/revision-history';
export const DESIRED_REPLICAS = 'deployment.kubernetes.io/desired-replicas';
export const MAX_REPLICAS = 'deployment.kubernetes.io/max-replicas';
export const CHANGE_CAUSE = 'kubernetes.io/change-cause';

/** JSON with object keys sorted, so equal templates hash equally however they were built. */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>)
			.filter(([, v]) => v !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

/** The template without the pod-template-hash label (what the hash and equality look at). */
export function withoutHash(template: PodTemplate): PodTemplate {
	const labels = { ...(template.metadata?.labels ?? {}) };
	delete labels[HASH_LABEL];
	return { ...template, metadata: { ...template.metadata, labels } };
}

// Stored objects are never mutated (the store replaces them), so a template's text can be kept.
const canonical = new WeakMap<PodTemplate, string>();

function canonicalTemplate(template: PodTemplate): string {
	let text = canonical.get(template);
	if (text === undefined) {
		text = canonicalJson(withoutHash(template));
		canonical.set(template, text);
	}
	return text;
}

/** `safeEncode(String(fnv32a(canonical JSON of the template)))`, e.g. `7c9f8b6d45`. */
export function templateHash(template: PodTemplate): string {
	return safeEncode(String(fnv32a(canonicalTemplate(template))));
}

export function sameTemplate(a: PodTemplate, b: PodTemplate): boolean {
	return a === b || canonicalTemplate(a) === canonicalTemplate(b);
}

export function revisionOf(obj: KubeObject): number {
	return Number(obj.metadata.annotations?.[REVISION] ?? 0) || 0;
}
