/**
 * What each kubectl command does to the cluster when run plainly (no dry run, no `--force`), and
 * where its object arguments are: the table `classifyKubectl` starts from. Every runnable path of
 * `COMMAND_REGISTRY` has a row (a test holds this), so no known command falls through to unknown.
 */
export type CommandClass = 'read-only' | 'mutating' | 'destructive' | 'unknown';

/**
 * How a command names the objects it works on:
 * - `objects`: `TYPE NAME…`, `TYPE/NAME…`, `TYPE1,TYPE2` (assignments like `app=x`, `key-` skipped)
 * - `nodes`: node names (cordon, drain)
 * - `pod`: one `POD` or `TYPE/NAME`, the rest is a command or ports (logs, exec, port-forward)
 * - `copy`: `[ns/]pod:path` on either side (cp)
 * - `create`: the subcommand is the type, the first argument the name
 * - `named`: `NAME…` of a fixed resource (run, certificate approve, top pod)
 * - `none`: arguments are not objects (config, auth can-i, version, -f files)
 */
export type ArgShape = 'objects' | 'nodes' | 'pod' | 'copy' | 'create' | 'named' | 'none';

export interface VerbClass {
	class: CommandClass;
	reason: string;
	shape: ArgShape;
	/** The resource a `named` or `nodes` shape names. */
	resource?: string;
	/** Changes only the local kubeconfig. */
	localConfig?: boolean;
}

const read = (reason: string, shape: ArgShape = 'none', resource?: string): VerbClass => ({
	class: 'read-only',
	reason,
	shape,
	...(resource && { resource })
});
const change = (reason: string, shape: ArgShape = 'objects', resource?: string): VerbClass => ({
	class: 'mutating',
	reason,
	shape,
	...(resource && { resource })
});
const local = (reason: string): VerbClass => ({
	class: 'mutating',
	reason: `${reason} in the local kubeconfig (not the cluster)`,
	shape: 'none',
	localConfig: true
});
const readConfig = read('only reads the local kubeconfig');
const create = change('create makes new objects', 'create');

