/**
 * The blast radius in one plain sentence: what, how many, which namespace and context —
 * "adds 4 pods to payments-secondary in namespace payments on prod-us-east-1".
 */
import { resolveResourceType } from '../cluster/resources';
import { ClusterTx } from '../cluster/store';
import type { Node, Pod } from '../cluster/types';
import { deepEqual } from '../kubectl/mutate/update';
import { replicasOf, type Consequences, type PodCounts } from './consequences';
import type { Change } from './diff-worlds';
import type { SimStep } from './simulate';
import { taintText } from './step-args';

export const READ_ONLY_SENTENCE = 'reads only; changes nothing';

const VERB_PHRASES: Record<string, string> = {
	label: 'labels',
	annotate: 'annotates',
	patch: 'patches',
	'set image': 'sets the image of',
	'set env': 'changes the environment of',
	'set resources': 'changes the resources of',
	'rollout pause': 'pauses the rollout of',
	'rollout resume': 'resumes the rollout of',
	'rollout restart': 'restarts',
	'rollout undo': 'rolls back'
};

function list(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const pods = (n: number) => `${n} pod${n === 1 ? '' : 's'}`;
const named = (c: Change) => `${c.kind.toLowerCase()} ${c.name}`;

/** `(team=payments, tier-)` for label/annotate: the assignments the command gives. */
function assignments(step: SimStep): string {
	if (step.command.verb !== 'label' && step.command.verb !== 'annotate') return '';
	const given = step.inv.args.filter((a) => /^[^/]+=|^[^/=]+-$/.test(a));
	return given.length ? ` (${given.join(', ')})` : '';
}

function workloadPhrase(step: SimStep, c: Change, n: PodCounts): string {
	const before = c.before!;
	const after = c.after!;
	const to = replicasOf(after);
	if (!deepEqual(before.spec?.template, after.spec?.template) && after.spec?.paused !== true) {
		if (n.kill === 0) return `rolls out a new pod template to ${named(c)} (${pods(to)})`;
		const more = to !== n.kill ? ` with ${to} new ones` : '';
		return `replaces the ${pods(n.kill)} of ${named(c)}${more}`;
	}
	if (n.create > 0) return `adds ${pods(n.create)} to ${c.name}`;
	if (n.kill > 0)
		return to === 0
			? `removes all ${pods(n.kill)} from ${c.name}`
			: `removes ${pods(n.kill)} from ${c.name}`;
	return `${VERB_PHRASES[step.command.verb] ?? 'updates'} ${named(c)}${assignments(step)}`;
}

function changePhrase(step: SimStep, c: Change, n: PodCounts): string {
	if (c.change === 'delete')
		return n.kill > 0 && c.kind !== 'Pod'
			? `deletes ${named(c)} and its ${pods(n.kill)}`
			: `deletes ${named(c)}`;
	if (c.change === 'create')
		return n.create > 0 && c.kind !== 'Pod'
			? `creates ${named(c)} and its ${pods(n.create)}`
			: `creates ${named(c)}`;
	return workloadPhrase(step, c, n);
}

function where(namespaces: string[], context: string): string {
	const ns = [...new Set(namespaces)].sort();
	if (ns.length === 0) return ` on ${context}`;
	return ` in namespace${ns.length > 1 ? 's' : ''} ${list(ns)} on ${context}`;
}

function livePodsOn(step: SimStep, c: Change): number {
	const tx = new ClusterTx(step.before.clusters[c.cluster]);
	return tx
		.list<Pod>('pods')
		.filter(
			(p) =>
				p.spec.nodeName === c.name && !p.metadata.deletionTimestamp && p.status?.phase === 'Running'
		).length;
}

function drainSentence(step: SimStep, node: Change, out: Consequences): string {
	const counts = out.perChange.get(node);
	const n = (counts?.evict ?? 0) + (counts?.kill ?? 0);
	const hold = out.drain;
	const budgets = hold?.budgets.length
		? `PodDisruptionBudget${hold.budgets.length > 1 ? 's' : ''} ${hold.budgets.join(', ')}`
		: '';
	const held = hold?.held
		? `; ${hold.held} more ${hold.held === 1 ? 'is' : 'are'} held by ${budgets || 'a PodDisruptionBudget'} and retried`
		: '';
	if (n === 0) return `cordons node ${node.name} on ${step.context}; no pods to evict now${held}`;
	const ns = [...out.evictedFrom]
		.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
		.map(([k]) => k);
	const where = `from node ${node.name} (namespace${ns.length > 1 ? 's' : ''} ${ns.join(', ')}) on ${step.context}`;
	if (hold?.bypass === 'disable-eviction')
		return `deletes ${pods(n)} ${where}, bypassing ${budgets ? `${budgets} (` : 'every PodDisruptionBudget ('}--disable-eviction kills pods the budget would keep)${held}`;
	if (hold?.bypass === 'no-grace')
		return `kills ${pods(n)} ${where} with no graceful shutdown (--grace-period=0)${held}`;
	return `evicts ${pods(n)} ${where}${held}`;
}

function nodeSentence(step: SimStep, c: Change, out: Consequences): string {
	const before = c.before as Node;
	const after = c.after as Node;
	const on = ` on ${step.context}`;
	const parts: string[] = [];
	const was = before.spec.unschedulable === true;
	const is = after.spec.unschedulable === true;
	if (!was && is)
		parts.push(
			`cordons node ${c.name}${on}: no new pods land there; its ${pods(livePodsOn(step, c))} keep running`
		);
	if (was && !is)
		parts.push(`uncordons node ${c.name}${on}: the scheduler may place new pods there again`);
	const had = before.spec.taints ?? [];
	const has = after.spec.taints ?? [];
	const added = has.filter((t) => !had.some((h) => deepEqual(h, t)));
	const removed = had.filter((t) => !has.some((h) => deepEqual(h, t)));
	if (added.length)
		parts.push(`taints node ${c.name} with ${added.map(taintText).join(', ')}${on}`);
	if (removed.length)
		parts.push(`removes taint ${removed.map(taintText).join(', ')} from node ${c.name}${on}`);
	const evict = out.perChange.get(c)?.evict ?? 0;
	if (evict) parts.push(`evicts ${pods(evict)} that do not tolerate it`);
	return parts.length ? parts.join(' and ') : `updates node ${c.name}${on}`;
}

/** `deployments.apps` → `deployment`, as people say it. */
export function singular(resource: string): string {
	return resolveResourceType(resource)?.singularName ?? resource;
}

function unchanged(step: SimStep): string {
	const t = step.command.target;
	const resource = t?.resources[0];
	const what = resource ? `${singular(resource)} ${t.names.join(', ')}`.trim() : 'the target';
	const namespaced = resource ? resolveResourceType(resource)?.namespaced !== false : true;
	const ns = namespaced ? ` in namespace ${step.namespace}` : '';
	return `changes nothing: ${what}${ns} on ${step.context} is already as requested`;
}

function stepSentence(step: SimStep, out: Consequences): string {
	if (step.command.localConfig) {
		const from = step.before.currentContext;
		const to = step.after.currentContext;
		if (from === to) return `changes nothing: the local kubeconfig already says ${to}`;
		return `switches the local kubeconfig from ${from} to ${to}; changes nothing in any cluster`;
	}
	if (step.changes.length === 0) return unchanged(step);
	const node = step.changes.find((c) => c.kind === 'Node' && c.change === 'update');
	if (node && step.command.verb === 'drain') return drainSentence(step, node, out);
	if (node) return nodeSentence(step, node, out);
	const phrases = step.changes.map((c) => changePhrase(step, c, out.perChange.get(c)!));
	const namespaces = step.changes.flatMap((c) => (c.namespace ? [c.namespace] : []));
	return `${list(phrases)}${where(namespaces, step.context)}`;
}

export function radiusSentence(steps: SimStep[], out: Consequences): string {
	if (steps.length === 0) return READ_ONLY_SENTENCE;
	return steps.map((s) => stepSentence(s, out)).join('; then ');
}
