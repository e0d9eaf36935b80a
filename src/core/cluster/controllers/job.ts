/**
 * The Job controller: runs up to `parallelism` pods at a time until `completions` succeed (pods
 * finish after `preflight.dev/run-duration`, see faults.ts), or gives up after `backoffLimit`
 * failures; status and Complete / Failed conditions as `kubectl get jobs` reads them.
 */
import { recordEvent } from '../events';
import type { KubeObject, Pod } from '../types';
import { parseTimestamp, timestamp } from '../world';
import { KEYS, type Ctx } from './context';
import {
	condition,
	isControlledBy,
	isTerminating,
	newPod,
	putIfChanged,
	setCondition
} from './pods';
import { podName } from './replicaset';

export function runJobs(ctx: Ctx): void {
	for (const job of ctx.tx.list(KEYS.jobs)) {
		if (job.metadata.deletionTimestamp || job.spec?.suspend) continue;
		syncJob(ctx, job);
	}
}

function finished(job: KubeObject): boolean {
	return ['Complete', 'Failed'].some((t) => condition(job, t)?.status === 'True');
}

function syncJob(ctx: Ctx, job: KubeObject): void {
	const ns = job.metadata.namespace ?? 'default';
	const pods = ctx.tx.list<Pod>(KEYS.pods, ns).filter((p) => isControlledBy(p, job));
	const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
	const failed = pods.filter((p) => p.status?.phase === 'Failed').length;
	const active = pods.filter(
		(p) => !isTerminating(p) && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed'
	);
	const completions: number = job.spec?.completions ?? 1;
	const parallelism: number = job.spec?.parallelism ?? 1;
	const backoffLimit: number = job.spec?.backoffLimit ?? 6;
	let status = { ...(job.status ?? {}) };
	let conditions = status.conditions;
	if (!finished(job)) {
		if (succeeded >= completions) {
			const at = finishedAt(
				pods.filter((p) => p.status?.phase === 'Succeeded'),
				ctx.now
			);
			conditions = setCondition(
				conditions,
				{
					type: 'SuccessCriteriaMet',
					status: 'True',
					reason: 'CompletionsReached',
					message: 'Reached expected number of succeeded pods',
					lastProbeTime: timestamp(at)
				},
				at
			);
			conditions = setCondition(
				conditions,
				{
					type: 'Complete',
					status: 'True',
					reason: 'CompletionsReached',
					message: 'Reached expected number of succeeded pods',
					lastProbeTime: timestamp(at)
				},
				at
			);
			status.completionTime = timestamp(at);
			recordEvent(ctx.tx, {
				involved: job,
				type: 'Normal',
				reason: 'Completed',
				message: 'Job completed',
				source: 'job-controller',
				now: at
			});
		} else if (failed > backoffLimit) {
			const at = finishedAt(
				pods.filter((p) => p.status?.phase === 'Failed'),
				ctx.now
			);
			const message = 'Job has reached the specified backoff limit';
			conditions = setCondition(
				conditions,
				{
					type: 'FailureTarget',
					status: 'True',
					reason: 'BackoffLimitExceeded',
					message,
					lastProbeTime: timestamp(at)
				},
				at
			);
			conditions = setCondition(
				conditions,
				{
					type: 'Failed',
					status: 'True',
					reason: 'BackoffLimitExceeded',
					message,
					lastProbeTime: timestamp(at)
				},
				at
			);
			recordEvent(ctx.tx, {
				involved: job,
				type: 'Warning',
				reason: 'BackoffLimitExceeded',
				message,
				source: 'job-controller',
				now: at
			});
		} else {
			const want = Math.min(parallelism, completions - succeeded) - active.length;
			for (let i = 0; i < want; i++) createPod(ctx, job);
		}
	}
	const live = ctx.tx
		.list<Pod>(KEYS.pods, ns)
		.filter(
			(p) =>
				isControlledBy(p, job) &&
				!isTerminating(p) &&
				p.status?.phase !== 'Succeeded' &&
				p.status?.phase !== 'Failed'
		);
	status = {
		...status,
		...(conditions ? { conditions } : {}),
		startTime: status.startTime ?? timestamp(ctx.now),
		active: live.length,
		succeeded,
		failed,
		ready: live.filter((p) => condition(p, 'Ready')?.status === 'True').length,
		terminating: 0,
		uncountedTerminatedPods: {}
	};
	for (const k of ['active', 'succeeded', 'failed'] as const) if (!status[k]) delete status[k];
	putIfChanged(ctx.tx, job, { ...job, status });
}

/** When the last of these pods finished (its containers' finishedAt), at most `now`. */
export function finishedAt(pods: Pod[], now: number): number {
	let latest = -Infinity;
	for (const p of pods)
		for (const c of p.status?.containerStatuses ?? []) {
			const t = c.state?.terminated?.finishedAt;
			if (t) latest = Math.max(latest, parseTimestamp(t));
		}
	return Number.isFinite(latest) ? Math.min(latest, now) : now;
}

function createPod(ctx: Ctx, job: KubeObject): void {
	const ns = job.metadata.namespace ?? 'default';
	const name = podName(ctx, ns, `${job.metadata.name}-`);
	const uid = job.metadata.uid;
	const labels = {
		'batch.kubernetes.io/controller-uid': uid,
		'batch.kubernetes.io/job-name': job.metadata.name,
		'controller-uid': uid,
		'job-name': job.metadata.name
	};
	ctx.tx.put(
		newPod(ctx.tx, {
			owner: job,
			template: job.spec.template,
			name,
			generateName: `${job.metadata.name}-`,
			now: ctx.now,
			labels
		})
	);
	recordEvent(ctx.tx, {
		involved: job,
		type: 'Normal',
		reason: 'SuccessfulCreate',
		message: `Created pod: ${name}`,
		source: 'job-controller',
		now: ctx.now
	});
}