export const VERB_CLASSES: Readonly<Record<string, VerbClass>> = {
	get: read('get only reads', 'objects'),
	describe: read('describe only reads', 'objects'),
	logs: read('logs only reads', 'pod'),
	'top node': read('top only reads metrics', 'named', 'nodes'),
	'top pod': read('top only reads metrics', 'named', 'pods'),
	'rollout status': read('rollout status only watches the rollout', 'objects'),
	'rollout history': read('rollout history only reads revisions', 'objects'),
	'auth can-i': read('auth can-i only asks the API server'),
	'auth whoami': read('auth whoami only asks the API server'),
	diff: read('diff compares against a server-side dry run; nothing is changed'),
	explain: read('explain only reads the schema', 'objects'),
	'api-resources': read('api-resources only reads discovery'),
	'api-versions': read('api-versions only reads discovery'),
	version: read('version only reads'),
	'cluster-info': read('cluster-info only reads'),
	'cluster-info dump': read('cluster-info dump only reads (it may write local files)'),
	events: read('events only reads'),
	wait: read('wait only watches', 'objects'),
	'config view': readConfig,
	'config get-contexts': readConfig,
	'config current-context': readConfig,
	'config get-clusters': readConfig,
	'config get-users': readConfig,
	'apply view-last-applied': read('view-last-applied only reads', 'objects'),
	kustomize: read('kustomize only builds manifests locally'),
	'plugin list': read('plugin list only lists local files'),
	completion: read('completion only prints a shell script'),
	options: read('options only prints help'),
	help: read('help only prints help'),

	scale: change('scale changes the replica count'),
	patch: change('patch changes objects'),
	'set env': change('set env changes the pod template (starts a rollout)'),
	'set image': change('set image changes the pod template (starts a rollout)'),
	'set resources': change('set resources changes the pod template (starts a rollout)'),
	'set selector': change('set selector changes selectors'),
	'set serviceaccount': change('set serviceaccount changes the pod template (starts a rollout)'),
	'set subject': change('set subject changes RBAC bindings'),
	label: change('label changes labels'),
	annotate: change('annotate changes annotations'),
	cordon: change('cordon marks nodes unschedulable', 'nodes', 'nodes'),
	uncordon: change('uncordon marks nodes schedulable', 'nodes', 'nodes'),
	taint: change('taint changes node taints'),
	'rollout undo': change('rollout undo rolls back to an earlier revision (starts a rollout)'),
	'rollout restart': change('rollout restart replaces every pod'),
	'rollout pause': change('rollout pause stops rollouts'),
	'rollout resume': change('rollout resume restarts paused rollouts'),
	create: change('create makes new objects', 'none'),
	'create configmap': create,
	'create deployment': create,
	'create job': create,
	'create namespace': create,
	'create secret docker-registry': create,
	'create secret generic': create,
	'create secret tls': create,
	'create clusterrole': create,
	'create clusterrolebinding': create,
	'create cronjob': create,
	'create ingress': create,
	'create poddisruptionbudget': create,
	'create priorityclass': create,
	'create quota': create,
	'create role': create,
	'create rolebinding': create,
	'create service clusterip': create,
	'create service externalname': create,
	'create service loadbalancer': create,
	'create service nodeport': create,
	'create serviceaccount': create,
	'create token': change('create token issues a service account token', 'create'),
	apply: change('apply creates or changes objects', 'none'),
	'apply edit-last-applied': change('edit-last-applied changes objects'),
	'apply set-last-applied': change('set-last-applied changes annotations', 'none'),
	replace: change('replace overwrites objects', 'none'),
	edit: change('edit changes objects'),
	autoscale: change('autoscale creates a HorizontalPodAutoscaler'),
	expose: change('expose creates a Service'),
	run: change('run creates a pod', 'named', 'pods'),
	'certificate approve': change(
		'certificate approve lets a CSR be signed (issues credentials)',
		'named',
		'certificatesigningrequests.certificates.k8s.io'
	),
	'certificate deny': change(
		'certificate deny rejects a CSR',
		'named',
		'certificatesigningrequests.certificates.k8s.io'
	),
	'auth reconcile': change('auth reconcile creates or updates RBAC roles and bindings', 'none'),
	exec: change('exec runs a command in a container, which may change it', 'pod'),
	attach: change('attach connects to a running process, which may change it', 'pod'),
	cp: change('cp copies files into or out of a container, which may change it', 'copy'),
	debug: change('debug adds a debug container or a copy of the pod', 'pod'),
	'port-forward': change('port-forward opens local access to a pod', 'pod'),
	proxy: change('proxy opens local access to the whole API server', 'none'),
	'config use-context': local('config use-context changes the current context'),
	'config set-context': local('config set-context changes a context'),
	'config set': local('config set changes a value'),
	'config set-cluster': local('config set-cluster changes a cluster entry'),
	'config set-credentials': local('config set-credentials changes a user entry'),
	'config unset': local('config unset removes a value'),
	'config delete-context': local('config delete-context removes a context'),
	'config delete-cluster': local('config delete-cluster removes a cluster entry'),
	'config delete-user': local('config delete-user removes a user entry'),
	'config rename-context': local('config rename-context renames a context'),

	delete: { class: 'destructive', reason: 'delete removes objects', shape: 'objects' },
	drain: {
		class: 'destructive',
		reason: 'drain evicts every pod from the node and cordons it',
		shape: 'nodes',
		resource: 'nodes'
	}
};

const RANK: Record<CommandClass, number> = {
	'read-only': 0,
	mutating: 1,
	unknown: 2,
	destructive: 3
};

/** The worse of two classes: destructive > unknown > mutating > read-only. */
export function worse(a: CommandClass, b: CommandClass): CommandClass {
	return RANK[a] >= RANK[b] ? a : b;
}
