/**
 * `kubectl logs`: one pod (`POD`, `pod/x`, or a controller `deploy/x` whose pod kubectl picks),
 * or every pod matching `-l`. Lines come from the cluster's log model; `-f` returns a Follow that
 * prints lines as virtual time passes.
 */
import { waitingToStartMessage } from '../../cluster/logs';
import { containerLogEntries, type LogEntry } from '../../cluster/logs';
import { resolveResourceType, resourceKey, type ApiResource } from '../../cluster/resources';
import { ClusterTx } from '../../cluster/store';
import type { Pod, World } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { durationFlag } from '../parse/duration-flag';
import { parseRfc3339 } from '../parse/rfc3339';
import { clientError, failed, rejected, unknownContext } from '../errors';
import { missingObject } from '../not-found';
import { matchesSelector } from '../../cluster/labels';
import { matchesLabels, parseLabelSelector } from '../selectors';
import type { Env, Follow, Invocation, Outcome, VerbSpec } from '../types';
import { POD_RUNNING_TIMEOUT_FLAG, SELECTOR_FLAG } from '../flags/common';

const USAGE_ERROR = {
	message:
		"error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n",
	exitCode: 1
};

const badRequest = (text: string) => ({
	message: `Error from server (BadRequest): ${text}\n`,
	exitCode: 1
});

/** One container stream to print. */
interface Stream {
	pod: Pod;
	container: string;
}

interface Options {
	previous: boolean;
	tail: number;
	sinceMs?: number;
	/** `--since-time`, as virtual ms. */
	sinceTime?: number;
	/** Both `--since` and `--since-time`: kubectl refuses once it has found the pod. */
	bothSince: boolean;
	timestamps: boolean;
	prefix: boolean;
}

/** `podutils.ActivePods` order, as `logs deploy/x` uses to pick: running, ready, then oldest. */
function pickPod(pods: Pod[]): Pod {
	const rank = (p: Pod) => [
		p.spec.nodeName ? 0 : 1,
		p.status?.phase === 'Running' ? 0 : p.status?.phase === 'Pending' ? 1 : 2,
		p.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 0 : 1
	];
	return [...pods].sort((a, b) => {
		const ra = rank(a);
		const rb = rank(b);
		for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
		return Date.parse(a.metadata.creationTimestamp) - Date.parse(b.metadata.creationTimestamp);
	})[0];
}

const PODS = { name: 'pods', group: '', namespaced: true };

/** `kubectl logs` wraps the builder's NotFound: `error: error from server (NotFound): … in namespace "x"`. */
function logsNotFound(
	tx: ClusterTx,
	r: Pick<ApiResource, 'name' | 'group' | 'namespaced'>,
	namespace: string,
	name: string
): string {
	const why = missingObject(tx, r, namespace, name).message.replace(
		/^Error from server \(NotFound\): /,
		''
	);
	return clientError(`error from server (NotFound): ${why.trimEnd()} in namespace "${namespace}"`)
		.message;
}

/** The pod behind `POD` or `TYPE/NAME`, with kubectl's "Found N pods" note when it chose. */
function findPod(
	tx: ClusterTx,
	arg: string,
	namespace: string
): { pod: Pod; note: string } | { error: string } {
	if (!arg.includes('/')) {
		const pod = tx.get<Pod>('pods', namespace, arg);
		return pod ? { pod, note: '' } : { error: logsNotFound(tx, PODS, namespace, arg) };
	}
	const [typed, name] = arg.split('/');
	const resource = resolveResourceType(typed);
	if (!resource)
		return { error: clientError(`the server doesn't have a resource type "${typed}"`).message };
	const obj = tx.get(resourceKey(resource), namespace, name);
	if (!obj) return { error: logsNotFound(tx, resource, namespace, name) };
	if (obj.kind === 'Pod') return { pod: obj as Pod, note: '' };
	const selector =
		obj.kind === 'Service' ? { matchLabels: obj.spec?.selector ?? {} } : obj.spec?.selector;
	const pods = tx
		.list<Pod>('pods', namespace)
		.filter((p) => matchesSelector(selector, p.metadata.labels));
	if (pods.length === 0) return { error: `error: timed out waiting for the condition\n` };
	const pod = pickPod(pods);
	return {
		pod,
		note: pods.length > 1 ? `Found ${pods.length} pods, using pod/${pod.metadata.name}\n` : ''
	};
}

