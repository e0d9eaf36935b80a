/**
 * `deriveVerify(world, now, line)`: the read-only command that shows the action worked, and what
 * it should print, in plain words with the numbers: `rollout status --timeout=2m` for workload
 * changes, `get node` for cordon/uncordon/drain, the changed field for taint, label, annotate and
 * patch, `get` of a deleted or created object. Expected values come from the simulated state after.
 */
import { ClusterTx } from '../cluster/store';
import type { KubeObject, Node } from '../cluster/types';
import { clusterOf } from '../cluster/world';
import type { World } from '../cluster/types';
import { commandText, runKubectl } from '../kubectl/run';
import { replicasOf } from './consequences';
import type { Change } from './diff-worlds';
import { parsePatchText } from './inverse-patch';
import { singular } from './sentence';
import { simulate, type SimStep } from './simulate';
import { refOf, scopeArgs, taintText } from './step-args';

export type VerifyResult =
	{ ok: true; command: string; expect: string } | { ok: false; message: string };

interface Check {
	argv: string[];
	expect: string;
}

const ROLLOUT_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);
const WORKLOAD_VERBS = new Set([
	'scale',
	'rollout undo',
	'rollout restart',
	'rollout resume',
	'patch'
]);

function rolledOut(obj: KubeObject): string {
	const n = obj.kind === 'DaemonSet' ? (obj.status?.desiredNumberScheduled ?? 0) : replicasOf(obj);
	const name = obj.metadata.name;
	if (obj.kind === 'Deployment')
		return `deployment "${name}" successfully rolled out; ${n}/${n} ready`;
	if (obj.kind === 'DaemonSet')
		return `daemon set "${name}" successfully rolled out; ${n}/${n} ready`;
	return `statefulset rolling update complete; ${n}/${n} ready`;
}

function rolloutStatus(step: SimStep, c: Change): Check {
	return {
		argv: ['rollout', 'status', refOf(c), ...scopeArgs(step, c), '--timeout=2m'],
		expect: rolledOut(c.after!)
	};
}

/** The node's STATUS column as `get node` prints it in the state after the step. */
function nodeStatus(step: SimStep, name: string): string {
	const out = runKubectl(
		step.after,
		['get', 'node', name, ...scopeArgs(step)],
		step.result.audit.at
	);
	const row = out.stdout.split('\n')[1] ?? '';
	return row.trim().split(/\s+/)[1] ?? '';
}

function nodeCheck(step: SimStep, c: Change): Check {
	const before = (c.before as Node).spec;
	const after = (c.after as Node).spec;
	if (step.command.verb === 'taint') {
		const had = new Set((before.taints ?? []).map(taintText));
		const has = new Set((after.taints ?? []).map(taintText));
		const added = [...has].filter((t) => !had.has(t));
		const removed = [...had].filter((t) => !has.has(t));
		const parts = [
			...(added.length ? [`include ${added.join(', ')}`] : []),
			...(removed.length ? [`no longer include ${removed.join(', ')}`] : [])
		];
		return {
			argv: ['get', 'node', c.name, ...scopeArgs(step), '-o', 'jsonpath={.spec.taints}'],
			expect: `the node's taints ${parts.join(' and ')}`
		};
	}
	const status = nodeStatus(step, c.name);
	const pods = step.command.verb === 'drain' ? '; only DaemonSet pods are left on it' : '';
	return {
		argv: ['get', 'node', c.name, ...scopeArgs(step)],
		expect: `node ${c.name} shows STATUS ${status}${pods}`
	};
}

function metadataCheck(step: SimStep, c: Change, field: 'labels' | 'annotations'): Check {
	const before = c.before!.metadata[field] ?? {};
	const after = c.after!.metadata[field] ?? {};
	const set = Object.keys(after)
		.filter((k) => before[k] !== after[k])
		.map((k) => `${k}=${after[k]}`);
	const gone = Object.keys(before).filter((k) => !(k in after));
	const parts = [
		...(set.length ? [`include ${set.join(', ')}`] : []),
		...(gone.length ? [`no longer include ${gone.join(', ')}`] : [])
	];
	const argv =
		field === 'labels'
			? ['get', refOf(c), ...scopeArgs(step, c), '--show-labels']
			: ['get', refOf(c), ...scopeArgs(step, c), '-o', 'jsonpath={.metadata.annotations}'];
	return {
		argv,
		expect: `the ${field} of ${singular(c.resource)} ${c.name} ${parts.join(' and ')}`
	};
}

