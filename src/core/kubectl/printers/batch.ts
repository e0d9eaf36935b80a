/** Job and CronJob rows (printers.go). */
import { formatSelector } from '../../cluster/labels';
import type { KubeObject } from '../../cluster/types';
import { age, humanDuration } from './age';
import { containersAndImages } from './workloads';
import type { KindPrinter } from './types';

function hasCondition(job: KubeObject, type: string): boolean {
	return (job.status?.conditions ?? []).some(
		(c: { type: string; status: string }) => c.type === type && c.status === 'True'
	);
}

export function jobStatus(job: KubeObject): string {
	if (hasCondition(job, 'Complete')) return 'Complete';
	if (hasCondition(job, 'Failed')) return 'Failed';
	if (job.metadata.deletionTimestamp) return 'Terminating';
	if (hasCondition(job, 'Suspended')) return 'Suspended';
	if (hasCondition(job, 'FailureTarget')) return 'FailureTarget';
	if (hasCondition(job, 'SuccessCriteriaMet')) return 'SuccessCriteriaMet';
	return 'Running';
}

function completions(job: KubeObject): string {
	const ok = job.status?.succeeded ?? 0;
	if (job.spec?.completions !== undefined && job.spec.completions !== null)
		return `${ok}/${job.spec.completions}`;
	const p = job.spec?.parallelism;
	return p > 1 ? `${ok}/1 of ${p}` : `${ok}/1`;
}

function duration(job: KubeObject, now: number): string {
	const start = job.status?.startTime;
	if (!start) return '';
	const end = job.status?.completionTime ? Date.parse(job.status.completionTime) : now;
	return humanDuration(end - Date.parse(start));
}

export const jobPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'STATUS' },
		{ header: 'COMPLETIONS' },
		{ header: 'DURATION' },
		{ header: 'AGE' },
		{ header: 'CONTAINERS', wide: true },
		{ header: 'IMAGES', wide: true },
		{ header: 'SELECTOR', wide: true }
	],
	toRow: (job, { now }) => [
		job.metadata.name,
		jobStatus(job),
		completions(job),
		duration(job, now),
		age(job.metadata.creationTimestamp, now),
		...containersAndImages(job),
		formatSelector(job.spec?.selector)
	]
};

export const cronJobPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'SCHEDULE' },
		{ header: 'TIMEZONE' },
		{ header: 'SUSPEND' },
		{ header: 'ACTIVE' },
		{ header: 'LAST SCHEDULE' },
		{ header: 'AGE' },
		{ header: 'CONTAINERS', wide: true },
		{ header: 'IMAGES', wide: true },
		{ header: 'SELECTOR', wide: true }
	],
	toRow(cj, { now }) {
		const template = { ...cj, spec: cj.spec?.jobTemplate?.spec };
		const last = cj.status?.lastScheduleTime;
		return [
			cj.metadata.name,
			cj.spec?.schedule ?? '',
			cj.spec?.timeZone || '<none>',
			cj.spec?.suspend ? 'True' : 'False',
			String(cj.status?.active?.length ?? 0),
			last ? age(last, now) : '<none>',
			age(cj.metadata.creationTimestamp, now),
			...containersAndImages(template),
			formatSelector(cj.spec?.jobTemplate?.spec?.selector)
		];
	}
};
