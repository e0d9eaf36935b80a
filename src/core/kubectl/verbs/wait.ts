/**
 * `kubectl wait --for=…`: conditions (`condition=Available`, `condition=Ready=false`, compared
 * case-insensitively and ignored while `observedGeneration` lags `metadata.generation`),
 * `delete`, `create` and `jsonpath='{…}'[=value]`. Objects are waited on one after another, as
 * kubectl visits them; what is not met yet becomes a `Follow` whose deadline is `now + --timeout`,
 * so the host drives it on virtual time. `--timeout=0` checks once; a negative one waits a week.
 */
import { resourceKey, type ApiResource } from '../../cluster/resources';
import { ClusterTx } from '../../cluster/store';
import type { KubeObject, World } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { clientError, failed, objectRef, rejected, unknownContext } from '../errors';
import { collect, goJson, parseJsonPath, relaxedJsonPath } from '../printers/jsonpath';
import { visibleObject } from '../../cluster/directives';
import { durationFlag } from '../parse/duration-flag';
import { toJson, toYaml } from '../printers/print-objects';
import { fetchTargets, resolveTargets } from '../resolve';
import { missingObject } from '../not-found';
import type { Env, FlagSpec, Follow, Invocation, Outcome, VerbSpec } from '../types';
import {
	ALL_NAMESPACES_FLAG,
	FIELD_SELECTOR_FLAG,
	OBJECT_PRINT_FLAGS,
	sortedFlags
} from '../flags/common';

type Json = Parameters<typeof collect>[1];

type Condition =
	| { kind: 'delete' | 'create' }
	| { kind: 'condition'; name: string; status: string }
	| { kind: 'jsonpath'; path: ReturnType<typeof parseJsonPath> & { ok: true }; value?: string };

/** One object waited on: its resource, where it lives, and the uid it had when the wait began. */
interface Slot {
	resource: ApiResource;
	namespace: string;
	name: string;
	uid?: string;
}

const JSONPATH_FORMAT =
	"jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'";

