/**
 * kube-scheduler: binds each Pending pod to the best feasible node, running the default filters in
 * their order (NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit) and, when no
 * node fits, leaving the pod Pending with PodScheduled=False and a FailedScheduling event worded
 * as v1.32 words it.
 */
import { recordEvent } from '../events';
import { matchesMap } from '../labels';
import { parseCpu, parseMemory } from '../quantity';
import type { Node, Pod } from '../types';
import { KEYS, type Ctx } from './context';
import { condition, controllerOf, isTerminating, podRequests, setCondition } from './pods';
import { untoleratedTaint, type Toleration } from './taints';

interface Usage {
	cpu: number;
	memory: number;
	pods: number;
	owners: Map<string, number>;
}

/** Failure reasons, and whether preemption could help (only for resource shortfalls). */
type Verdict = { ok: true } | { ok: false; reasons: string[]; resolvable: boolean };

export function runScheduler(ctx: Ctx): void {
	const nodes = ctx.tx.list<Node>(KEYS.nodes);
	const pods = ctx.tx.list<Pod>(KEYS.pods);
	const usage = new Map<string, Usage>(nodes.map((n) => [n.metadata.name, emptyUsage()]));
	for (const pod of pods) {
		if (pod.spec.nodeName && pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed')
			addUsage(usage.get(pod.spec.nodeName), pod);
	}
	const pending = pods
		.filter((p) => !p.spec.nodeName && !isTerminating(p) && p.status?.phase === 'Pending')
		.sort(
			(a, b) =>
				cmp(a.metadata.creationTimestamp, b.metadata.creationTimestamp) ||
				cmp(a.metadata.name, b.metadata.name)
		);
	for (const pod of pending) schedule(ctx, pod, nodes, usage);
}

function emptyUsage(): Usage {
	return { cpu: 0, memory: 0, pods: 0, owners: new Map() };
}

function addUsage(u: Usage | undefined, pod: Pod): void {
	if (!u) return;
	const r = podRequests(pod);
	u.cpu += r.cpu;
	u.memory += r.memory;
	u.pods += 1;
	const owner = controllerOf(pod)?.uid ?? '';
	u.owners.set(owner, (u.owners.get(owner) ?? 0) + 1);
}

function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs the filters for one node, stopping at the first that fails, as the framework does. */
export function filterNode(pod: Pod, node: Node, u: Usage): Verdict {
	const tolerations = (pod.spec.tolerations ?? []) as Toleration[];
	if (node.spec?.unschedulable) {
		const tolerated = tolerations.some(
			(t) =>
				(t.key === 'node.kubernetes.io/unschedulable' || (!t.key && t.operator === 'Exists')) &&
				(!t.effect || t.effect === 'NoSchedule')
		);
		if (!tolerated)
			return { ok: false, reasons: ['node(s) were unschedulable'], resolvable: false };
	}
	const taint = untoleratedTaint(node.spec?.taints, tolerations);
	if (taint)
		return {
			ok: false,
			reasons: [`node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`],
			resolvable: false
		};
	if (!matchesNode(pod, node))
		return {
			ok: false,
			reasons: ["node(s) didn't match Pod's node affinity/selector"],
			resolvable: false
		};
	const alloc = node.status?.allocatable ?? {};
	const r = podRequests(pod);
	const reasons: string[] = [];
	if (u.pods + 1 > (Number(alloc.pods) || 110)) reasons.push('Too many pods');
	if (r.cpu > 0 && u.cpu + r.cpu > parseCpu(alloc.cpu)) reasons.push('Insufficient cpu');
	if (r.memory > 0 && u.memory + r.memory > parseMemory(alloc.memory))
		reasons.push('Insufficient memory');
	return reasons.length ? { ok: false, reasons, resolvable: true } : { ok: true };
}

function matchesNode(pod: Pod, node: Node): boolean {
	const selector = pod.spec.nodeSelector;
	if (selector && Object.keys(selector).length && !matchesMap(selector, node.metadata.labels))
		return false;
	const terms = (pod.spec.affinity as AffinitySpec | undefined)?.nodeAffinity
		?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
	if (!terms?.length) return true;
	return terms.some((term) => termMatches(term, node));
}

interface Requirement {
	key: string;
	operator: string;
	values?: string[];
}
interface AffinitySpec {
	nodeAffinity?: {
		requiredDuringSchedulingIgnoredDuringExecution?: {
			nodeSelectorTerms?: { matchExpressions?: Requirement[]; matchFields?: Requirement[] }[];
		};
	};
}

function termMatches(
	term: { matchExpressions?: Requirement[]; matchFields?: Requirement[] },
	node: Node
): boolean {
	const labels = node.metadata.labels ?? {};
	const fields: Record<string, string> = { 'metadata.name': node.metadata.name };
	const check = (req: Requirement, set: Record<string, string>) => {
		const has = req.key in set;
		const values = req.values ?? [];
		switch (req.operator) {
			case 'In':
				return has && values.includes(set[req.key]);
			case 'NotIn':
				return !has || !values.includes(set[req.key]);
			case 'Exists':
				return has;
			case 'DoesNotExist':
				return !has;
			case 'Gt':
				return has && Number(set[req.key]) > Number(values[0]);
			case 'Lt':
				return has && Number(set[req.key]) < Number(values[0]);
			default:
				return false;
		}
	};
	return (
		(term.matchExpressions ?? []).every((r) => check(r, labels)) &&
		(term.matchFields ?? []).every((r) => check(r, fields))
	);
}

function schedule(ctx: Ctx, pod: Pod, nodes: Node[], usage: Map<string, Usage>): void {
	const feasible: Node[] = [];
	const failures: Verdict[] = [];
	for (const node of nodes) {
		const verdict = filterNode(pod, node, usage.get(node.metadata.name)!);
		if (verdict.ok) feasible.push(node);
		else failures.push(verdict);
	}
	if (!feasible.length) {
		unschedulable(ctx, pod, failureMessage(nodes.length, failures));
		return;
	}
	const owner = controllerOf(pod)?.uid ?? '';
	const score = (n: Node) => {
		const u = usage.get(n.metadata.name)!;
		const cpu = parseCpu(n.status?.allocatable?.cpu) || 1;
		return [u.owners.get(owner) ?? 0, u.cpu / cpu, u.pods];
	};
	const best = feasible
		.map((n) => ({ n, s: score(n) }))
		.sort(
			(a, b) =>
				a.s[0] - b.s[0] ||
				a.s[1] - b.s[1] ||
				a.s[2] - b.s[2] ||
				cmp(a.n.metadata.name, b.n.metadata.name)
		)[0].n;
	bind(ctx, pod, best);
	addUsage(usage.get(best.metadata.name), pod);
}

/** `0/5 nodes are available: 2 Insufficient cpu, 3 node(s) had untolerated taint {…}. preemption: …` */
export function failureMessage(total: number, failures: Verdict[]): string {
	if (total === 0) return 'no nodes available to schedule pods';
	const counts = new Map<string, number>();
	const preemption = new Map<string, number>();
	for (const f of failures) {
		if (f.ok) continue;
		for (const r of f.reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
		const p = f.resolvable
			? 'No preemption victims found for incoming pod'
			: 'Preemption is not helpful for scheduling';
		preemption.set(p, (preemption.get(p) ?? 0) + 1);
	}
	const list = (m: Map<string, number>) =>
		[...m]
			.map(([r, n]) => `${n} ${r}`)
			.sort()
			.join(', ');
	return `0/${total} nodes are available: ${list(counts)}. preemption: 0/${total} nodes are available: ${list(preemption)}.`;
}

function bind(ctx: Ctx, pod: Pod, node: Node): void {
	const scheduled = { type: 'PodScheduled', status: 'True' as const };
	const conditions = setCondition(pod.status?.conditions, scheduled, ctx.now).map((c) =>
		c.type === 'PodScheduled'
			? {
					type: c.type,
					status: c.status,
					lastProbeTime: null,
					lastTransitionTime: c.lastTransitionTime
				}
			: c
	);
	const bound = ctx.tx.put<Pod>({
		...pod,
		spec: { ...pod.spec, nodeName: node.metadata.name },
		status: { ...pod.status, conditions }
	});
	recordEvent(ctx.tx, {
		involved: bound,
		type: 'Normal',
		reason: 'Scheduled',
		message: `Successfully assigned ${pod.metadata.namespace}/${pod.metadata.name} to ${node.metadata.name}`,
		source: 'default-scheduler',
		now: ctx.now
	});
}

function unschedulable(ctx: Ctx, pod: Pod, message: string): void {
	const prev = condition(pod, 'PodScheduled');
	if (prev?.status === 'False' && prev.message === message) return;
	const cond = {
		type: 'PodScheduled',
		status: 'False' as const,
		lastProbeTime: null,
		reason: 'Unschedulable',
		message
	};
	const stored = ctx.tx.put<Pod>({
		...pod,
		status: { ...pod.status, conditions: setCondition(pod.status?.conditions, cond, ctx.now) }
	});
	recordEvent(ctx.tx, {
		involved: stored,
		type: 'Warning',
		reason: 'FailedScheduling',
		message,
		source: 'default-scheduler',
		now: ctx.now
	});
}