/** `-c`, `--all-containers`, the default-container annotation, or the first with a note. */
function containersOf(
	pod: Pod,
	inv: Invocation,
	positional?: string
): { names: string[]; note: string } | { error: string } {
	const all = pod.spec.containers.map((c) => c.name);
	if (inv.flags.get('all-containers') === true) {
		return { names: [...(pod.spec.initContainers ?? []).map((c) => c.name), ...all], note: '' };
	}
	const asked = String(inv.flags.get('container') || positional || '');
	if (asked) {
		const known = [...all, ...(pod.spec.initContainers ?? []).map((c) => c.name)];
		if (!known.includes(asked))
			return {
				error: badRequest(`container ${asked} is not valid for pod ${pod.metadata.name}`).message
			};
		return { names: [asked], note: '' };
	}
	const preferred = pod.metadata.annotations?.['kubectl.kubernetes.io/default-container'];
	const chosen = preferred && all.includes(preferred) ? preferred : all[0];
	if (all.length + (pod.spec.initContainers?.length ?? 0) <= 1 || preferred === chosen) {
		return { names: [chosen], note: '' };
	}
	const listed = [...all, ...(pod.spec.initContainers ?? []).map((c) => `${c.name} (init)`)].join(
		', '
	);
	return { names: [chosen], note: `Defaulted container "${chosen}" out of: ${listed}\n` };
}

/** kubectl's errors for a container with nothing to show. */
function streamError(s: Stream, previous: boolean): string | undefined {
	const status = [
		...(s.pod.status?.containerStatuses ?? []),
		...(s.pod.status?.initContainerStatuses ?? [])
	].find((c) => c.name === s.container);
	const pod = s.pod.metadata.name;
	if (previous) {
		if (!status?.lastState?.terminated)
			return badRequest(`previous terminated container "${s.container}" in pod "${pod}" not found`)
				.message;
		return undefined;
	}
	const waiting = status?.state?.waiting;
	if (!status || (waiting && !status.lastState?.terminated)) {
		const reason = waiting?.reason ?? 'ContainerCreating';
		return badRequest(waitingToStartMessage(s.container, pod, reason)).message;
	}
	return undefined;
}

/** RFC 3339 with nanoseconds, as `--timestamps` prints. */
function nanoStamp(ms: number): string {
	const iso = new Date(ms).toISOString();
	return `${iso.slice(0, 19)}.${String(ms % 1000).padStart(3, '0')}000000Z`;
}

function format(s: Stream, entries: LogEntry[], o: Options): string {
	const prefix = o.prefix ? `[pod/${s.pod.metadata.name}/${s.container}] ` : '';
	return entries
		.map((e) => `${prefix}${o.timestamps ? `${nanoStamp(e.at)} ` : ''}${e.line}\n`)
		.join('');
}

function entriesOf(s: Stream, o: Options, now: number): LogEntry[] {
	let entries = containerLogEntries(s.pod, s.container, { previous: o.previous, now });
	if (o.sinceMs !== undefined) entries = entries.filter((e) => e.at >= now - o.sinceMs!);
	if (o.sinceTime !== undefined) entries = entries.filter((e) => e.at >= o.sinceTime!);
	if (o.tail >= 0) entries = entries.slice(Math.max(0, entries.length - o.tail));
	return entries;
}

