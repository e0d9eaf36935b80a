/**
 * Pre-flights: the read-only command that shows whether the world is as the step assumes, the
 * output that means proceed, and the output that means STOP — as a sentence and as a predicate.
 * Every one is a targeted `get` (an object, pods by selector, a node and its pods and budgets),
 * never a sweep of the cluster.
 */
import type { Deployment, KubeObject, Node, Pod, World } from '../cluster/types';
import { matchesLabels, parseLabelSelector } from '../kubectl/selectors';
import { isReady } from '../scenario/predicate';
import type { StopCondition } from './schema';
import type { Reads } from './stop-reads';
import {
	listIn,
	objectOf,
	phraseOf,
	placeOf,
	podsRef,
	predicateRef,
	whereArgs,
	type Subject
} from './subject';

export interface Check {
	command: string;
	expect: string;
	stop: StopCondition;
	/** The objects a single `get` reads, so more of its namespace can join it. */
	reads?: Reads;
}

/** `kubectl <words> <where>`: the context flag only when the step is not in the current one. */
export function kubectl(words: string, s: Subject): string {
	const where = whereArgs(s);
	return `kubectl ${words}${where ? ` ${where}` : ''}`;
}

/** `2/2 pods ready` for anything with replicas; undefined for other objects. */
export function readiness(obj: KubeObject): string | undefined {
	const desired = (obj as Deployment).spec?.replicas;
	if (typeof desired !== 'number') return undefined;
	return `${obj.status?.readyReplicas ?? 0}/${desired} pods ready`;
}

/** The HorizontalPodAutoscaler whose scaleTargetRef is the subject, if any. */
export function hpaFor(world: World, s: Subject): KubeObject | undefined {
	if (!s.resource || s.namespace === undefined) return undefined;
	return listIn(world, s.context, 'horizontalpodautoscalers.autoscaling', s.namespace).find(
		(h) =>
			h.spec?.scaleTargetRef?.kind === s.resource!.kind && h.spec?.scaleTargetRef?.name === s.name
	);
}

