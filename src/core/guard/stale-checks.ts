/**
 * The checks behind `staleness`: each looks at the state through kubectl, as someone at the
 * terminal would, and returns the flag with the exact output lines that show it.
 */
import { REVISION_HISTORY } from '../cluster/controllers/template-hash';
import { resolveResourceType, resourceKey } from '../cluster/resources';
import { ClusterTx } from '../cluster/store';
import type { KubeObject, Node, World } from '../cluster/types';
import { clusterOf, findContext } from '../cluster/world';
import { podsForDeletion } from '../kubectl/mutate/drain-filter';
import {
	equalIgnoreHash,
	ownedReplicaSets,
	replicaSetAt,
	revisionOf
} from '../kubectl/mutate/revision';
import { runKubectl } from '../kubectl/run';

export interface StaleFlag {
	reason: string;
	evidence: string;
}

/** Where a check looks: the context (and whether the step named it), the namespace, a tx. */
export interface Place {
	world: World;
	now: number;
	context: string;
	contextGiven: boolean;
	namespace: string;
	tx?: ClusterTx;
}

export function place(world: World, now: number, context?: string, namespace?: string): Place {
	const ctx = context ?? world.currentContext;
	const cluster = clusterOf(world, ctx);
	return {
		world,
		now,
		context: ctx,
		contextGiven: context !== undefined,
		namespace: namespace ?? findContext(world, ctx)?.namespace ?? 'default',
		...(cluster && { tx: new ClusterTx(cluster) })
	};
}

/** kubectl's output for `argv` in this place (stdout, else stderr), trimmed. */
export function look(p: Place, argv: string[], namespaced = true): string {
	const full = [
		...argv,
		...(namespaced ? ['-n', p.namespace] : []),
		...(p.contextGiven ? ['--context', p.context] : [])
	];
	const r = runKubectl(p.world, full, p.now);
	return (r.stdout || r.stderr).trimEnd();
}

/** The header and the rows naming `name` (in the NAME column or the one after NAMESPACE). */
export function rows(output: string, name: string): string {
	const [header, ...body] = output.split('\n');
	const hits = body.filter((line) => line.split(/\s+/).slice(0, 2).includes(name));
	return [header, ...hits].join('\n');
}

export interface Located {
	obj?: KubeObject;
	key: string;
	kind: string;
	namespaced: boolean;
	flags: StaleFlag[];
}

/** Finds `type/name`; flags an unknown context, a missing object, or one in another namespace. */
export function locate(p: Place, typed: string, name: string): Located {
	const r = resolveResourceType(typed);
	const key = r ? resourceKey(r) : typed;
	const kind = r?.singularName ?? typed;
	const namespaced = r?.namespaced ?? true;
	const base = { key, kind, namespaced };
	if (!p.tx) {
		const evidence = look(p, ['get', kind, name], namespaced);
		return {
			...base,
			flags: [{ reason: `context ${p.context} is not in the kubeconfig`, evidence }]
		};
	}
	const obj = p.tx.get(key, namespaced ? p.namespace : '', name);
	if (obj) return { ...base, obj, flags: [] };
	const notFound = look(p, ['get', kind, name], namespaced);
	const where = namespaced ? ` in namespace ${p.namespace}` : '';
	const elsewhere = namespaced
		? p.tx.namespacesOf(key).filter((ns) => p.tx!.get(key, ns, name))
		: [];
	if (elsewhere.length === 0)
		return {
			...base,
			flags: [{ reason: `${kind} ${name} not found${where}`, evidence: notFound }]
		};
	const all = rows(look(p, ['get', kind, '-A'], false), name);
	const list = elsewhere.join(', ');
	return {
		...base,
		flags: [
			{
				reason: `${kind} ${name} is not in namespace ${p.namespace} but in namespace ${list} on ${p.context}`,
				evidence: `${notFound}\n${all}`
			}
		]
	};
}

export function scaleFlags(p: Place, loc: Located, replicas: number): StaleFlag[] {
	const obj = loc.obj!;
	const name = obj.metadata.name;
	const out: StaleFlag[] = [];
	if ((obj.spec?.replicas ?? 1) === replicas)
		out.push({
			reason: `${loc.kind} ${name} already has ${replicas} replicas`,
			evidence: rows(look(p, ['get', loc.kind, name]), name)
		});
	const hpa = p
		.tx!.list('horizontalpodautoscalers.autoscaling', p.namespace)
		.find(
			(h) => h.spec?.scaleTargetRef?.kind === obj.kind && h.spec?.scaleTargetRef?.name === name
		);
	if (hpa)
		out.push({
			reason: `the HorizontalPodAutoscaler ${hpa.metadata.name} owns the replicas of ${loc.kind} ${name} (min ${hpa.spec.minReplicas ?? 1}, max ${hpa.spec.maxReplicas}): it undoes a manual scale at its next sync`,
			evidence: look(p, ['get', 'hpa', hpa.metadata.name])
		});
	return out;
}