function follow(
	world: World,
	context: string,
	streams: Stream[],
	o: Options,
	from: number
): Follow {
	let last = from;
	return {
		poll(next: World, now: number) {
			const cluster = clusterOf(next, context) ?? clusterOf(world, context);
			const tx = cluster ? new ClusterTx(cluster) : undefined;
			let stdout = '';
			let done = true;
			for (const s of streams) {
				const pod = tx?.get<Pod>('pods', s.pod.metadata.namespace ?? '', s.pod.metadata.name);
				if (!pod) continue;
				const fresh = { ...s, pod };
				const entries = containerLogEntries(pod, s.container, {
					previous: o.previous,
					now,
					scriptedUntil: from
				}).filter((e) => e.at > last && e.at <= now);
				stdout += format(fresh, entries, o);
				const status = pod.status?.containerStatuses?.find((c) => c.name === s.container);
				if (!status?.state?.terminated) done = false;
			}
			last = now;
			return done ? { stdout, stderr: '', exitCode: 0 } : { stdout, stderr: '' };
		}
	};
}

function options(inv: Invocation, selector: boolean): Options | string {
	// Durations arrive in ms (parser convention); --since-time is RFC3339 text.
	const sinceMs = durationFlag(inv, 'since');
	const sinceTime = String(inv.flags.get('since-time') ?? '');
	const from = sinceTime ? parseRfc3339(sinceTime) : undefined;
	if (typeof from === 'string') return from;
	const tail = Number(inv.flags.get('tail') ?? -1);
	return {
		previous: inv.flags.get('previous') === true,
		tail: tail === -1 && selector ? 10 : tail,
		sinceMs: sinceMs > 0 ? sinceMs : undefined,
		sinceTime: from,
		bothSince: from !== undefined && sinceMs !== 0,
		timestamps: inv.flags.get('timestamps') === true,
		prefix: inv.flags.get('prefix') === true || inv.flags.get('all-pods') === true
	};
}

/** The streams to print: one pod's containers, or every selected pod's. */
function streamsFor(
	inv: Invocation,
	tx: ClusterTx,
	env: Env,
	selector: string
): { streams: Stream[]; note: string } | { error: string } {
	let pods: Pod[];
	let note = '';
	if (selector) {
		const parsed = parseLabelSelector(selector);
		if (!parsed.ok) return { error: clientError(parsed.error).message };
		pods = tx
			.list<Pod>('pods', env.namespace)
			.filter((p) => matchesLabels(parsed.value, p.metadata.labels));
		if (pods.length === 0)
			return { streams: [], note: `No resources found in ${env.namespace} namespace.\n` };
	} else {
		const found = findPod(tx, inv.args[0], env.namespace);
		if ('error' in found) return found;
		pods = [found.pod];
		note = found.note;
	}
	const streams: Stream[] = [];
	for (const pod of pods) {
		const cs = containersOf(pod, inv, selector ? undefined : inv.args[1]);
		if ('error' in cs) return cs;
		note += cs.note;
		for (const container of cs.names) streams.push({ pod, container });
	}
	return { streams, note };
}

function run(inv: Invocation, env: Env): Outcome {
	const selector = String(inv.flags.get('selector') ?? '');
	if (selector ? inv.args.length > 0 : inv.args.length < 1 || inv.args.length > 2) {
		return selector
			? rejected(clientError('only one of -c or an inline [CONTAINER] arg is allowed'))
			: rejected(USAGE_ERROR);
	}
	const opts = options(inv, selector !== '');
	if (typeof opts === 'string') return rejected(clientError(opts));
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return failed(unknownContext(env.context));
	const tx = new ClusterTx(cluster);
	const found = streamsFor(inv, tx, env, selector);
	if ('error' in found) return { stdout: '', stderr: found.error, exitCode: 1 };
	if (opts.bothSince)
		return failed(clientError('at most one of `sinceTime` or `sinceSeconds` may be specified'));
	let stdout = '';
	for (const s of found.streams) {
		const error = streamError(s, opts.previous);
		if (error) return { stdout, stderr: found.note + error, exitCode: 1 };
		stdout += format(s, entriesOf(s, opts, env.now), opts);
	}
	const resources = found.streams.map((s) => `pod/${s.pod.metadata.name}`);
	const out: Outcome = {
		stdout,
		stderr: found.note,
		exitCode: 0,
		resources: [...new Set(resources)]
	};
	if (inv.flags.get('follow') === true)
		out.follow = follow(env.world, env.context, found.streams, opts, env.now);
	return out;
}

