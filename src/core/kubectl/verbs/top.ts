/** `kubectl top pod|node`: metrics-server readings from the cluster's metrics model. */
import { nodeMetrics, podMetrics, type NodeMetrics, type PodMetrics } from '../../cluster/metrics';
import { parseCpu, parseMemory } from '../../cluster/quantity';
import { ClusterTx } from '../../cluster/store';
import type { Node, Pod } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { TABLE_TABS, tabify } from '../describe/tabwriter';
import { clientError, failed, notFound, rejected, unknownContext } from '../errors';
import { matchesLabels, parseLabelSelector } from '../selectors';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import { ALL_NAMESPACES_FLAG, FIELD_SELECTOR_FLAG } from '../flags/common';

const cpu = (m: number) => `${m}m`;
const mem = (b: number) => `${Math.floor(b / 2 ** 20)}Mi`;
const table = (lines: string[][]) =>
	tabify(lines.map((l) => `${l.join('\t')}\n`).join(''), TABLE_TABS);

function sortBy(inv: Invocation): string | Outcome {
	const by = String(inv.flags.get('sort-by') ?? '');
	if (by !== '' && by !== 'cpu' && by !== 'memory')
		return rejected(clientError('--sort-by accepts only cpu or memory'));
	return by;
}

function labelFilter(inv: Invocation): ((labels?: Record<string, string>) => boolean) | Outcome {
	const selector = String(inv.flags.get('selector') ?? '');
	if (selector !== '' && inv.args.length > 0)
		return rejected(clientError('only one of NAME or selector can be provided'));
	const parsed = parseLabelSelector(selector);
	// kubectl parses the selector before any request, so a bad one never reaches the server.
	if (!parsed.ok) return rejected(clientError(parsed.error));
	return (labels) => matchesLabels(parsed.value, labels);
}

function runPods(inv: Invocation, env: Env): Outcome {
	const by = sortBy(inv);
	if (typeof by !== 'string') return by;
	const filter = labelFilter(inv);
	if (typeof filter !== 'function') return filter;
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return failed(unknownContext(env.context));
	const all = inv.flags.get('all-namespaces') === true;
	const tx = new ClusterTx(cluster);
	const name = inv.args[0];
	let pods = tx
		.list<Pod>('pods', all ? undefined : env.namespace)
		.filter((p) => filter(p.metadata.labels));
	if (name) {
		pods = pods.filter((p) => p.metadata.name === name);
		if (!pods.length) return failed(notFound({ name: 'pods', group: '' }, name));
	}
	const metrics = pods.map((p) => podMetrics(p, env.now)).filter((m): m is PodMetrics => !!m);
	if (name && !metrics.length) {
		const age = Math.floor((env.now - Date.parse(pods[0].metadata.creationTimestamp)) / 1000);
		return failed(
			clientError(`Metrics not available for pod ${env.namespace}/${name}, age: ${age}s`)
		);
	}
	if (!metrics.length) {
		return {
			stdout: '',
			stderr: all ? 'No resources found\n' : `No resources found in ${env.namespace} namespace.\n`,
			exitCode: 0
		};
	}
	if (by) metrics.sort((a, b) => (by === 'cpu' ? b.cpu - a.cpu : b.memory - a.memory));
	const containers = inv.flags.get('containers') === true;
	const head = [
		...(all ? ['NAMESPACE'] : []),
		...(containers ? ['POD', 'NAME'] : ['NAME']),
		'CPU(cores)',
		'MEMORY(bytes)'
	];
	const rows = metrics.flatMap((m) =>
		containers
			? m.containers.map((c) => [
					...(all ? [m.namespace] : []),
					m.name,
					c.name,
					cpu(c.cpu),
					mem(c.memory)
				])
			: [[...(all ? [m.namespace] : []), m.name, cpu(m.cpu), mem(m.memory)]]
	);
	const lines = inv.flags.get('no-headers') === true ? rows : [head, ...rows];
	return { stdout: table(lines), stderr: '', exitCode: 0 };
}

