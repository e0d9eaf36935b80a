/** `kubectl delete`: deletes objects by name, TYPE/NAME, label selector or --all. */
import { ClusterTx } from '../../cluster/store';
import type { World } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { durationFlag } from '../parse/duration-flag';
import { clientError, failed, rejected } from '../errors';
import { deleteObject, type Cascade } from '../mutate/delete-object';
import { dryRunSuffix, parseDryRun } from '../mutate/dry-run';
import { missingFile } from '../mutate/files';
import { deleteHelp } from '../mutate/help/delete';
import { finish, isError, openSession } from '../mutate/session';
import { checkTargetArgs, keyOf, resolveTargets, type Target } from '../mutate/targets';
import type { Env, Follow, Invocation, KubectlError, Outcome, VerbSpec } from '../types';

export const deleteVerb: VerbSpec = { name: 'delete', ...deleteHelp, run: runDelete };

const FORCE_WARNING =
	'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';

interface Plan {
	grace?: number;
	cascade: Cascade;
	force: boolean;
}

function plan(inv: Invocation): Plan | KubectlError {
	const now = inv.flags.get('now') === true;
	let grace = Number(inv.flags.get('grace-period') ?? -1);
	const force = inv.flags.get('force') === true;
	if (now && inv.given.has('grace-period'))
		return clientError('--now and --grace-period cannot be specified together');
	let cascade = String(inv.flags.get('cascade') ?? 'background');
	if (cascade === 'true') cascade = 'background';
	if (cascade === 'false') cascade = 'orphan';
	if (!['background', 'foreground', 'orphan'].includes(cascade))
		return clientError(
			`invalid cascade value (${cascade}). Must be "background", "foreground", or "orphan"`
		);
	if (now) grace = 1;
	// kubectl turns a bare --grace-period=0 into 1 unless --force says immediate deletion is meant.
	if (grace === 0 && !force) grace = 1;
	if (force && grace < 0) grace = 0;
	return { grace: grace >= 0 ? grace : undefined, cascade: cascade as Cascade, force };
}

/** `deployment.apps` / `pod`: kubectl's delete line names the kind, lower-cased, with its group. */
function kindString(t: Target): string {
	return t.resource.group
		? `${t.resource.kind.toLowerCase()}.${t.resource.group}`
		: t.resource.kind.toLowerCase();
}

/** Waits (like `--wait`) until every deleted object is gone from the store. */
function waitGone(env: Env, targets: Target[], deadline?: number): Follow {
	return {
		deadline,
		poll(world: World, now: number) {
			const cluster = clusterOf(world, env.context);
			const tx = cluster && new ClusterTx(cluster);
			const left = targets.filter((t) =>
				tx?.get(keyOf(t.resource), t.namespace, t.obj.metadata.name)
			);
			if (left.length === 0) return { stdout: '', stderr: '', exitCode: 0 };
			if (deadline !== undefined && now >= deadline)
				return {
					stdout: '',
					stderr: `error: timed out waiting for the condition on ${left.map((t) => `${t.resource.name}/${t.obj.metadata.name}`).join(', ')}\n`,
					exitCode: 1
				};
			return { stdout: '', stderr: '' };
		}
	};
}

function runDelete(inv: Invocation, env: Env): Outcome {
	const query = {
		args: inv.args,
		selector: String(inv.flags.get('selector') ?? ''),
		fieldSelector: String(inv.flags.get('field-selector') ?? ''),
		all: inv.flags.get('all') === true,
		allNamespaces: inv.flags.get('all-namespaces') === true,
		plainNotFound: true
	};
	const file = missingFile(inv);
	if (file) return file;
	const output = String(inv.flags.get('output') ?? '');
	if (output !== '' && output !== 'name')
		return rejected(clientError(`unexpected -o output mode: ${output}. We only support '-o name'`));
	const shape = checkTargetArgs(query);
	if (shape) return rejected(shape);
	const p = plan(inv);
	if (isError(p)) return rejected(p);
	const dryRun = parseDryRun(inv);
	if (isError(dryRun)) return rejected(dryRun);
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const found = resolveTargets(s, query);
	if (isError(found)) return failed(found);
	const warning = p.force && p.grace === 0 ? FORCE_WARNING : '';
	const missing = inv.flags.get('ignore-not-found') === true ? [] : found.missing;
	if (found.targets.length === 0 && missing.length === 0)
		return { stdout: found.named ? '' : 'No resources found\n', stderr: warning, exitCode: 0 };
	const operation = (p.grace === 0 ? 'force deleted' : 'deleted') + dryRunSuffix(dryRun);
	let stdout = '';
	for (const t of found.targets) {
		deleteObject(s.tx, t.obj, { now: env.now, grace: p.grace, cascade: p.cascade });
		stdout +=
			inv.flags.get('output') === 'name'
				? `${kindString(t)}/${t.obj.metadata.name}\n`
				: `${kindString(t)} "${t.obj.metadata.name}" ${operation}\n`;
	}
	const stderr = warning + missing.join('');
	const out = finish(s, {
		stdout,
		stderr,
		exitCode: missing.length ? 1 : 0,
		resources: found.targets.map((t) => t.ref),
		changed: found.targets.length > 0,
		dryRun
	});
	if (dryRun !== 'none' || inv.flags.get('wait') === false || !out.world) return out;
	const follow = waitGone(env, found.targets, deadlineOf(inv, env));
	// Objects already gone (forced, or without graceful termination) need no waiting.
	const first = follow.poll(out.world, env.now);
	return first.exitCode === 0 ? out : { ...out, follow };
}

function deadlineOf(inv: Invocation, env: Env): number | undefined {
	const ms = durationFlag(inv, 'timeout');
	return ms > 0 ? env.now + ms : undefined;
}