export const logsVerb: VerbSpec = {
	name: 'logs',
	short: 'Print the logs for a container in a pod',
	long: `Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.

Examples:
  # Return snapshot logs from pod nginx with only one container
  kubectl logs nginx
  
  # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
  kubectl logs nginx --prefix
  
  # Return snapshot logs from pod nginx, limiting output to 500 bytes
  kubectl logs nginx --limit-bytes=500
  
  # Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
  kubectl logs nginx --pod-running-timeout=20s
  
  # Return snapshot logs from pod nginx with multi containers
  kubectl logs nginx --all-containers=true
  
  # Return snapshot logs from all pods in the deployment nginx
  kubectl logs deployment/nginx --all-pods=true
  
  # Return snapshot logs from all containers in pods defined by label app=nginx
  kubectl logs -l app=nginx --all-containers=true
  
  # Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
  kubectl logs -l app=nginx --max-log-requests=10
  
  # Return snapshot of previous terminated ruby container logs from pod web-1
  kubectl logs -p -c ruby web-1
  
  # Begin streaming the logs from pod nginx, continuing even if errors occur
  kubectl logs nginx -f --ignore-errors=true
  
  # Begin streaming the logs of the ruby container in pod web-1
  kubectl logs -f -c ruby web-1
  
  # Begin streaming the logs from all containers in pods defined by label app=nginx
  kubectl logs -f -l app=nginx --all-containers=true
  
  # Display only the most recent 20 lines of output in pod nginx
  kubectl logs --tail=20 nginx
  
  # Show all logs from pod nginx written in the last hour
  kubectl logs --since=1h nginx
  
  # Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
  kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true
  
  # Show logs from a kubelet with an expired serving certificate
  kubectl logs --insecure-skip-tls-verify-backend nginx
  
  # Return snapshot logs from first container of a job named hello
  kubectl logs job/hello
  
  # Return snapshot logs from container nginx-1 of a deployment named nginx
  kubectl logs deployment/nginx -c nginx-1`,
	usage: 'kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]',
	flags: [
		{
			name: 'all-containers',
			type: 'bool',
			default: false,
			description: "Get all containers' logs in the pod(s)."
		},
		{
			name: 'all-pods',
			type: 'bool',
			default: false,
			description: 'Get logs from all pod(s). Sets prefix to true.'
		},
		{
			name: 'container',
			short: 'c',
			type: 'string',
			default: '',
			description: 'Print the logs of this container'
		},
		{
			name: 'follow',
			short: 'f',
			type: 'bool',
			default: false,
			description: 'Specify if the logs should be streamed.'
		},
		{
			name: 'ignore-errors',
			type: 'bool',
			default: false,
			description:
				'If watching / following pod logs, allow for any errors that occur to be non-fatal'
		},
		{
			name: 'insecure-skip-tls-verify-backend',
			type: 'bool',
			default: false,
			description:
				'Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.'
		},
		{
			name: 'limit-bytes',
			type: 'int',
			default: 0,
			description: 'Maximum bytes of logs to return. Defaults to no limit.'
		},
		{
			name: 'max-log-requests',
			type: 'int',
			default: 5,
			description:
				'Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.'
		},
		POD_RUNNING_TIMEOUT_FLAG,
		{
			name: 'prefix',
			type: 'bool',
			default: false,
			description: 'Prefix each log line with the log source (pod name and container name)'
		},
		{
			name: 'previous',
			short: 'p',
			type: 'bool',
			default: false,
			description:
				'If true, print the logs for the previous instance of the container in a pod if it exists.'
		},
		SELECTOR_FLAG,
		{
			name: 'since',
			type: 'duration',
			default: '0s',
			description:
				'Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.'
		},
		{
			name: 'since-time',
			type: 'string',
			default: '',
			description:
				'Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.'
		},
		{
			name: 'tail',
			type: 'int',
			default: -1,
			description:
				'Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.'
		},
		{
			name: 'timestamps',
			type: 'bool',
			default: false,
			description: 'Include timestamps on each line in the log output'
		}
	],
	run
};
