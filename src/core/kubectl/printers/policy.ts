/** HorizontalPodAutoscaler and PodDisruptionBudget rows (printers.go). */
import type { KubeObject } from '../../cluster/types';
import { age } from './age';
import type { KindPrinter } from './types';

interface MetricTarget {
	type?: string;
	averageUtilization?: number;
	averageValue?: string;
	value?: string;
}

interface MetricSpec {
	type: string;
	resource?: { name: string; target: MetricTarget };
	[k: string]: unknown;
}

function resourceMetric(
	spec: MetricSpec,
	status: { resource?: { current?: MetricTarget } } | undefined
): string {
	const r = spec.resource!;
	const cur = status?.resource?.current;
	if (r.target.averageUtilization !== undefined) {
		const current =
			cur?.averageUtilization !== undefined ? `${cur.averageUtilization}%` : '<unknown>';
		return `${r.name}: ${current}/${r.target.averageUtilization}%`;
	}
	const current = cur?.averageValue ?? '<unknown>';
	return `${r.name}: ${current}/${r.target.averageValue ?? ''}`;
}

/** TARGETS: `cpu: 85%/70%`, at most two metrics then ` + N more...`, `<none>` for none. */
export function hpaTargets(hpa: KubeObject): string {
	const specs: MetricSpec[] = hpa.spec?.metrics ?? [];
	const statuses = hpa.status?.currentMetrics ?? [];
	if (specs.length === 0) return '<none>';
	const list = specs.map((spec, i) =>
		spec.type === 'Resource' && spec.resource
			? resourceMetric(spec, statuses[i])
			: `<unknown>/<unknown>`
	);
	return list.length > 2
		? `${list.slice(0, 2).join(', ')} + ${list.length - 2} more...`
		: list.join(', ');
}

export const hpaPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'REFERENCE' },
		{ header: 'TARGETS' },
		{ header: 'MINPODS' },
		{ header: 'MAXPODS' },
		{ header: 'REPLICAS' },
		{ header: 'AGE' }
	],
	toRow: (hpa, { now }) => [
		hpa.metadata.name,
		`${hpa.spec?.scaleTargetRef?.kind}/${hpa.spec?.scaleTargetRef?.name}`,
		hpaTargets(hpa),
		hpa.spec?.minReplicas !== undefined ? String(hpa.spec.minReplicas) : '<unset>',
		String(hpa.spec?.maxReplicas ?? 0),
		String(hpa.status?.currentReplicas ?? 0),
		age(hpa.metadata.creationTimestamp, now)
	]
};

export const pdbPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'MIN AVAILABLE' },
		{ header: 'MAX UNAVAILABLE' },
		{ header: 'ALLOWED DISRUPTIONS' },
		{ header: 'AGE' }
	],
	toRow: (pdb, { now }) => [
		pdb.metadata.name,
		pdb.spec?.minAvailable !== undefined ? String(pdb.spec.minAvailable) : 'N/A',
		pdb.spec?.maxUnavailable !== undefined ? String(pdb.spec.maxUnavailable) : 'N/A',
		String(pdb.status?.disruptionsAllowed ?? 0),
		age(pdb.metadata.creationTimestamp, now)
	]
};