export function imageFlags(p: Place, loc: Located, container: string, image: string): StaleFlag[] {
	const obj = loc.obj!;
	const name = obj.metadata.name;
	const spec = obj.spec?.template?.spec ?? obj.spec ?? {};
	const all: { name: string; image: string }[] = [
		...(spec.initContainers ?? []),
		...(spec.containers ?? [])
	];
	const c = all.find((x) => x.name === container);
	const evidence = () => rows(look(p, ['get', loc.kind, name, '-o', 'wide']), name);
	if (!c)
		return [
			{
				reason: `${loc.kind} ${name} has no container ${container} (it has ${all.map((x) => x.name).join(', ')})`,
				evidence: evidence()
			}
		];
	if (c.image === image)
		return [{ reason: `the image of ${container} is already ${image}`, evidence: evidence() }];
	return [];
}

export function undoFlags(p: Place, loc: Located, toRevision?: number): StaleFlag[] {
	const d = loc.obj!;
	const name = d.metadata.name;
	if (d.kind !== 'Deployment') return [];
	const history = () => look(p, ['rollout', 'history', `deployment/${name}`]);
	const rss = ownedReplicaSets(p.tx!, d);
	const target = replicaSetAt(rss, toRevision ?? 0);
	const current = rss.find((rs) => equalIgnoreHash(rs.spec.template, d.spec.template));
	const reused = current?.metadata.annotations?.[REVISION_HISTORY];
	if (!target && toRevision && reused?.split(',').includes(String(toRevision)))
		return [
			{
				reason: `already rolled back: deployment ${name}'s current template equals revision ${toRevision} (now revision ${revisionOf(current!)})`,
				evidence: history()
			}
		];
	if (!target) {
		const reason = toRevision
			? `revision ${toRevision} of deployment ${name} is not in its history`
			: `deployment ${name} has no previous revision to roll back to`;
		return [{ reason, evidence: history() }];
	}
	const to = revisionOf(target);
	if (equalIgnoreHash(target.spec.template, d.spec.template))
		return [
			{
				reason: `already rolled back: deployment ${name}'s current template equals revision ${to}`,
				evidence: history()
			}
		];
	if (current && reused)
		return [
			{
				reason: `already rolled back: revision ${revisionOf(current)} of deployment ${name} brings back revision ${reused}; an undo now goes back to revision ${to}`,
				evidence: history()
			}
		];
	return [];
}

export function nodeFlags(
	p: Place,
	loc: Located,
	verb: 'cordon' | 'uncordon' | 'drain'
): StaleFlag[] {
	const node = loc.obj as Node;
	const name = node.metadata.name;
	const cordoned = node.spec.unschedulable === true;
	const evidence = () => look(p, ['get', 'node', name], false);
	if (verb === 'uncordon')
		return cordoned
			? []
			: [{ reason: `node ${name} is already schedulable (not cordoned)`, evidence: evidence() }];
	if (!cordoned) return [];
	if (verb === 'cordon') return [{ reason: `node ${name} already cordoned`, evidence: evidence() }];
	const left = podsForDeletion(p.tx!, name, {
		ignoreDaemonSets: true,
		deleteEmptyDirData: true,
		force: true,
		podSelector: ''
	});
	const empty = !('error' in left) && left.pods.length === 0;
	const reason = empty
		? `node ${name} already drained: cordoned, with no pods left to evict`
		: `node ${name} already cordoned`;
	return [{ reason, evidence: evidence() }];
}

export function metadataFlags(
	p: Place,
	loc: Located,
	field: 'labels' | 'annotations',
	set: Record<string, string | null>
): StaleFlag[] {
	const have = loc.obj!.metadata[field] ?? {};
	const name = loc.obj!.metadata.name;
	const done = Object.entries(set).every(([k, v]) => (v === null ? !(k in have) : have[k] === v));
	if (!done || Object.keys(set).length === 0) return [];
	const shown = Object.entries(set).map(([k, v]) => (v === null ? `${k} removed` : `${k}=${v}`));
	const argv =
		field === 'labels'
			? ['get', loc.kind, name, '--show-labels']
			: ['get', loc.kind, name, '-o', 'jsonpath={.metadata.annotations}'];
	const out = look(p, argv, loc.namespaced);
	return [
		{
			reason: `${field} already as requested on ${loc.kind} ${name}: ${shown.join(', ')}`,
			evidence: field === 'labels' ? rows(out, name) : out
		}
	];
}
