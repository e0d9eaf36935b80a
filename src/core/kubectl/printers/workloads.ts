/** Deployment, ReplicaSet, StatefulSet and DaemonSet rows (printers.go). */
import { formatSelector } from '../../cluster/labels';
import type { Container, KubeObject, Labels } from '../../cluster/types';
import { age } from './age';
import type { Column, KindPrinter } from './types';

const n = (v: unknown): string => String(typeof v === 'number' ? v : 0);

/** CONTAINERS and IMAGES cells of a pod template. */
export function containersAndImages(obj: KubeObject): [string, string] {
	const containers: Container[] = obj.spec?.template?.spec?.containers ?? [];
	return [containers.map((c) => c.name).join(','), containers.map((c) => c.image).join(',')];
}

/** `labels.FormatLabels`: `a=b,c=d` sorted by key, `<none>` when empty. */
export function formatLabels(labels: Labels | undefined): string {
	const keys = Object.keys(labels ?? {}).sort();
	return keys.length ? keys.map((k) => `${k}=${labels![k]}`).join(',') : '<none>';
}

const WIDE_TEMPLATE: Column[] = [
	{ header: 'CONTAINERS', wide: true },
	{ header: 'IMAGES', wide: true },
	{ header: 'SELECTOR', wide: true }
];

export const deploymentPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'READY' },
		{ header: 'UP-TO-DATE' },
		{ header: 'AVAILABLE' },
		{ header: 'AGE' },
		...WIDE_TEMPLATE
	],
	toRow(d, { now }) {
		const s = d.status ?? {};
		return [
			d.metadata.name,
			`${n(s.readyReplicas)}/${n(d.spec?.replicas)}`,
			n(s.updatedReplicas),
			n(s.availableReplicas),
			age(d.metadata.creationTimestamp, now),
			...containersAndImages(d),
			formatSelector(d.spec?.selector)
		];
	}
};

export const replicaSetPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'DESIRED' },
		{ header: 'CURRENT' },
		{ header: 'READY' },
		{ header: 'AGE' },
		...WIDE_TEMPLATE
	],
	toRow(rs, { now }) {
		const s = rs.status ?? {};
		return [
			rs.metadata.name,
			n(rs.spec?.replicas),
			n(s.replicas),
			n(s.readyReplicas),
			age(rs.metadata.creationTimestamp, now),
			...containersAndImages(rs),
			formatSelector(rs.spec?.selector)
		];
	}
};

export const statefulSetPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'READY' },
		{ header: 'AGE' },
		{ header: 'CONTAINERS', wide: true },
		{ header: 'IMAGES', wide: true }
	],
	toRow(ss, { now }) {
		return [
			ss.metadata.name,
			`${n(ss.status?.readyReplicas)}/${n(ss.spec?.replicas)}`,
			age(ss.metadata.creationTimestamp, now),
			...containersAndImages(ss)
		];
	}
};

export const daemonSetPrinter: KindPrinter = {
	columns: [
		{ header: 'NAME' },
		{ header: 'DESIRED' },
		{ header: 'CURRENT' },
		{ header: 'READY' },
		{ header: 'UP-TO-DATE' },
		{ header: 'AVAILABLE' },
		{ header: 'NODE SELECTOR' },
		{ header: 'AGE' },
		...WIDE_TEMPLATE
	],
	toRow(ds, { now }) {
		const s = ds.status ?? {};
		return [
			ds.metadata.name,
			n(s.desiredNumberScheduled),
			n(s.currentNumberScheduled),
			n(s.numberReady),
			n(s.updatedNumberScheduled),
			n(s.numberAvailable),
			formatLabels(ds.spec?.template?.spec?.nodeSelector),
			age(ds.metadata.creationTimestamp, now),
			...containersAndImages(ds),
			formatSelector(ds.spec?.selector)
		];
	}
};