const NO_RESOURCES = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
`;

const WEEK_MS = 7 * 24 * 3_600_000;

function parseJsonPathCondition(input: string): Condition | string {
	let expr = input.trim();
	let value: string | undefined;
	const close = expr.startsWith('{') ? expr.indexOf('}') : -1;
	const rest = close >= 0 ? expr.slice(close + 1) : expr.slice(expr.indexOf('=') + 1);
	if (close >= 0 ? rest !== '' : expr.includes('=')) {
		if (close >= 0 && !rest.startsWith('=')) return JSONPATH_FORMAT;
		value = close >= 0 ? rest.slice(1) : rest;
		if (value.includes('=')) return JSONPATH_FORMAT;
		expr = close >= 0 ? expr.slice(0, close + 1) : expr.slice(0, expr.indexOf('='));
	}
	const relaxed = relaxedJsonPath(expr);
	if (!relaxed.ok) return relaxed.error;
	const path = parseJsonPath(relaxed.value);
	if (!path.ok) return path.error;
	return { kind: 'jsonpath', path, value };
}

/** `--for` → a condition, or kubectl's error text. */
export function parseCondition(text: string): Condition | string {
	const lower = text.toLowerCase();
	if (lower === 'delete' || lower === 'create') return { kind: lower };
	if (text.startsWith('condition=')) {
		const body = text.slice('condition='.length);
		const eq = body.indexOf('=');
		return eq < 0
			? { kind: 'condition', name: body, status: 'true' }
			: { kind: 'condition', name: body.slice(0, eq), status: body.slice(eq + 1) };
	}
	if (text.startsWith('jsonpath=')) return parseJsonPathCondition(text.slice('jsonpath='.length));
	return `unrecognized condition: "${text}"`;
}

function conditionMet(obj: KubeObject, c: { name: string; status: string }): boolean {
	const conditions = (obj.status?.conditions ?? []) as Record<string, unknown>[];
	const found = conditions.find((x) => String(x.type ?? '').toLowerCase() === c.name.toLowerCase());
	if (!found || typeof found.status !== 'string') return false;
	const generation = obj.metadata.generation;
	const observed = (found.observedGeneration ?? obj.status?.observedGeneration) as
		number | undefined;
	if (generation !== undefined && observed !== undefined && observed < generation) return false;
	return found.status.toLowerCase() === c.status.toLowerCase();
}

function jsonPathMet(obj: KubeObject, c: Condition & { kind: 'jsonpath' }): boolean | string {
	const values = collect(c.path.value, obj as unknown as Json);
	if (values.length > 1) return 'given jsonpath expression matches more than one value';
	if (values.length === 0) return false;
	const v = values[0];
	if (c.value === undefined) {
		if (v === null || v === '') return false;
		return typeof v !== 'object' || Object.keys(v).length > 0;
	}
	const text = typeof v === 'object' && v !== null ? goJson(v) : String(v);
	return text === c.value;
}

/** true: met; false: not yet; string: a failure to report for this object. */
function check(world: World, env: Env, slot: Slot, c: Condition): boolean | string {
	const cluster = clusterOf(world, env.context);
	const obj = cluster
		? new ClusterTx(cluster).get(resourceKey(slot.resource), slot.namespace, slot.name)
		: undefined;
	switch (c.kind) {
		case 'delete':
			return !obj || (slot.uid !== undefined && obj.metadata.uid !== slot.uid);
		case 'create':
			return obj !== undefined;
		case 'condition':
			return obj !== undefined && conditionMet(obj, c);
		case 'jsonpath':
			return obj !== undefined && jsonPathMet(obj, c);
	}
}

function success(world: World, env: Env, slot: Slot, output: string): string {
	const cluster = clusterOf(world, env.context);
	const obj = cluster
		? new ClusterTx(cluster).get(resourceKey(slot.resource), slot.namespace, slot.name)
		: undefined;
	if (obj && output === 'yaml') return toYaml(visibleObject(obj));
	if (obj && output === 'json') return toJson(visibleObject(obj));
	const ref = objectRef(slot.resource, slot.name);
	return output === 'name' ? `${ref}\n` : `${ref} condition met\n`;
}

/** The waiting itself: slots in order, each blocking the ones after it until met. */
function waiter(env: Env, slots: Slot[], c: Condition, output: string, deadline: number) {
	let next = 0;
	let failures = 0;
	return (world: World, now: number): { stdout: string; stderr: string; exitCode?: number } => {
		let stdout = '';
		let stderr = '';
		const overdue = now >= deadline;
		while (next < slots.length) {
			const slot = slots[next];
			const state = check(world, env, slot, c);
			if (state === true) stdout += success(world, env, slot, output);
			else if (typeof state === 'string')
				[stderr, failures] = [`${stderr}error: ${state}\n`, failures + 1];
			else if (overdue) {
				stderr += `error: timed out waiting for the condition on ${slot.resource.name}/${slot.name}\n`;
				failures++;
			} else break;
			next++;
		}
		const done = next >= slots.length;
		return done ? { stdout, stderr, exitCode: failures ? 1 : 0 } : { stdout, stderr };
	};
}

function slotsFor(inv: Invocation, env: Env, c: Condition): Slot[] | Outcome {
	const allNamespaces = inv.flags.get('all-namespaces') === true;
	const labels = String(inv.flags.get('selector') ?? '');
	const fields = String(inv.flags.get('field-selector') ?? '');
	const resolved = resolveTargets(inv.args, { hasSelector: labels !== '' || fields !== '' });
	if (!resolved.ok) {
		if (resolved.missingType) return rejected({ message: NO_RESOURCES, exitCode: 1 });
		return resolved.rejected ? rejected(resolved.error) : failed(resolved.error);
	}
	const listing = resolved.targets.some((t) => t.name === undefined);
	const selecting = labels !== '' || fields !== '' || inv.flags.get('all') === true;
	if (listing && !selecting)
		return rejected(clientError('resource(s) were provided, but no name was specified'));
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return failed(unknownContext(env.context));
	const tx = new ClusterTx(cluster);
	const slots: Slot[] = [];
	let stderr = '';
	for (const t of resolved.targets) {
		const ns = t.resource.namespaced ? env.namespace : '';
		if (t.name !== undefined) {
			const obj = tx.get(resourceKey(t.resource), ns, t.name);
			// Only `create` and `delete` make sense for an object that is not there (yet).
			if (!obj && c.kind !== 'create' && c.kind !== 'delete') {
				stderr += missingObject(tx, t.resource, ns, t.name).message;
				continue;
			}
			if (!obj && c.kind === 'delete') continue;
			slots.push({ resource: t.resource, namespace: ns, name: t.name, uid: obj?.metadata.uid });
			continue;
		}
		const found = fetchTargets(tx, [t], env.namespace, allNamespaces, { labels, fields });
		stderr += found.errors.join('');
		for (const { obj } of found.items) {
			const n = obj.metadata.namespace ?? '';
			slots.push({
				resource: t.resource,
				namespace: n,
				name: obj.metadata.name,
				uid: obj.metadata.uid
			});
		}
	}
	if (stderr) return failed({ message: stderr, exitCode: 1 });
	if (slots.length === 0 && listing) return failed(clientError('no matching resources found'));
	return slots;
}

function runWait(inv: Invocation, env: Env): Outcome {
	const c = parseCondition(String(inv.flags.get('for') ?? ''));
	if (typeof c === 'string') return rejected(clientError(c));
	const output = String(inv.flags.get('output') ?? '');
	if (!['', 'name', 'yaml', 'json'].includes(output)) {
		return rejected(
			clientError(
				`unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml`
			)
		);
	}
	const slots = slotsFor(inv, env, c);
	if (!Array.isArray(slots)) return slots;
	const timeout = durationFlag(inv, 'timeout', 30_000);
	const deadline = env.now + (timeout < 0 ? WEEK_MS : timeout);
	const poll = waiter(env, slots, c, output, deadline);
	const first = poll(env.world, env.now);
	const resources = slots.map((s) => objectRef(s.resource, s.name));
	if (first.exitCode !== undefined) return { ...first, exitCode: first.exitCode, resources };
	const follow: Follow = { poll, deadline };
	return { stdout: first.stdout, stderr: first.stderr, exitCode: 0, follow, resources };
}

const FLAGS: FlagSpec[] = sortedFlags(
	OBJECT_PRINT_FLAGS,
	{
		name: 'all',
		type: 'bool',
		default: false,
		description: 'Select all resources in the namespace of the specified resource types'
	},
	ALL_NAMESPACES_FLAG,
	FIELD_SELECTOR_FLAG,
	{
		name: 'filename',
		short: 'f',
		type: 'stringSlice',
		default: [],
		description: 'identifying the resource.'
	},
	{
		name: 'for',
		type: 'string',
		default: '',
		description:
			"The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true. Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity."
	},
	{
		name: 'local',
		type: 'bool',
		default: false,
		description: 'If true, annotation will NOT contact api-server but run locally.'
	},
	{
		name: 'recursive',
		short: 'R',
		type: 'bool',
		default: true,
		description:
			'Process the directory used in -f, --filename recursively. Useful when you want to manage related manifests organized within the same directory.'
	},
	{
		name: 'selector',
		short: 'l',
		type: 'string',
		default: '',
		description:
			"Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)"
	},
	{
		name: 'timeout',
		type: 'duration',
		default: '30s',
		description:
			"The length of time to wait before giving up. Zero means check once and don't wait, negative means wait for a week."
	}
);

export const waitVerb: VerbSpec = {
	name: 'wait',
	short: 'Experimental: Wait for a specific condition on one or many resources',
	long: `Experimental: Wait for a specific condition on one or many resources.

 The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.

 Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.

 A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.

Examples:
  # Wait for the pod "busybox1" to contain the status condition of type "Ready"
  kubectl wait --for=condition=Ready pod/busybox1
  
  # The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)
  kubectl wait --for=condition=Ready=false pod/busybox1
  
  # Wait for the pod "busybox1" to contain the status phase to be "Running"
  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1
  
  # Wait for pod "busybox1" to be Ready
  kubectl wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/busybox1
  
  # Wait for the service "loadbalancer" to have ingress
  kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer
  
  # Wait for the secret "busybox1" to be created, with a timeout of 30s
  kubectl create secret generic busybox1
  kubectl wait --for=create secret/busybox1 --timeout=30s
  
  # Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
  kubectl delete pod/busybox1
  kubectl wait --for=delete pod/busybox1 --timeout=60s`,
	usage:
		"kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
	flags: FLAGS,
	run: runWait
};
