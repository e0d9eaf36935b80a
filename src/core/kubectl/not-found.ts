/**
 * The NotFound a named lookup gives. Like cli-runtime's `Info.Get`, kubectl asks for the namespace
 * when a namespaced object is missing outside `default`, and reports a missing namespace instead:
 * `kubectl get deploy/x -n paymnets` says `namespaces "paymnets" not found`.
 */
import type { ApiResource } from '../cluster/resources';
import { namespaceNotFound, notFound } from './errors';
import type { KubectlError } from './types';

export interface NamespaceSource {
	get(key: string, namespace: string, name: string): unknown;
}

export function missingObject(
	source: NamespaceSource,
	r: Pick<ApiResource, 'name' | 'group' | 'namespaced'>,
	namespace: string,
	name: string
): KubectlError {
	if (r.namespaced && namespace !== '' && namespace !== 'default')
		if (!source.get('namespaces', '', namespace)) return namespaceNotFound(namespace);
	return notFound(r, name);
}
