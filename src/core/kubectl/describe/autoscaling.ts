/** `kubectl describe hpa` (autoscaling/v2) and `describe pdb`. */
import { formatSelector } from '../../cluster/labels';
import type { KubeObject } from '../../cluster/types';
import {
	PrefixWriter,
	eventsBlock,
	nameBlock,
	rfc1123z,
	metaBlock,
	type DescribeContext
} from './writer';

/* eslint-disable @typescript-eslint/no-explicit-any -- open API shapes */

function metricLine(w: PrefixWriter, metric: any, current: any): void {
	if (metric.type !== 'Resource' || !metric.resource) return;
	const r = metric.resource;
	if (r.target?.averageValue !== undefined) {
		const now = current?.resource?.current?.averageValue ?? '<unknown>';
		return w.write(1, `resource ${r.name} on pods:\t${now} / ${r.target.averageValue}\n`);
	}
	const c = current?.resource?.current;
	const now =
		c?.averageUtilization !== undefined
			? `${c.averageUtilization}% (${c.averageValue ?? '0'})`
			: '<unknown>';
	const target =
		r.target?.averageUtilization !== undefined ? `${r.target.averageUtilization}%` : '<auto>';
	w.write(1, `resource ${r.name} on pods  (as a percentage of request):\t${now} / ${target}\n`);
}

export function describeHpa(obj: KubeObject, ctx: DescribeContext): string {
	const { spec = {}, status = {} } = obj;
	const w = new PrefixWriter();
	metaBlock(w, obj);
	w.write(0, `CreationTimestamp:\t${rfc1123z(obj.metadata.creationTimestamp)}\n`);
	const ref = spec.scaleTargetRef ?? {};
	w.write(0, `Reference:\t${ref.kind}/${ref.name}\n`);
	w.write(0, 'Metrics:\t( current / target )\n');
	(spec.metrics ?? []).forEach((m: any, i: number) => metricLine(w, m, status.currentMetrics?.[i]));
	w.write(0, `Min replicas:\t${spec.minReplicas ?? '<unset>'}\n`);
	w.write(0, `Max replicas:\t${spec.maxReplicas}\n`);
	w.write(0, `${ref.kind} pods:\t`);
	w.write(0, `${status.currentReplicas ?? 0} current / ${status.desiredReplicas ?? 0} desired\n`);
	if (status.conditions?.length) {
		w.write(0, 'Conditions:\n');
		w.write(1, 'Type\tStatus\tReason\tMessage\n');
		w.write(1, '----\t------\t------\t-------\n');
		for (const c of status.conditions)
			w.write(1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
	}
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}

export function describePdb(obj: KubeObject, ctx: DescribeContext): string {
	const { spec = {}, status = {} } = obj;
	const w = new PrefixWriter();
	nameBlock(w, obj);
	if (spec.minAvailable !== undefined) w.write(0, `Min available:\t${spec.minAvailable}\n`);
	else if (spec.maxUnavailable !== undefined)
		w.write(0, `Max unavailable:\t${spec.maxUnavailable}\n`);
	w.write(0, `Selector:\t${spec.selector ? formatSelector(spec.selector) : '<unset>'}\n`);
	w.write(0, 'Status:\n');
	w.write(2, `Allowed disruptions:\t${status.disruptionsAllowed ?? 0}\n`);
	w.write(2, `Current:\t${status.currentHealthy ?? 0}\n`);
	w.write(2, `Desired:\t${status.desiredHealthy ?? 0}\n`);
	w.write(2, `Total:\t${status.expectedPods ?? 0}\n`);
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}
