/** `kubectl describe job` and `describe cronjob`. */
import { formatSelector } from '../../cluster/labels';
import type { KubeObject } from '../../cluster/types';
import { humanDuration } from '../printers/age';
import { podTemplateBlock } from './containers';
import {
	PrefixWriter,
	annotationsBlock,
	controller,
	eventsBlock,
	labelsBlock,
	nameBlock,
	rfc1123z,
	metaBlock,
	type DescribeContext
} from './writer';

export function describeJob(obj: KubeObject, ctx: DescribeContext): string {
	const { spec = {}, status = {} } = obj;
	const w = new PrefixWriter();
	nameBlock(w, obj);
	w.write(0, `Selector:\t${formatSelector(spec.selector)}\n`);
	labelsBlock(w, 'Labels', obj.metadata.labels);
	annotationsBlock(w, 'Annotations', obj.metadata.annotations);
	const owner = controller(obj);
	if (owner) w.write(0, `Controlled By:\t${owner}\n`);
	if (spec.parallelism !== undefined) w.write(0, `Parallelism:\t${spec.parallelism}\n`);
	w.write(0, `Completions:\t${spec.completions ?? '<unset>'}\n`);
	if (spec.completionMode) w.write(0, `Completion Mode:\t${spec.completionMode}\n`);
	if (spec.suspend !== undefined) w.write(0, `Suspend:\t${spec.suspend}\n`);
	if (spec.backoffLimit !== undefined) w.write(0, `Backoff Limit:\t${spec.backoffLimit}\n`);
	if (spec.ttlSecondsAfterFinished !== undefined) {
		w.write(0, `TTL Seconds After Finished:\t${spec.ttlSecondsAfterFinished}\n`);
	}
	if (status.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
	if (status.completionTime) w.write(0, `Completed At:\t${rfc1123z(status.completionTime)}\n`);
	if (status.startTime && status.completionTime) {
		w.write(
			0,
			`Duration:\t${humanDuration(Date.parse(status.completionTime) - Date.parse(status.startTime))}\n`
		);
	}
	if (spec.activeDeadlineSeconds !== undefined)
		w.write(0, `Active Deadline Seconds:\t${spec.activeDeadlineSeconds}s\n`);
	const counts = `${status.succeeded ?? 0} Succeeded / ${status.failed ?? 0} Failed`;
	w.write(
		0,
		status.ready === undefined
			? `Pods Statuses:\t${status.active ?? 0} Active / ${counts}\n`
			: `Pods Statuses:\t${status.active ?? 0} Active (${status.ready} Ready) / ${counts}\n`
	);
	podTemplateBlock(w, spec.template);
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}

export function describeCronJob(obj: KubeObject, ctx: DescribeContext): string {
	const { spec = {}, status = {} } = obj;
	const w = new PrefixWriter();
	metaBlock(w, obj);
	w.write(0, `Schedule:\t${spec.schedule}\n`);
	w.write(0, `Concurrency Policy:\t${spec.concurrencyPolicy ?? 'Allow'}\n`);
	w.write(
		0,
		`Suspend:\t${spec.suspend === undefined ? '<unset>' : spec.suspend ? 'True' : 'False'}\n`
	);
	w.write(0, `Successful Job History Limit:\t${spec.successfulJobsHistoryLimit ?? '<unset>'}\n`);
	w.write(0, `Failed Job History Limit:\t${spec.failedJobsHistoryLimit ?? '<unset>'}\n`);
	w.write(
		0,
		`Starting Deadline Seconds:\t${spec.startingDeadlineSeconds === undefined ? '<unset>' : `${spec.startingDeadlineSeconds}s`}\n`
	);
	const job = spec.jobTemplate?.spec ?? {};
	w.write(0, `Selector:\t${job.selector ? formatSelector(job.selector) : '<unset>'}\n`);
	w.write(0, `Parallelism:\t${job.parallelism ?? '<unset>'}\n`);
	w.write(0, `Completions:\t${job.completions ?? '<unset>'}\n`);
	if (job.activeDeadlineSeconds !== undefined)
		w.write(0, `Active Deadline Seconds:\t${job.activeDeadlineSeconds}s\n`);
	podTemplateBlock(w, job.template);
	w.write(
		0,
		`Last Schedule Time:\t${status.lastScheduleTime ? rfc1123z(status.lastScheduleTime) : '<unset>'}\n`
	);
	const active: { name: string }[] = status.active ?? [];
	w.write(0, 'Active Jobs:\t');
	w.line(active.length ? active.map((j) => j.name).join(', ') : '<none>');
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}