function joinClauses(clauses: string[]): string {
	if (clauses.length <= 1) return clauses.join('');
	return `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
}

export interface ObjectCheckOptions {
	/** More of what the output must show (`its container api runs …`). */
	also?: string[];
	/** Read the HPA that targets the object too, and stop when one owns its replicas. */
	hpa?: boolean;
}

/** `kubectl get deploy/x -n ns -o wide` (and its HPA): the object exists, as it is now. */
export function objectCheck(world: World, s: Subject, options: ObjectCheckOptions = {}): Check {
	const obj = objectOf(world, s);
	const hpa = options.hpa ? hpaFor(world, s) : undefined;
	const refs = [`${s.typed}/${s.name}`, ...(hpa ? [`hpa/${hpa.metadata.name}`] : [])];
	const ready = obj ? readiness(obj) : undefined;
	const clauses = [
		`${phraseOf(s)} exists${placeOf(s)}${ready ? ` with ${ready}` : ''}`,
		...(obj ? (options.also ?? []) : [])
	];
	const missing = `missing ${predicateRef(s)}`;
	if (!hpa)
		return {
			command: kubectl(`get ${refs.join(' ')}`, s) + ' -o wide',
			reads: { subject: s, refs },
			expect: joinClauses(clauses),
			stop: { text: `${phraseOf(s)} does not exist${placeOf(s)}`, when: missing }
		};
	const hpaRef = predicateRef({ ...s, typed: 'hpa', resource: undefined, name: hpa.metadata.name });
	return {
		command: kubectl(`get ${refs.join(' ')}`, s) + ' -o wide',
		reads: { subject: s, refs },
		expect: joinClauses([...clauses, 'no HorizontalPodAutoscaler owns its replica count']),
		stop: {
			text: `${phraseOf(s)} does not exist${placeOf(s)}, or HorizontalPodAutoscaler ${hpa.metadata.name} owns its replicas and would undo a manual scale`,
			when: `${missing} or exists ${hpaRef}`
		}
	};
}

/** Pods of the subject's namespace that match its selector (none for a selector that does not parse). */
export function selectedPods(world: World, s: Subject): Pod[] {
	const pods = listIn<Pod>(world, s.context, 'pods', s.namespace);
	if (!s.selector) return pods;
	const parsed = parseLabelSelector(s.selector);
	if (!parsed.ok) return [];
	return pods.filter((p) => matchesLabels(parsed.value, p.metadata.labels));
}

/** `kubectl get pods -n ns -l sel -o wide`: the pods are there, how many are ready now. */
export function podsCheck(world: World, s: Subject): Check {
	const pods = selectedPods(world, s);
	const which = s.selector ? `pods matching ${s.selector}` : 'pods';
	const ready = pods.filter(isReady).length;
	const selector = s.selector ? ` -l ${s.selector}` : '';
	return {
		command: `${kubectl('get pods', s)}${selector} -o wide`,
		expect: `the ${which} are listed${placeOf(s)} (${pods.length} now, ${ready} of them ready)`,
		stop: {
			text: `no pod matches ${s.selector ?? 'in the namespace'}${placeOf(s)}`,
			when: `${podsRef(s)}{count} == 0`
		}
	};
}

/** Ready or NotReady (and SchedulingDisabled), as `kubectl get nodes` says it. */
export function nodeStatus(node: Node): string {
	const ready = node.status?.conditions?.find((c) => c.type === 'Ready')?.status;
	// kubectl shows NotReady for Unknown too (the kubelet stopped posting status).
	const status = ready === 'True' ? 'Ready' : 'NotReady';
	return node.spec?.unschedulable ? `${status},SchedulingDisabled` : status;
}

export type NodeMode = 'inspect' | 'cordon' | 'uncordon';

/** `kubectl get node X -o wide`: the node exists, cordoned or not as the step needs. */
export function nodeCheck(world: World, s: Subject, mode: NodeMode): Check {
	const node = objectOf(world, s) as Node | undefined;
	const now = node ? ` (${nodeStatus(node)} now)` : '';
	const wanted =
		mode === 'cordon'
			? ' and is not cordoned yet (no SchedulingDisabled)'
			: mode === 'uncordon'
				? ' and is cordoned (SchedulingDisabled)'
				: '';
	return {
		command: kubectl(`get node ${s.name}`, s) + ' -o wide',
		expect: `node ${s.name} exists on ${s.context}${now}${wanted}`,
		stop: {
			text: `node ${s.name} does not exist on ${s.context}`,
			when: `missing ${predicateRef(s)}`
		}
	};
}

/** Budgets (namespace, name) whose selector covers a pod on the node. */
export function budgetsOnNode(world: World, s: Subject): KubeObject[] {
	const pods = listIn<Pod>(world, s.context, 'pods').filter((p) => p.spec.nodeName === s.name);
	return listIn(world, s.context, 'poddisruptionbudgets.policy').filter((pdb) =>
		pods.some(
			(p) =>
				p.metadata.namespace === pdb.metadata.namespace &&
				matchesSelector(pdb.spec?.selector?.matchLabels, p.metadata.labels)
		)
	);
}

function matchesSelector(wanted: Record<string, string> | undefined, labels = {}): boolean {
	if (!wanted) return false;
	return Object.entries(wanted).every(([k, v]) => (labels as Record<string, string>)[k] === v);
}

/** The node's pods, and the budgets that guard them: the drain's pre-flight. */
export function drainCheck(world: World, s: Subject): Check {
	const pods = listIn<Pod>(world, s.context, 'pods').filter((p) => p.spec.nodeName === s.name);
	const budgets = budgetsOnNode(world, s);
	const ctx = s.otherContext ? ` --context ${s.context}` : '';
	const podsCmd = `kubectl get pods -A -o wide --field-selector spec.nodeName=${s.name}${ctx}`;
	const namespaces = [...new Set(budgets.map((b) => b.metadata.namespace!))];
	const pdbCmd =
		namespaces.length === 0
			? ''
			: ` && kubectl get pdb ${namespaces.length === 1 ? `-n ${namespaces[0]}` : '-A'}${ctx}`;
	const named = budgets.map((b) => `${b.metadata.namespace}/${b.metadata.name}`);
	const expect =
		`the ${pods.length} pods on node ${s.name} are the ones you expect to move` +
		(named.length
			? `, and PodDisruptionBudget ${named.join(', ')} allows at least 1 disruption`
			: '');
	const nodeRef = predicateRef(s);
	// With budgets, they are what can stop a drain; without, only a node that is not there.
	const stopWhen = [
		...(budgets.length === 0 ? [`missing ${nodeRef}`] : []),
		...budgets.map(
			(b) =>
				`${s.otherContext ? `${s.context}:` : ''}pdb/${b.metadata.name}@${b.metadata.namespace}{.status.disruptionsAllowed} == 0`
		)
	];
	return {
		command: podsCmd + pdbCmd,
		expect,
		stop: {
			text: named.length
				? `PodDisruptionBudget ${named.join(', ')} shows ALLOWED DISRUPTIONS 0: the drain would hang on evictions`
				: `node ${s.name} does not exist on ${s.context}`,
			when: stopWhen.join(' or ')
		}
	};
}

/** `kubectl config get-contexts`: the context to switch to is in the kubeconfig. */
export function contextCheck(world: World, target: string): Check {
	return {
		command: 'kubectl config get-contexts',
		expect: `context ${target} is listed (the current context is ${world.currentContext})`,
		stop: { text: `context ${target} is not in the kubeconfig` }
	};
}
