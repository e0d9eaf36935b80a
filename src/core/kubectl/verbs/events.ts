/**
 * `kubectl events`: the namespace's (or every namespace's, `-A`) core `v1 Event`s, sorted by last
 * occurrence as kubectl's `SortableEvents` does, in its own table (`LAST SEEN TYPE REASON OBJECT
 * MESSAGE`, `Kind/name` objects, `(x3 over 5m)` repeats). `-w` skips the list and prints what the
 * watch delivers: every current event, then new and updated ones as the world moves, each line
 * flushed (and so aligned) on its own, as kubectl's per-event tabwriter flush does.
 */
import { resolveResourceType } from '../../cluster/resources';
import { keyForKind } from '../../cluster/resources';
import { ClusterTx } from '../../cluster/store';
import type { KubeEvent, World } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { TABLE_TABS, tabify } from '../describe/tabwriter';
import { clientError, failed, rejected, unknownContext, unknownResourceType } from '../errors';
import { OUTPUT_FLAG, PRINT_FLAGS, parseOutputFormat, type OutputFormat } from '../output-flags';
import { humanDuration } from '../printers/age';
import { collect, execute, parseJsonPath } from '../printers/jsonpath';
import { toJson, toYaml } from '../printers/print-objects';
import type { Env, FlagSpec, Follow, Invocation, Outcome, VerbSpec } from '../types';
import { ALL_NAMESPACES_FLAG, CHUNK_SIZE_FLAG } from '../flags/common';

const FORMATS =
	'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';

interface Options {
	namespace?: string;
	types: string[];
	forKind?: string;
	forName?: string;
	format?: OutputFormat;
	noHeaders: boolean;
	allNamespaces: boolean;
}

const since = (ts: string | undefined, now: number) =>
	ts ? humanDuration(now - Date.parse(ts)) : '<unknown>';

/** kubectl's `getInterval`: `5m`, or `30s (x22 over 2h)` for a repeated event. */
function interval(e: KubeEvent, now: number): string {
	const first = e.eventTime ? since(e.eventTime as string, now) : since(e.firstTimestamp, now);
	if (e.count > 1) return `${since(e.lastTimestamp, now)} (x${e.count} over ${first})`;
	return first;
}

/** Cells stop at a line break, as `escapeCell` cuts them. */
function cell(text: string | undefined): string {
	const s = text ?? '';
	const at = s.search(/[\f\n\r]/);
	return at >= 0 ? `${s.slice(0, at)}...` : s;
}

function row(e: KubeEvent, o: Options, now: number): string {
	const io = e.involvedObject;
	const cells = [
		interval(e, now),
		cell(e.type),
		cell(e.reason),
		`${cell(io.kind)}/${cell(io.name)}`,
		cell((e.message ?? '').trim())
	];
	return `${[...(o.allNamespaces ? [e.metadata.namespace ?? ''] : []), ...cells].join('\t')}\n`;
}

function header(o: Options): string {
	return `${o.allNamespaces ? 'NAMESPACE\t' : ''}LAST SEEN\tTYPE\tREASON\tOBJECT\tMESSAGE\n`;
}

const sortTime = (e: KubeEvent) =>
	Date.parse(e.lastTimestamp || (e.eventTime as string | undefined) || '') || 0;

function selected(world: World, env: Env, o: Options): KubeEvent[] | undefined {
	const cluster = clusterOf(world, env.context);
	if (!cluster) return undefined;
	return new ClusterTx(cluster)
		.list<KubeEvent>(keyForKind('Event'), o.namespace)
		.filter(
			(e) =>
				(o.types.length === 0 || o.types.some((t) => t.toLowerCase() === e.type.toLowerCase())) &&
				(o.forName === undefined ||
					(e.involvedObject.kind === o.forKind && e.involvedObject.name === o.forName))
		);
}

function listDocument(events: readonly KubeEvent[]): unknown {
	return { apiVersion: 'v1', items: events, kind: 'EventList', metadata: {} };
}

/** Prints a document (the list, or one watched event) in a machine format. */
function formatted(doc: unknown, names: readonly KubeEvent[], f: OutputFormat): string {
	switch (f.kind) {
		case 'yaml':
			return toYaml(doc);
		case 'json':
			// `kubectl events` reads typed Events: fields in struct order.
			return toJson(doc, false);
		case 'name':
			return names.map((e) => `event/${e.metadata.name}\n`).join('');
		case 'jsonpath':
		case 'go-template': {
			const parsed = parseJsonPath(f.template);
			return parsed.ok ? execute(parsed.value, doc as never) : '';
		}
		case 'jsonpath-as-json': {
			const parsed = parseJsonPath(f.template);
			return parsed.ok ? toJson(collect(parsed.value, doc as never)) : '';
		}
		default:
			return '';
	}
}

