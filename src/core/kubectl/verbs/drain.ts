/** `kubectl drain`: cordons nodes, then evicts their pods through PodDisruptionBudgets. */
import type { Pod } from '../../cluster/types';
import { withCluster } from '../../cluster/world';
import { durationFlag } from '../parse/duration-flag';
import { clientError, failed, rejected } from '../errors';
import { drainFailure, evictionFollow, newRun, step } from '../mutate/drain-evict';
import { podsForDeletion } from '../mutate/drain-filter';
import { dryRunSuffix, parseDryRun } from '../mutate/dry-run';
import { drainHelp } from '../mutate/help/drain';
import {
	nameAndSelector,
	nodeUsage,
	resolveNodes,
	setSchedulable
} from '../mutate/node-schedulable';
import { isError, openSession } from '../mutate/session';
import type { Env, Invocation, Outcome, VerbSpec, Written } from '../types';

export const drainVerb: VerbSpec = { name: 'drain', ...drainHelp, run: runDrain };

function runDrain(inv: Invocation, env: Env): Outcome {
	const selector = String(inv.flags.get('selector') ?? '');
	if (inv.args.length === 0 && !selector) return nodeUsage('drain');
	if (inv.args.length && selector) return nameAndSelector('drain');
	const dryRun = parseDryRun(inv);
	if (isError(dryRun)) return rejected(dryRun);
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const found = resolveNodes(s, inv.args, selector);
	if (isError(found)) return failed(found);
	if (found.missing.length) return failed({ message: found.missing.join(''), exitCode: 1 });
	const nodes = found.targets.map((t) => t.obj.metadata.name);
	const resources = found.targets.map((t) => t.ref);
	let stdout = '';
	for (const t of found.targets) stdout += setSchedulable(s, t, true, 'cordon', dryRun).line;
	const flags = {
		ignoreDaemonSets: inv.flags.get('ignore-daemonsets') === true,
		deleteEmptyDirData: inv.flags.get('delete-emptydir-data') === true,
		force: inv.flags.get('force') === true,
		podSelector: String(inv.flags.get('pod-selector') ?? '')
	};
	const pods: Pod[] = [];
	const errors: string[] = [];
	const warnings: string[] = [];
	for (const node of nodes) {
		const list = podsForDeletion(s.tx, node, flags);
		if ('error' in list) return rejected(clientError(list.error));
		pods.push(...list.pods);
		errors.push(...list.errors);
		if (list.warnings) warnings.push(list.warnings);
	}
	const cordoned = dryRun === 'none' ? withCluster(env.world, s.tx.commit()) : env.world;
	const base = {
		resources,
		mutating: dryRun === 'none',
		...(cordoned !== env.world ? { world: cordoned } : {})
	};
	if (errors.length) return { ...base, stdout, stderr: drainFailure(nodes, errors), exitCode: 1 };
	const stderr = warnings.length ? `Warning: ${warnings.join('; ')}\n` : '';
	if (dryRun !== 'none') {
		for (const p of pods) stdout += `pod/${p.metadata.name} evicted${dryRunSuffix(dryRun)}\n`;
		stdout += nodes.map((n) => `node/${n} drained${dryRunSuffix(dryRun)}\n`).join('');
		return { ...base, stdout, stderr, exitCode: 0 };
	}
	const grace = Number(inv.flags.get('grace-period') ?? -1);
	const run = newRun(env.context, nodes, pods, {
		grace: grace >= 0 ? grace : undefined,
		deleteOnly: inv.flags.get('disable-eviction') === true,
		timeoutMs: durationFlag(inv, 'timeout'),
		skipWaitSeconds: Number(inv.flags.get('skip-wait-for-delete-timeout') ?? 0),
		start: env.now
	});
	const first = step(cordoned, run, env.now);
	// kubectl interleaves: `cordoned`, the DaemonSet warning, then evictions and their errors.
	const written: Written[] = [
		{ stream: 'stdout' as const, text: stdout },
		{ stream: 'stderr' as const, text: stderr },
		{ stream: 'stdout' as const, text: first.stdout },
		{ stream: 'stderr' as const, text: first.stderr }
	].filter((w) => w.text !== '');
	const out = {
		...base,
		world: first.world ?? cordoned,
		stdout: stdout + first.stdout,
		stderr: stderr + first.stderr,
		written
	};
	if (first.exitCode !== undefined) return { ...out, exitCode: first.exitCode };
	return { ...out, exitCode: 0, follow: evictionFollow(run) };
}
