/**
 * `kubectl describe`: exact names first, then a name prefix (`describe pods payments` describes
 * every pod whose name starts with it), or everything of the type with `-l`. Objects are separated
 * by two blank lines, as kubectl prints them.
 */
import { keyForKind, resourceKey, type ApiResource } from '../../cluster/resources';
import { ClusterTx } from '../../cluster/store';
import type { KubeEvent, KubeObject } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { describerFor, WITHOUT_EVENTS, type DescribeContext } from '../describe';
import { clientError, failed, rejected, unknownContext } from '../errors';
import { fetchTargets, resolveTargets } from '../resolve';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import {
	ALL_NAMESPACES_FLAG,
	CHUNK_SIZE_FLAG,
	KUSTOMIZE_FLAG,
	RECURSIVE_FLAG,
	SELECTOR_FLAG
} from '../flags/common';

const NO_TYPE =
	'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.';

/** Events whose involvedObject is `obj` (uid checked when the event recorded one). */
export function eventsFor(tx: ClusterTx, obj: KubeObject): KubeEvent[] {
	return tx.list<KubeEvent>(keyForKind('Event'), obj.metadata.namespace).filter((e) => {
		const io = e.involvedObject;
		return (
			io.kind === obj.kind &&
			io.name === obj.metadata.name &&
			(!io.uid || io.uid === obj.metadata.uid)
		);
	});
}

/** One object's describe text at `now`. */
export function describeObject(
	tx: ClusterTx,
	obj: KubeObject,
	now: number,
	showEvents = true
): string {
	const ctx: DescribeContext = {
		now,
		list: (key, namespace) => tx.list(key, namespace),
		events: showEvents && !WITHOUT_EVENTS.has(obj.kind) ? eventsFor(tx, obj) : undefined
	};
	return describerFor(obj.kind)(obj, ctx);
}

/** Objects of `resource` whose names start with `prefix` (kubectl's DescribeMatchingResources). */
function byPrefix(
	tx: ClusterTx,
	resource: ApiResource,
	namespace: string,
	prefix: string
): KubeObject[] {
	const ns = resource.namespaced ? namespace : '';
	return tx.list(resourceKey(resource), ns).filter((o) => o.metadata.name.startsWith(prefix));
}

function run(inv: Invocation, env: Env): Outcome {
	const selector = String(inv.flags.get('selector') ?? '');
	const all = inv.flags.get('all-namespaces') === true;
	const resolved = resolveTargets(inv.args, { hasSelector: selector !== '', allNamespaces: all });
	if (!resolved.ok) {
		if (resolved.missingType) return rejected(clientError(NO_TYPE));
		return resolved.rejected ? rejected(resolved.error) : failed(resolved.error);
	}
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return failed(unknownContext(env.context));
	const tx = new ClusterTx(cluster);
	const showEvents = inv.flags.get('show-events') !== false;
	const texts: string[] = [];
	let stderr = '';
	const listed = resolved.targets.some((t) => t.name === undefined);
	for (const target of resolved.targets) {
		const fetched = fetchTargets(tx, [target], env.namespace, all, { labels: selector });
		let objects = fetched.items.map((i) => i.obj);
		if (target.name !== undefined && objects.length === 0) {
			objects = byPrefix(tx, target.resource, env.namespace, target.name);
			if (objects.length === 0) stderr += fetched.errors.join('');
		} else stderr += fetched.errors.join('');
		for (const obj of objects) texts.push(describeObject(tx, obj, env.now, showEvents));
	}
	if (listed && texts.length === 0 && !stderr) {
		stderr = all ? 'No resources found\n' : `No resources found in ${env.namespace} namespace.\n`;
	}
	return {
		stdout: texts.join('\n\n'),
		stderr,
		exitCode: stderr.includes('Error from server') ? 1 : 0
	};
}

export const describeVerb: VerbSpec = {
	name: 'describe',
	short: 'Show details of a specific resource or group of resources',
	long: `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX
        
 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "kubectl api-resources" for a complete list of supported resources.

Examples:
  # Describe a node
  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal
  
  # Describe a pod
  kubectl describe pods/nginx
  
  # Describe a pod identified by type and name in "pod.json"
  kubectl describe -f pod.json
  
  # Describe all pods
  kubectl describe pods
  
  # Describe pods by label name=myLabel
  kubectl describe pods -l name=myLabel
  
  # Describe all pods managed by the 'frontend' replication controller
  # (rc-created pods get the name of the rc as a prefix in the pod name)
  kubectl describe pods frontend`,
	usage: 'kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]',
	flags: [
		ALL_NAMESPACES_FLAG,
		CHUNK_SIZE_FLAG,
		{
			name: 'filename',
			short: 'f',
			type: 'stringSlice',
			default: [],
			description: 'Filename, directory, or URL to files containing the resource to describe'
		},
		KUSTOMIZE_FLAG,
		RECURSIVE_FLAG,
		SELECTOR_FLAG,
		{
			name: 'show-events',
			type: 'bool',
			default: true,
			description: 'If true, display events related to the described object.'
		}
	],
	run
};
