/**
 * `kubectl cluster-info dump`: the nodes, then per namespace its events, replication controllers,
 * services, daemon sets, deployments, replica sets and pods as typed lists (JSON by default),
 * then every container's logs between `==== START/END logs …` markers. Only standard output:
 * the simulator has no filesystem for `--output-directory`.
 */
import { ClusterTx } from '../../cluster/store';
import { containerLogs } from '../../cluster/logs';
import { resolveResourceType, resourceKey, type ApiResource } from '../../cluster/resources';
import type { KubeObject, Pod } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { visibleObject } from '../../cluster/directives';
import { clientError, failed, rejected, unknownContext } from '../errors';
import { OUTPUT_FLAG, PRINT_FLAGS, parseOutputFormat, type OutputFormat } from '../output-flags';
import { printObjects, toJson, toYaml } from '../printers/print-objects';
import type { Env, FlagSpec, Invocation, Outcome, VerbSpec } from '../types';
import { POD_RUNNING_TIMEOUT_FLAG } from '../flags/common';

/** Per-namespace sections, in kubectl's order. */
const SECTIONS = [
	'events',
	'replicationcontrollers',
	'services',
	'daemonsets',
	'deployments',
	'replicasets',
	'pods'
];

const PRINTERS =
	'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

function resource(typed: string): ApiResource {
	return resolveResourceType(typed)!;
}

/** One typed list (`PodList`) as kubectl's printers write it: items carry no kind/apiVersion. */
function printList(
	r: ApiResource,
	objs: KubeObject[],
	format: OutputFormat,
	resourceVersion: string,
	now: number
): string {
	const items = objs.map((o) => {
		const { kind: _k, apiVersion: _v, ...rest } = visibleObject(o);
		return rest;
	});
	const apiVersion = r.group ? `${r.group}/${r.version}` : r.version;
	const list = { kind: `${r.kind}List`, apiVersion, metadata: { resourceVersion }, items };
	// The dump reads typed lists: fields in struct order.
	if (format.kind === 'json') return toJson(list, false);
	if (format.kind === 'yaml') return toYaml(list);
	const shown = objs.map((obj) => ({ resource: r, obj }));
	return printObjects(shown, { format, now, single: false });
}

function podLogs(pod: Pod, now: number): string {
	let out = '';
	for (const c of pod.spec.containers) {
		const where = `container ${c.name} of pod ${pod.metadata.namespace}/${pod.metadata.name}`;
		const lines = containerLogs(pod, c.name, { previous: false, now });
		out += `==== START logs for ${where} ====\n`;
		out += lines.map((l) => `${l}\n`).join('');
		out += `==== END logs for ${where} ====\n`;
	}
	return out;
}

function namespacesOf(inv: Invocation, env: Env, tx: ClusterTx): string[] {
	if (inv.flags.get('all-namespaces') === true)
		return tx.list('namespaces').map((n) => n.metadata.name);
	const given = (inv.flags.get('namespaces') as string[] | undefined) ?? [];
	return given.length ? given : ['kube-system', env.namespace];
}

function formatOf(inv: Invocation): OutputFormat | string {
	const parsed = parseOutputFormat(inv.flags);
	if (!parsed.ok) return parsed.error;
	const kind = parsed.format.kind;
	if (kind === 'table' || kind === 'wide' || kind === 'custom-columns') {
		const name = String(inv.flags.get('output') ?? '').split('=')[0];
		return `unable to match a printer suitable for the output format "${name}", allowed formats are: ${PRINTERS}`;
	}
	return parsed.format;
}

function run(inv: Invocation, env: Env): Outcome {
	const format = formatOf(inv);
	if (typeof format === 'string') return rejected(clientError(format));
	if (Number(inv.flags.get('pod-running-timeout')) <= 0)
		return rejected(clientError('--pod-running-timeout must be higher than zero'));
	const dir = String(inv.flags.get('output-directory') ?? '');
	if (dir !== '' && dir !== '-')
		return failed(
			clientError(
				`--output-directory is not supported in this simulator, which has no filesystem: dump to standard output and redirect it instead`
			)
		);
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return failed(unknownContext(env.context));
	const tx = new ClusterTx(cluster);
	const rv = String(cluster.resourceVersion);
	// kubectl's YAML printer separates every document after its first with `---`.
	let printed = 0;
	const print = (r: ApiResource, objs: KubeObject[]) =>
		(format.kind === 'yaml' && printed++ > 0 ? '---\n' : '') +
		printList(r, objs, format, rv, env.now);
	let stdout = print(resource('nodes'), tx.list('nodes'));
	for (const ns of namespacesOf(inv, env, tx)) {
		for (const typed of SECTIONS) {
			const r = resource(typed);
			stdout += print(r, tx.list(resourceKey(r), ns));
		}
		for (const pod of tx.list<Pod>('pods', ns)) stdout += podLogs(pod, env.now);
	}
	if (dir !== '-') stdout += 'Cluster info dumped to standard output\n';
	return { stdout, stderr: '', exitCode: 0 };
}

const DUMP_FLAGS: FlagSpec[] = [
	{
		name: 'all-namespaces',
		short: 'A',
		type: 'bool',
		default: false,
		description: 'If true, dump all namespaces.  If true, --namespaces is ignored.'
	},
	{
		name: 'namespaces',
		type: 'stringSlice',
		default: [],
		description: 'A comma separated list of namespaces to dump.'
	},
	{
		...OUTPUT_FLAG,
		default: 'json',
		description:
			'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'
	},
	{
		name: 'output-directory',
		type: 'string',
		default: '',
		description:
			"Where to output the files.  If empty or '-' uses stdout, otherwise creates a directory hierarchy in that directory"
	},
	POD_RUNNING_TIMEOUT_FLAG,
	...PRINT_FLAGS.filter((f) => f.name !== 'output')
];

export const clusterInfoDumpVerb: VerbSpec = {
	name: 'dump',
	short: 'Dump relevant information for debugging and diagnosis',
	long: `Dump cluster information out suitable for debugging and diagnosing cluster problems.  By default, dumps everything to stdout. You can optionally specify a directory with --output-directory.  If you specify a directory, Kubernetes will build a set of files in that directory.  By default, only dumps things in the current namespace and 'kube-system' namespace, but you can switch to a different namespace with the --namespaces flag, or specify --all-namespaces to dump all namespaces.

 The command also dumps the logs of all of the pods in the cluster; these logs are dumped into different directories based on namespace and pod name.

Examples:
  # Dump current cluster state to stdout
  kubectl cluster-info dump
  
  # Dump current cluster state to /path/to/cluster-state
  kubectl cluster-info dump --output-directory=/path/to/cluster-state
  
  # Dump all namespaces to stdout
  kubectl cluster-info dump --all-namespaces
  
  # Dump a set of namespaces to /path/to/cluster-state
  kubectl cluster-info dump --namespaces default,kube-system --output-directory=/path/to/cluster-state`,
	usage: 'kubectl cluster-info dump [flags] [options]',
	flags: DUMP_FLAGS,
	run
};
