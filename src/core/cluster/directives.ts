/**
 * Scenario directives — faults, load, logs, history — ride on objects as `preflight.dev/*`
 * annotations (see FAULTS.md and README.md). The controllers read them; kubectl never shows them,
 * or the answer to the incident would be printed in `describe` and `-o yaml`.
 */
import type { KubeObject, Labels } from './types';

export const DIRECTIVE_PREFIX = 'preflight.dev/';

export function isDirective(key: string): boolean {
	return key.startsWith(DIRECTIVE_PREFIX);
}

/** The annotations a user may see; the same map when there is nothing to hide. */
export function visibleAnnotations(annotations: Labels | undefined): Labels | undefined {
	if (!annotations || !hasDirective(annotations)) return annotations;
	const visible = Object.fromEntries(Object.entries(annotations).filter(([k]) => !isDirective(k)));
	return Object.keys(visible).length > 0 ? visible : undefined;
}

/** Allocation-free check: kubectl prints tables of 10k objects through here. */
function hasDirective(annotations: Labels): boolean {
	for (const key in annotations) if (isDirective(key)) return true;
	return false;
}

interface WithMeta {
	metadata?: { annotations?: Labels; [field: string]: unknown };
	[field: string]: unknown;
}

function hideIn<T extends WithMeta>(holder: T | undefined): T | undefined {
	if (!holder?.metadata?.annotations) return holder;
	const annotations = visibleAnnotations(holder.metadata.annotations);
	if (annotations === holder.metadata.annotations) return holder;
	const { annotations: _hidden, ...metadata } = holder.metadata;
	return { ...holder, metadata: annotations ? { ...metadata, annotations } : metadata };
}

/**
 * The object as kubectl may print it: directives removed from its own annotations and from the
 * pod templates it carries (workloads' `spec.template`, CronJobs' `spec.jobTemplate`).
 */
export function visibleObject<T extends KubeObject>(obj: T): T {
	let out = hideIn(obj)!;
	const spec = out.spec as WithMeta | undefined;
	const template = hideIn(spec?.template as WithMeta | undefined);
	const jobTemplate = spec?.jobTemplate as WithMeta | undefined;
	const jobPodTemplate = hideIn((jobTemplate?.spec as WithMeta | undefined)?.template as WithMeta);
	const hiddenJob = hideIn(jobTemplate);
	if (template !== spec?.template) out = { ...out, spec: { ...out.spec, template } };
	if (hiddenJob !== jobTemplate || jobPodTemplate !== (jobTemplate?.spec as WithMeta)?.template)
		out = {
			...out,
			spec: {
				...out.spec,
				jobTemplate: {
					...hiddenJob,
					spec: { ...(hiddenJob!.spec as object), template: jobPodTemplate }
				}
			}
		};
	return out;
}