/** The first leaf the patch names, as a jsonpath, with its value after the step. */
function patchCheck(step: SimStep, c: Change): Check {
	const doc = parsePatchText(String(step.inv.flags.get('patch') ?? ''));
	const path: string[] = [];
	let at: unknown = Array.isArray(doc) ? undefined : doc;
	while (at && typeof at === 'object' && !Array.isArray(at)) {
		const key = Object.keys(at).find((k) => !k.startsWith('$'));
		if (!key) break;
		path.push(key);
		at = (at as Record<string, unknown>)[key];
	}
	if (path.length === 0 || /[./]/.test(path.join('')))
		return {
			argv: ['get', refOf(c), ...scopeArgs(step, c), '-o', 'yaml'],
			expect: `shows the patched ${singular(c.resource)} ${c.name}`
		};
	let value: unknown = c.after;
	for (const k of path) value = (value as Record<string, unknown> | undefined)?.[k];
	const shown =
		value === undefined
			? 'nothing (the field is removed)'
			: typeof value === 'string'
				? value
				: JSON.stringify(value);
	return {
		argv: ['get', refOf(c), ...scopeArgs(step, c), '-o', `jsonpath={.${path.join('.')}}`],
		expect: `prints ${shown}`
	};
}

function changeCheck(step: SimStep, c: Change): Check | undefined {
	const verb = step.command.verb;
	const kind = singular(c.resource);
	if (c.change === 'delete') {
		if (verb === 'drain') return undefined;
		return {
			argv: ['get', kind, c.name, ...scopeArgs(step, c)],
			expect: `Error from server (NotFound): ${c.resource} "${c.name}" not found${c.kind === 'Pod' ? ' (once its grace period ends)' : ''}`
		};
	}
	if (c.change === 'create')
		return {
			argv: ['get', kind, c.name, ...scopeArgs(step, c)],
			expect: `lists ${kind} ${c.name}`
		};
	if (c.kind === 'Node') return nodeCheck(step, c);
	if (verb === 'label') return metadataCheck(step, c, 'labels');
	if (verb === 'annotate') return metadataCheck(step, c, 'annotations');
	if (verb === 'rollout pause')
		return {
			argv: ['get', refOf(c), ...scopeArgs(step, c), '-o', 'jsonpath={.spec.paused}'],
			expect: 'prints true'
		};
	if (ROLLOUT_KINDS.has(c.kind) && (WORKLOAD_VERBS.has(verb) || verb.startsWith('set ')))
		return rolloutStatus(step, c);
	if (verb === 'patch') return patchCheck(step, c);
	return {
		argv: ['get', refOf(c), ...scopeArgs(step, c)],
		expect: `shows ${kind} ${c.name} with the change`
	};
}

/** A step that changes nothing in this state: check its named target as it stands. */
function unchangedCheck(step: SimStep): Check[] {
	const t = step.command.target;
	if (!t || t.resources.length !== 1 || t.names.length !== 1) return [];
	const [resource, name] = [t.resources[0], t.names[0]];
	if (resource === 'nodes')
		return [
			{
				argv: ['get', 'node', name, ...scopeArgs(step)],
				expect: `node ${name} shows STATUS ${nodeStatus(step, name)}`
			}
		];
	const cluster = clusterOf(step.before, step.context);
	const obj = cluster && new ClusterTx(cluster).get(resource, step.namespace, name);
	if (!obj || !ROLLOUT_KINDS.has(obj.kind)) return [];
	const argv = [
		'rollout',
		'status',
		refOf({ kind: obj.kind, name }),
		...scopeArgs(step),
		'--timeout=2m'
	];
	return [{ argv, expect: rolledOut(obj) }];
}

function stepChecks(step: SimStep): Check[] {
	if (step.command.verb === 'config use-context')
		return [{ argv: ['config', 'current-context'], expect: `prints ${step.after.currentContext}` }];
	if (step.changes.length === 0) return unchangedCheck(step);
	return step.changes.flatMap((c) => changeCheck(step, c) ?? []);
}

export function deriveVerify(world: World, now: number, line: string): VerifyResult {
	const sim = simulate(world, now, line);
	if (!sim.ok) return sim;
	if (sim.steps.length === 0)
		return { ok: false, message: 'the line only reads: there is nothing to verify' };
	const checks = sim.steps.flatMap(stepChecks);
	if (checks.length === 0)
		return {
			ok: false,
			message: 'in this state the line changes nothing: there is nothing to verify'
		};
	const seen = new Set<string>();
	const unique = checks.filter((c) => {
		const text = commandText(c.argv);
		return !seen.has(text) && !!seen.add(text);
	});
	return {
		ok: true,
		command: unique.map((c) => commandText(c.argv)).join(' && '),
		expect: unique.map((c) => c.expect).join('; ')
	};
}
