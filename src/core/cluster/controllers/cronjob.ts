/**
 * The CronJob controller: creates a Job `<cronjob>-<minutes since epoch>` at each scheduled time
 * (only the latest missed one, as with a short startingDeadline), records lastScheduleTime and
 * lastSuccessfulTime, and trims finished Jobs beyond the history limits.
 */
import { jobDefaults } from '../build-defaults';
import { recordEvent } from '../events';
import type { KubeObject } from '../types';
import { parseTimestamp, timestamp } from '../world';
import { KEYS, type Ctx } from './context';
import { nextRun, parseCron } from './cron';
import { condition, isControlledBy, ownerRef, putIfChanged } from './pods';

export function runCronJobs(ctx: Ctx): void {
	for (const cj of ctx.tx.list(KEYS.cronjobs)) syncCronJob(ctx, cj);
}

function syncCronJob(ctx: Ctx, cj: KubeObject): void {
	const schedule = parseCron(String(cj.spec?.schedule ?? ''));
	if (!schedule) return;
	const last = cj.status?.lastScheduleTime ?? cj.metadata.creationTimestamp;
	let due: number | undefined;
	for (
		let t = nextRun(schedule, parseTimestamp(last));
		t !== undefined && t <= ctx.now;
		t = nextRun(schedule, t)
	)
		due = t;
	const next = nextRun(schedule, due ?? parseTimestamp(last));
	if (next !== undefined) ctx.wake(next);
	let status = { ...(cj.status ?? {}) };
	const ns = cj.metadata.namespace ?? 'default';
	if (due !== undefined && !cj.spec?.suspend) {
		const job = createJob(ctx, cj, due);
		status.lastScheduleTime = timestamp(due);
		status.active = [
			...(status.active ?? []),
			{
				kind: 'Job',
				namespace: ns,
				name: job.metadata.name,
				uid: job.metadata.uid,
				apiVersion: 'batch/v1',
				resourceVersion: job.metadata.resourceVersion
			}
		];
	}
	const jobs = ctx.tx.list(KEYS.jobs, ns).filter((j) => isControlledBy(j, cj));
	const done = (j: KubeObject, t: string) => condition(j, t)?.status === 'True';
	status.active = jobs
		.filter((j) => !done(j, 'Complete') && !done(j, 'Failed'))
		.map((j) => ({
			kind: 'Job',
			namespace: ns,
			name: j.metadata.name,
			uid: j.metadata.uid,
			apiVersion: 'batch/v1',
			resourceVersion: j.metadata.resourceVersion
		}));
	if (!status.active.length) delete status.active;
	const succeeded = jobs.filter((j) => done(j, 'Complete'));
	const latest = succeeded
		.map((j) => j.status?.completionTime as string)
		.sort()
		.pop();
	if (latest) status.lastSuccessfulTime = latest;
	trim(ctx, cj, succeeded, cj.spec?.successfulJobsHistoryLimit ?? 3);
	trim(
		ctx,
		cj,
		jobs.filter((j) => done(j, 'Failed')),
		cj.spec?.failedJobsHistoryLimit ?? 1
	);
	status = Object.keys(status).length ? status : {};
	putIfChanged(ctx.tx, cj, { ...cj, status });
}

function createJob(ctx: Ctx, cj: KubeObject, at: number): KubeObject {
	const name = `${cj.metadata.name}-${Math.floor(at / 60_000)}`;
	const template = cj.spec.jobTemplate ?? {};
	const job: KubeObject = {
		apiVersion: 'batch/v1',
		kind: 'Job',
		metadata: {
			name,
			namespace: cj.metadata.namespace,
			uid: ctx.tx.uid(),
			resourceVersion: '',
			generation: 1,
			creationTimestamp: timestamp(ctx.now),
			labels: { ...(template.metadata?.labels ?? {}) },
			annotations: {
				'batch.kubernetes.io/cronjob-scheduled-timestamp': new Date(at)
					.toISOString()
					.replace('.000Z', 'Z'),
				...(template.metadata?.annotations ?? {})
			},
			ownerReferences: [ownerRef(cj)]
		},
		spec: { ...template.spec }
	};
	const stored = ctx.tx.put(jobDefaults(job));
	recordEvent(ctx.tx, {
		involved: cj,
		type: 'Normal',
		reason: 'SuccessfulCreate',
		message: `Created job ${name}`,
		source: 'cronjob-controller',
		now: ctx.now
	});
	return stored;
}

function trim(ctx: Ctx, cj: KubeObject, jobs: KubeObject[], limit: number): void {
	const oldest = [...jobs].sort((a, b) =>
		a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : 1
	);
	// The controller trims as soon as the newest Job finishes, not when this pass happens to run.
	const finishedAt = oldest
		.map((j) => j.status?.completionTime as string | undefined)
		.filter((t): t is string => !!t)
		.sort()
		.pop();
	const at = finishedAt ? Math.min(ctx.now, parseTimestamp(finishedAt)) : ctx.now;
	for (const job of oldest.slice(0, Math.max(0, oldest.length - limit))) {
		ctx.tx.delete(KEYS.jobs, job.metadata.namespace ?? '', job.metadata.name);
		recordEvent(ctx.tx, {
			involved: cj,
			type: 'Normal',
			reason: 'SuccessfulDelete',
			message: `Deleted job ${job.metadata.name}`,
			source: 'cronjob-controller',
			now: at
		});
	}
}
