/**
 * A v1.32 API server serializes the zero `creationTimestamp` of embedded ObjectMeta as `null`
 * (Go's `omitempty` never omits a struct; `omitzero` only came in v1.33, kubernetes#130989), so
 * `kubectl get -o yaml` shows `creationTimestamp: null` in every pod template. The store keeps
 * templates clean; the printers add it.
 */
import type { KubeObject } from '../../cluster/types';

/* eslint-disable @typescript-eslint/no-explicit-any -- templates are open-shaped here */
type Json = any;

function stamped(template: Json): Json {
	if (typeof template !== 'object' || template === null) return template;
	const metadata = template.metadata ?? {};
	if ('creationTimestamp' in metadata) return template;
	return { ...template, metadata: { creationTimestamp: null, ...metadata } };
}

function podTemplateOwner(spec: Json): Json {
	const out = { ...spec, template: stamped(spec.template) };
	if (Array.isArray(spec.volumeClaimTemplates))
		out.volumeClaimTemplates = spec.volumeClaimTemplates.map(stamped);
	return out;
}

/** The object with `creationTimestamp: null` in the templates it carries. */
export function withTemplateTimestamps<T extends KubeObject>(obj: T): T {
	const spec = obj.spec as Json;
	if (typeof spec !== 'object' || spec === null) return obj;
	if (spec.template !== undefined) return { ...obj, spec: podTemplateOwner(spec) };
	if (obj.kind === 'CronJob' && typeof spec.jobTemplate === 'object' && spec.jobTemplate) {
		const job = stamped(spec.jobTemplate);
		const jobSpec =
			typeof job.spec === 'object' && job.spec ? podTemplateOwner(job.spec) : job.spec;
		return { ...obj, spec: { ...spec, jobTemplate: { ...job, spec: jobSpec } } };
	}
	return obj;
}
