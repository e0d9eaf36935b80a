/** Describers for the pod controllers: Deployment, ReplicaSet, StatefulSet, DaemonSet. */
import { formatSelector, matchesSelector } from '../../cluster/labels';
import type { Deployment, KubeObject, Pod, ReplicaSet } from '../../cluster/types';
import { podTemplateBlock } from './containers';
import {
	PrefixWriter,
	annotationsBlock,
	controller,
	eventsBlock,
	labelsBlock,
	nameBlock,
	rfc1123z,
	type DescribeContext
} from './writer';

/* eslint-disable @typescript-eslint/no-explicit-any -- open API shapes */

/** `Pods Status:` counts of the pods this controller owns (by selector and owner uid). */
export function podCounts(obj: KubeObject, ctx: DescribeContext): string {
	const pods = ctx
		.list('pods', obj.metadata.namespace)
		.filter(
			(p) =>
				matchesSelector(obj.spec?.selector, p.metadata.labels) &&
				p.metadata.ownerReferences?.some((r) => r.uid === obj.metadata.uid)
		) as Pod[];
	const n = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
	return `${n('Running')} Running / ${n('Pending')} Waiting / ${n('Succeeded')} Succeeded / ${n('Failed')} Failed`;
}

function conditionsBlock(w: PrefixWriter, conditions: any[] | undefined): void {
	if (!conditions?.length) return;
	w.write(0, 'Conditions:\n  Type\tStatus\tReason\n');
	w.write(1, '----\t------\t------\n');
	for (const c of conditions) w.write(1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
}

const intOrPercent = (v: unknown, dflt: string) => (v === undefined ? dflt : String(v));

function rsList(list: ReplicaSet[]): string {
	if (list.length === 0) return '<none>';
	return list
		.map(
			(rs) =>
				`${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec.replicas ?? 0} replicas created)`
		)
		.join(', ');
}

const revision = (o: KubeObject) =>
	Number(o.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);

export function describeDeployment(obj: KubeObject, ctx: DescribeContext): string {
	const d = obj as Deployment;
	const w = new PrefixWriter();
	nameBlock(w, d);
	w.write(0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
	labelsBlock(w, 'Labels', d.metadata.labels);
	annotationsBlock(w, 'Annotations', d.metadata.annotations);
	w.write(0, `Selector:\t${formatSelector(d.spec.selector)}\n`);
	const s = d.status ?? {};
	w.write(
		0,
		`Replicas:\t${d.spec.replicas ?? 1} desired | ${s.updatedReplicas ?? 0} updated | ${s.replicas ?? 0} total | ${s.availableReplicas ?? 0} available | ${s.unavailableReplicas ?? 0} unavailable\n`
	);
	const strategy = d.spec.strategy?.type ?? 'RollingUpdate';
	w.write(0, `StrategyType:\t${strategy}\n`);
	w.write(0, `MinReadySeconds:\t${d.spec.minReadySeconds ?? 0}\n`);
	if (strategy === 'RollingUpdate') {
		const ru = d.spec.strategy?.rollingUpdate ?? {};
		w.write(
			0,
			`RollingUpdateStrategy:\t${intOrPercent(ru.maxUnavailable, '25%')} max unavailable, ${intOrPercent(ru.maxSurge, '25%')} max surge\n`
		);
	}
	podTemplateBlock(w, d.spec.template);
	conditionsBlock(w, s.conditions);
	const owned = (ctx.list('replicasets.apps', d.metadata.namespace) as ReplicaSet[]).filter((rs) =>
		rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid)
	);
	const current = revision(d);
	const newest =
		owned.find((rs) => revision(rs) === current) ??
		[...owned].sort((a, b) => revision(b) - revision(a))[0];
	const old = owned.filter((rs) => rs !== newest && (rs.spec.replicas ?? 0) !== 0);
	w.write(0, `OldReplicaSets:\t${rsList(old)}\n`);
	w.write(0, `NewReplicaSet:\t${rsList(newest ? [newest] : [])}\n`);
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}

export function describeReplicaSet(obj: KubeObject, ctx: DescribeContext): string {
	const rs = obj as ReplicaSet;
	const w = new PrefixWriter();
	nameBlock(w, rs);
	w.write(0, `Selector:\t${formatSelector(rs.spec.selector)}\n`);
	labelsBlock(w, 'Labels', rs.metadata.labels);
	annotationsBlock(w, 'Annotations', rs.metadata.annotations);
	const owner = controller(rs);
	if (owner) w.write(0, `Controlled By:\t${owner}\n`);
	w.write(0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec.replicas ?? 1} desired\n`);
	w.write(0, `Pods Status:\t${podCounts(rs, ctx)}\n`);
	podTemplateBlock(w, rs.spec.template);
	conditionsBlock(w, (rs.status as any)?.conditions);
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}

export function describeStatefulSet(obj: KubeObject, ctx: DescribeContext): string {
	const ss = obj;
	const w = new PrefixWriter();
	nameBlock(w, ss);
	w.write(0, `CreationTimestamp:\t${rfc1123z(ss.metadata.creationTimestamp)}\n`);
	w.write(0, `Selector:\t${formatSelector(ss.spec.selector)}\n`);
	labelsBlock(w, 'Labels', ss.metadata.labels);
	annotationsBlock(w, 'Annotations', ss.metadata.annotations);
	w.write(0, `Replicas:\t${ss.spec.replicas ?? 1} desired | ${ss.status?.replicas ?? 0} total\n`);
	const strategy = ss.spec.updateStrategy?.type ?? 'RollingUpdate';
	w.write(0, `Update Strategy:\t${strategy}\n`);
	if (strategy === 'RollingUpdate')
		w.write(1, `Partition:\t${ss.spec.updateStrategy?.rollingUpdate?.partition ?? 0}\n`);
	w.write(0, `Pods Status:\t${podCounts(ss, ctx)}\n`);
	podTemplateBlock(w, ss.spec.template);
	const claims: any[] = ss.spec.volumeClaimTemplates ?? [];
	if (claims.length === 0) w.write(0, 'Volume Claims:\t<none>\n');
	else {
		w.write(0, 'Volume Claims:\n');
		for (const pvc of claims) {
			w.write(1, `Name:\t${pvc.metadata?.name}\n`);
			w.write(1, `StorageClass:\t${pvc.spec?.storageClassName ?? ''}\n`);
			labelsBlock(w, '  Labels', pvc.metadata?.labels);
			labelsBlock(w, '  Annotations', pvc.metadata?.annotations);
			w.write(1, `Capacity:\t${pvc.spec?.resources?.requests?.storage ?? '<default>'}\n`);
			w.write(1, `Access Modes:\t[${(pvc.spec?.accessModes ?? []).join(' ')}]\n`);
		}
	}
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}

export function describeDaemonSet(obj: KubeObject, ctx: DescribeContext): string {
	const ds = obj;
	const s = ds.status ?? {};
	const w = new PrefixWriter();
	nameBlock(w, ds);
	w.write(0, `Selector:\t${formatSelector(ds.spec.selector)}\n`);
	const nodeSel = Object.entries(ds.spec.template?.spec?.nodeSelector ?? {})
		.sort()
		.map(([k, v]) => `${k}=${v}`);
	w.write(0, `Node-Selector:\t${nodeSel.join(',') || '<none>'}\n`);
	labelsBlock(w, 'Labels', ds.metadata.labels);
	annotationsBlock(w, 'Annotations', ds.metadata.annotations);
	w.write(0, `Desired Number of Nodes Scheduled: ${s.desiredNumberScheduled ?? 0}\n`);
	w.write(0, `Current Number of Nodes Scheduled: ${s.currentNumberScheduled ?? 0}\n`);
	w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${s.updatedNumberScheduled ?? 0}\n`);
	w.write(0, `Number of Nodes Scheduled with Available Pods: ${s.numberAvailable ?? 0}\n`);
	w.write(0, `Number of Nodes Misscheduled: ${s.numberMisscheduled ?? 0}\n`);
	w.write(0, `Pods Status:\t${podCounts(ds, ctx)}\n`);
	podTemplateBlock(w, ds.spec.template);
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}