function runNodes(inv: Invocation, env: Env): Outcome {
	const by = sortBy(inv);
	if (typeof by !== 'string') return by;
	const filter = labelFilter(inv);
	if (typeof filter !== 'function') return filter;
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return failed(unknownContext(env.context));
	const tx = new ClusterTx(cluster);
	const name = inv.args[0];
	let nodes = tx.list<Node>('nodes').filter((n) => filter(n.metadata.labels));
	if (name) {
		nodes = nodes.filter((n) => n.metadata.name === name);
		if (!nodes.length) return failed(notFound({ name: 'nodes', group: '' }, name));
	}
	const capacity = inv.flags.get('show-capacity') === true;
	const withMetrics: [Node, NodeMetrics][] = [];
	const missing: Node[] = [];
	for (const n of nodes) {
		const m = nodeMetrics(cluster, n, env.now);
		if (m) withMetrics.push([n, m]);
		else missing.push(n);
	}
	if (by) withMetrics.sort(([, a], [, b]) => (by === 'cpu' ? b.cpu - a.cpu : b.memory - a.memory));
	const rows = withMetrics.map(([n, m]) => {
		const base = capacity ? n.status.capacity : n.status.allocatable;
		const cpuPct = Math.floor((m.cpu / (parseCpu(base?.cpu) || 1)) * 100);
		const memPct = Math.floor((m.memory / (parseMemory(base?.memory) || 1)) * 100);
		return [n.metadata.name, cpu(m.cpu), `${cpuPct}%`, mem(m.memory), `${memPct}%`];
	});
	for (const n of missing)
		rows.push([n.metadata.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>']);
	const head = ['NAME', 'CPU(cores)', 'CPU(%)', 'MEMORY(bytes)', 'MEMORY(%)'];
	return {
		stdout: table(inv.flags.get('no-headers') === true ? rows : [head, ...rows]),
		stderr: '',
		exitCode: 0
	};
}

const SELECTOR_HELP =
	"Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). Matching objects must satisfy all of the specified label constraints.";

export const topVerb: VerbSpec = {
	name: 'top',
	short: 'Display resource (CPU/memory) usage',
	long: `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.`,
	usage: 'kubectl top [flags] [options]',
	flags: [],
	subcommands: [
		{
			name: 'node',
			aliases: ['nodes', 'no'],
			short: 'Display resource (CPU/memory) usage of nodes',
			long: `Display resource (CPU/memory) usage of nodes.

 The top-node command allows you to see the resource consumption of nodes.

Aliases:
node, nodes, no

Examples:
  # Show metrics for all nodes
  kubectl top node
  
  # Show metrics for a given node
  kubectl top node NODE_NAME`,
			usage: 'kubectl top node [NAME | -l label] [options]',
			flags: [
				{
					name: 'no-headers',
					type: 'bool',
					default: false,
					description: 'If present, print output without headers'
				},
				{ name: 'selector', short: 'l', type: 'string', default: '', description: SELECTOR_HELP },
				{
					name: 'show-capacity',
					type: 'bool',
					default: false,
					description:
						'Print node resources based on Capacity instead of Allocatable(default) of the nodes.'
				},
				{
					name: 'sort-by',
					type: 'string',
					default: '',
					description:
						"If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'."
				},
				{
					name: 'use-protocol-buffers',
					type: 'bool',
					default: true,
					description: 'Enables using protocol-buffers to access Metrics API.'
				}
			],
			run: runNodes
		},
		{
			name: 'pod',
			aliases: ['pods', 'po'],
			short: 'Display resource (CPU/memory) usage of pods',
			long: `Display resource (CPU/memory) usage of pods.

 The 'top pod' command allows you to see the resource consumption of pods.

 Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.

Aliases:
pod, pods, po

Examples:
  # Show metrics for all pods in the default namespace
  kubectl top pod
  
  # Show metrics for all pods in the given namespace
  kubectl top pod --namespace=NAMESPACE
  
  # Show metrics for a given pod and its containers
  kubectl top pod POD_NAME --containers
  
  # Show metrics for the pods defined by label name=myLabel
  kubectl top pod -l name=myLabel`,
			usage: 'kubectl top pod [NAME | -l label] [options]',
			flags: [
				ALL_NAMESPACES_FLAG,
				{
					name: 'containers',
					type: 'bool',
					default: false,
					description: 'If present, print usage of containers within a pod.'
				},
				FIELD_SELECTOR_FLAG,
				{
					name: 'no-headers',
					type: 'bool',
					default: false,
					description: 'If present, print output without headers.'
				},
				{ name: 'selector', short: 'l', type: 'string', default: '', description: SELECTOR_HELP },
				{
					name: 'sort-by',
					type: 'string',
					default: '',
					description:
						"If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'."
				},
				{
					name: 'sum',
					type: 'bool',
					default: false,
					description: 'Print the sum of the resource usage'
				},
				{
					name: 'use-protocol-buffers',
					type: 'bool',
					default: true,
					description: 'Enables using protocol-buffers to access Metrics API.'
				}
			],
			run: runPods
		}
	]
};
