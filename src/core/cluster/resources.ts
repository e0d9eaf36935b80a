/** Lookups over the served API resources: kind ↔ resource, short names, scope. */
import { API_RESOURCES, type ApiResource } from './api-resources';

const preferred = API_RESOURCES.filter((r) => r.preferred && r.group !== 'metrics.k8s.io');
// First in discovery order wins: core `v1 Event` over `events.k8s.io Event`, as kubectl resolves it.
const byKind = new Map<string, ApiResource>();
for (const r of preferred) if (!byKind.has(r.kind)) byKind.set(r.kind, r);

/** The store key of a resource: `pods`, `deployments.apps`, `horizontalpodautoscalers.autoscaling`. */
export function resourceKey(r: Pick<ApiResource, 'name' | 'group'>): string {
	return r.group ? `${r.name}.${r.group}` : r.name;
}

/** The served resource for a kind (`Deployment` → deployments.apps), or undefined if not served. */
export function resourceForKind(kind: string): ApiResource | undefined {
	return byKind.get(kind);
}

/** Store key for a kind; throws for a kind the simulator does not serve (a bug, not user input). */
export function keyForKind(kind: string): string {
	const r = byKind.get(kind);
	if (!r) throw new Error(`kind ${kind} is not served`);
	return resourceKey(r);
}

/** `apps/v1` for Deployment, `v1` for Pod. */
export function apiVersionOf(r: ApiResource): string {
	return r.group ? `${r.group}/${r.version}` : r.version;
}

/**
 * Resolves what a user typed (`po`, `pods`, `pod`, `deploy`, `deployments.apps`,
 * `deployment.v1.apps`, `Deployment`) the way kubectl's RESTMapper does, preferring the
 * group's preferred version. Undefined when nothing matches.
 */
export function resolveResourceType(typed: string): ApiResource | undefined {
	const lower = typed.toLowerCase();
	const [head, ...rest] = lower.split('.');
	const suffix = rest.join('.');
	const candidates = API_RESOURCES.filter((r) => {
		if (suffix) {
			const groupMatches =
				r.group === suffix ||
				`${r.version}.${r.group}` === suffix ||
				(r.group === '' && suffix === r.version);
			if (!groupMatches) return false;
		}
		return (
			r.name === head ||
			r.singularName === head ||
			r.shortNames.includes(head) ||
			r.kind.toLowerCase() === head
		);
	});
	// metrics.k8s.io shadows nothing: `pods` means core pods unless the group was named.
	const served = candidates.filter((r) => suffix || r.group !== 'metrics.k8s.io');
	return served.find((r) => r.preferred) ?? served[0];
}

export { API_RESOURCES, type ApiResource };
