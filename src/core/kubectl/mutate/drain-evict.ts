/**
 * The eviction loop of `kubectl drain`: evict each pod through the PDB check, retry a refused one
 * every 5s, print `pod/x evicted` once it is gone, `node/x drained` when all are. It runs on
 * virtual time as a Follow whose polls also return the world they changed.
 */
import { evictionAllowed, markForDeletion } from '../../cluster/controllers';
import { ClusterTx } from '../../cluster/store';
import type { KubeObject, Pod, World } from '../../cluster/types';
import { clusterOf, parseTimestamp, withCluster } from '../../cluster/world';
import { humanGoDuration } from './go-duration';
import type { Follow } from '../types';

export const RETRY_MS = 5000;

interface Item {
	ns: string;
	name: string;
	uid: string;
	/** When to try (again) to evict; undefined once evicted. */
	retryAt?: number;
	evicted: boolean;
	gone: boolean;
}

export interface EvictionRun {
	context: string;
	nodes: string[];
	grace?: number;
	/** `--disable-eviction`: delete instead of evicting, skipping PDBs. */
	deleteOnly: boolean;
	items: Item[];
	timeoutMs: number;
	/** `--skip-wait-for-delete-timeout`: seconds after which a terminating pod counts as gone. */
	skipWaitSeconds: number;
	start: number;
}

/** What one eviction pass printed, its status once over, and the world it changed. */
export type Step = ReturnType<Follow['poll']>;

export function newRun(
	context: string,
	nodes: string[],
	pods: Pod[],
	o: {
		grace?: number;
		deleteOnly: boolean;
		timeoutMs: number;
		skipWaitSeconds: number;
		start: number;
	}
): EvictionRun {
	const items = pods.map((p) => ({
		ns: p.metadata.namespace ?? '',
		name: p.metadata.name,
		uid: p.metadata.uid,
		retryAt: o.start,
		evicted: false,
		gone: false
	}));
	return { context, nodes, items, ...o };
}

function attempt(tx: ClusterTx, run: EvictionRun, item: Item, now: number, out: Step): boolean {
	const pod = tx.get<Pod>('pods', item.ns, item.name);
	out.stdout += `evicting pod ${item.ns}/${item.name}\n`;
	if (!pod || pod.metadata.uid !== item.uid) {
		item.evicted = true;
		return false;
	}
	const verdict = run.deleteOnly ? { ok: true as const } : evictionAllowed(tx, pod);
	if (!verdict.ok) {
		out.stderr += `error when evicting pods/"${item.name}" -n "${item.ns}" (will retry after 5s): ${verdict.message}\n`;
		item.retryAt = now + RETRY_MS;
		return false;
	}
	if (run.grace === 0) tx.delete('pods', item.ns, item.name);
	else markForDeletion(tx, pod, now, run.grace);
	item.evicted = true;
	item.retryAt = undefined;
	return true;
}

/** One step at `now`: due evictions, then deletions noticed. Mutates `run` (the Follow's state). */
export function step(world: World, run: EvictionRun, now: number): Step {
	const out: Step = { stdout: '', stderr: '' };
	const cluster = clusterOf(world, run.context);
	if (!cluster) return { ...out, exitCode: 1 };
	const tx = new ClusterTx(cluster);
	let changed = false;
	for (const item of run.items)
		if (!item.evicted && item.retryAt !== undefined && item.retryAt <= now)
			changed = attempt(tx, run, item, now, out) || changed;
	for (const item of run.items) {
		if (!item.evicted || item.gone) continue;
		const pod = tx.get('pods', item.ns, item.name);
		if (pod && pod.metadata.uid === item.uid) {
			// A pod stuck terminating (its node unreachable) is given up on, as kubectl does.
			if (!stuckLongerThan(pod, run.skipWaitSeconds, now)) continue;
			item.gone = true;
			out.stdout += `pod "${item.name}" has DeletionTimestamp older than ${run.skipWaitSeconds} seconds, skipping\n`;
			continue;
		}
		item.gone = true;
		out.stdout += `pod/${item.name} evicted\n`;
	}
	if (changed) out.world = withCluster(world, tx.commit());
	if (run.items.every((i) => i.gone))
		return {
			...out,
			stdout: out.stdout + run.nodes.map((n) => `node/${n} drained\n`).join(''),
			exitCode: 0
		};
	if (run.timeoutMs > 0 && now >= run.start + run.timeoutMs)
		return { ...out, stderr: out.stderr + timedOut(run).stderr, exitCode: 1 };
	return out;
}

function stuckLongerThan(pod: KubeObject, seconds: number, now: number): boolean {
	const since = pod.metadata.deletionTimestamp;
	return seconds > 0 && since !== undefined && now - parseTimestamp(since) > seconds * 1000;
}

function timedOut(run: EvictionRun): { stderr: string } {
	const left = run.items.filter((i) => !i.gone);
	const why = left.map(
		(i) =>
			`error when evicting pods/"${i.name}" -n "${i.ns}": global timeout reached: ${humanGoDuration(run.timeoutMs)}`
	);
	return { stderr: drainFailure(run.nodes, why) };
}

export function evictionFollow(run: EvictionRun): Follow {
	return {
		deadline: run.timeoutMs > 0 ? run.start + run.timeoutMs : undefined,
		poll: (world, now) => step(world, run, now)
	};
}

/** kubectl's report when a node cannot be drained: the aggregate, the pending nodes, the errors. */
export function drainFailure(nodes: string[], errors: string[]): string {
	const agg = errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
	const final = errors.length === 1 ? `error: ${errors[0]}` : errors.join('\n');
	const head = nodes
		.map((n) => `error: unable to drain node "${n}" due to error: ${agg}, continuing command...\n`)
		.join('');
	return `${head}There are pending nodes to be drained:\n${nodes.map((n) => ` ${n}\n`).join('')}${final}\n`;
}
