/**
 * Which pods `kubectl drain` may remove from a node, as k8s.io/kubectl/pkg/drain's filters decide
 * (DaemonSet-managed, mirror, local storage, unreplicated), with their warnings and errors.
 */
import type { ClusterTx } from '../../cluster/store';
import type { Pod } from '../../cluster/types';
import { matches, parseSelector } from './label-selector';

export interface DrainFlags {
	ignoreDaemonSets: boolean;
	deleteEmptyDirData: boolean;
	force: boolean;
	podSelector: string;
}

export interface DrainList {
	/** Pods to evict, in list order. */
	pods: Pod[];
	/** `Warning: …` text without the prefix, or ''. */
	warnings: string;
	/** One line per refusal (`cannot delete …: ns/a, ns/b`), in filter order. */
	errors: string[];
}

const DS_ERROR = 'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore)';
const DS_WARNING = 'ignoring DaemonSet-managed Pods';
const LOCAL_ERROR =
	'cannot delete Pods with local storage (use --delete-emptydir-data to override)';
const LOCAL_WARNING = 'deleting Pods with local storage';
const UNREPLICATED_ERROR =
	'cannot delete Pods that declare no controller (use --force to override)';
const UNREPLICATED_WARNING = 'deleting Pods that declare no controller';
const ORDER = [DS_ERROR, LOCAL_ERROR, UNREPLICATED_ERROR];

type Verdict =
	| { keep: true }
	| { keep: false }
	| { keep: true; warning: string }
	| { error: string }
	| { skip: string };

function finished(pod: Pod): boolean {
	return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

function judge(pod: Pod, f: DrainFlags): Verdict {
	const ctrl = (pod.metadata.ownerReferences ?? []).find((r) => r.controller);
	if (ctrl?.kind === 'DaemonSet')
		return f.ignoreDaemonSets ? { skip: DS_WARNING } : { error: DS_ERROR };
	if (pod.metadata.annotations?.['kubernetes.io/config.mirror'] !== undefined)
		return { keep: false };
	const warnings: string[] = [];
	if (!finished(pod) && (pod.spec.volumes ?? []).some((v) => v.emptyDir !== undefined)) {
		if (!f.deleteEmptyDirData) return { error: LOCAL_ERROR };
		warnings.push(LOCAL_WARNING);
	}
	if (!ctrl && !finished(pod)) {
		if (!f.force) return { error: UNREPLICATED_ERROR };
		warnings.push(UNREPLICATED_WARNING);
	}
	return warnings.length ? { keep: true, warning: warnings[0] } : { keep: true };
}

const ref = (p: Pod) => `${p.metadata.namespace}/${p.metadata.name}`;

function group(entries: [string, Pod][]): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const [msg, pod] of entries) out.set(msg, [...(out.get(msg) ?? []), ref(pod)]);
	return out;
}

/** The pods on `node` that drain acts on, and what it says about the rest. */
export function podsForDeletion(
	tx: ClusterTx,
	node: string,
	f: DrainFlags
): DrainList | { error: string } {
	const reqs = parseSelector(f.podSelector);
	if ('error' in reqs) return reqs;
	const onNode = tx
		.list<Pod>('pods')
		.filter(
			(p) =>
				p.spec.nodeName === node &&
				matches(reqs, p.metadata.labels) &&
				!p.metadata.deletionTimestamp
		);
	const pods: Pod[] = [];
	const warned: [string, Pod][] = [];
	const failed: [string, Pod][] = [];
	for (const pod of onNode) {
		const v = judge(pod, f);
		if ('error' in v) failed.push([v.error, pod]);
		else if ('skip' in v) warned.push([v.skip, pod]);
		else if (v.keep) {
			pods.push(pod);
			if ('warning' in v) warned.push([v.warning, pod]);
		}
	}
	const warnings = [...group(warned)]
		.map(([m, ps]) => `${m}: ${ps.join(', ')}`)
		.sort()
		.join('; ');
	const errs = group(failed);
	const errors = ORDER.filter((m) => errs.has(m)).map((m) => `${m}: ${errs.get(m)!.join(', ')}`);
	return { pods, warnings, errors };
}