function parseOptions(inv: Invocation, env: Env): Options | Outcome {
	const output = String(inv.flags.get('output') ?? '');
	let format: OutputFormat | undefined;
	if (output !== '') {
		const name = output.split('=')[0];
		if (name === 'wide' || name.startsWith('custom-columns')) {
			return rejected(
				clientError(
					`unable to match a printer suitable for the output format "${output}", allowed formats are: ${FORMATS}`
				)
			);
		}
		const parsed = parseOutputFormat(inv.flags);
		if (!parsed.ok) return rejected(clientError(parsed.error));
		format = parsed.format;
	}
	const allNamespaces = inv.flags.get('all-namespaces') === true;
	const o: Options = {
		namespace: allNamespaces ? undefined : env.namespace,
		types: [...new Set((inv.flags.get('types') as string[] | undefined) ?? [])].sort(),
		format,
		noHeaders: inv.flags.get('no-headers') === true,
		allNamespaces
	};
	const forText = String(inv.flags.get('for') ?? '');
	if (forText !== '') {
		if (!forText.includes('/')) return rejected(clientError('--for must be in resource/name form'));
		const seg = forText.split('/');
		if (seg.length !== 2) {
			return rejected(
				clientError('arguments in resource/name form may not have more than one slash')
			);
		}
		const resource = resolveResourceType(seg[0]);
		if (!resource) return failed(unknownResourceType(seg[0]));
		o.forKind = resource.kind;
		o.forName = seg[1];
	}
	if (o.types.some((t) => !['normal', 'warning'].includes(t.toLowerCase())))
		return rejected(clientError('valid --types are Normal or Warning'));
	return o;
}

/** The watch: every event once, then each new or changed one, in resourceVersion order. */
function watch(env: Env, o: Options): { first: string; follow: Follow } {
	const seen = new Map<string, string>();
	let headerDue = !o.noHeaders && !o.format;
	let printed = 0;
	const print = (e: KubeEvent, now: number): string => {
		if (o.format) {
			const text = formatted(e, [e], o.format);
			const sep = o.format.kind === 'yaml' && printed++ > 0 ? '---\n' : '';
			return sep + text;
		}
		const text = (headerDue ? header(o) : '') + row(e, o, now);
		headerDue = false;
		return tabify(text, TABLE_TABS);
	};
	const delta = (world: World, now: number): string => {
		const fresh = (selected(world, env, o) ?? []).filter(
			(e) => seen.get(e.metadata.uid) !== e.metadata.resourceVersion
		);
		fresh.sort((a, b) => Number(a.metadata.resourceVersion) - Number(b.metadata.resourceVersion));
		for (const e of fresh) seen.set(e.metadata.uid, e.metadata.resourceVersion);
		return fresh.map((e) => print(e, now)).join('');
	};
	const first = delta(env.world, env.now);
	return { first, follow: { poll: (world, now) => ({ stdout: delta(world, now), stderr: '' }) } };
}

function runEvents(inv: Invocation, env: Env): Outcome {
	const o = parseOptions(inv, env);
	if ('exitCode' in o) return o;
	if (!clusterOf(env.world, env.context)) return failed(unknownContext(env.context));
	if (inv.flags.get('watch') === true) {
		const { first, follow } = watch(env, o);
		return { stdout: first, stderr: '', exitCode: 0, follow };
	}
	const events = selected(env.world, env, o) ?? [];
	if (events.length === 0) {
		const stderr = o.allNamespaces
			? 'No events found.\n'
			: `No events found in ${env.namespace} namespace.\n`;
		return { stdout: '', stderr, exitCode: 0 };
	}
	// A stable sort keeps API order (namespace, name) among equal times, as Go's small-slice sort does.
	const sorted = [...events].sort((a, b) => sortTime(a) - sortTime(b));
	if (o.format) {
		return { stdout: formatted(listDocument(sorted), sorted, o.format), stderr: '', exitCode: 0 };
	}
	const text = (o.noHeaders ? '' : header(o)) + sorted.map((e) => row(e, o, env.now)).join('');
	return { stdout: tabify(text, TABLE_TABS), stderr: '', exitCode: 0 };
}

const FLAGS: FlagSpec[] = [
	ALL_NAMESPACES_FLAG,
	CHUNK_SIZE_FLAG,
	{
		name: 'for',
		type: 'string',
		default: '',
		description: 'Filter events to only those pertaining to the specified resource.'
	},
	{
		name: 'no-headers',
		type: 'bool',
		default: false,
		description: "When using the default output format, don't print headers."
	},
	{
		...OUTPUT_FLAG,
		description:
			'Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).'
	},
	...PRINT_FLAGS.filter((f) => f.name !== 'output'),
	{
		name: 'types',
		type: 'stringSlice',
		default: [],
		description: 'Output only events of given types.'
	},
	{
		name: 'watch',
		short: 'w',
		type: 'bool',
		default: false,
		description: 'After listing the requested events, watch for more events.'
	}
];

export const eventsVerb: VerbSpec = {
	name: 'events',
	short: 'List events',
	long: `Display events.

 Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.

Examples:
  # List recent events in the default namespace
  kubectl events
  
  # List recent events in all namespaces
  kubectl events --all-namespaces
  
  # List recent events for the specified pod, then wait for more events and list them as they arrive
  kubectl events --for pod/web-pod-13je7 --watch
  
  # List recent events in YAML format
  kubectl events -oyaml
  
  # List recent only events of type 'Warning' or 'Normal'
  kubectl events --types=Warning,Normal`,
	usage:
		'kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]',
	flags: FLAGS,
	run: runEvents
};
