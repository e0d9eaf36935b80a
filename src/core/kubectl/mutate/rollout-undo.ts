/** `kubectl rollout undo`: puts a previous ReplicaSet's template back into the deployment. */
import { clientError, failed, rejected } from '../errors';
import type { KubeObject } from '../../cluster/types';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import { describePodTemplate } from './describe-template';
import { parseDryRun, successLine, type DryRun } from './dry-run';
import { rolloutUndoHelp } from './help/rollout-undo';
import {
	CHANGE_CAUSE,
	REVISION,
	equalIgnoreHash,
	ownedReplicaSets,
	replicaSetAt,
	templateForDeployment
} from './revision';
import { isScope, rolloutScope } from './rollout-targets';
import { finishTargets } from './finish-targets';
import { isError, type Session } from './session';
import { clone, writeIfChanged } from './update';

/** Annotations the deployment keeps rather than taking from the ReplicaSet. */
const SKIP = new Set([
	'kubectl.kubernetes.io/last-applied-configuration',
	REVISION,
	'deployment.kubernetes.io/revision-history',
	'deployment.kubernetes.io/desired-replicas',
	'deployment.kubernetes.io/max-replicas',
	'deprecated.deployment.rollback.to'
]);

/** The operation text for the success line, or an error message. */
function rollback(
	s: Session,
	d: KubeObject,
	to: number,
	dryRun: DryRun
): { op: string; changed: boolean } | { error: string } {
	const rs = replicaSetAt(ownedReplicaSets(s.tx, d), to);
	if (!rs)
		return {
			error:
				to > 0
					? `unable to find specified revision ${to} in history`
					: `no rollout history found for deployment "${d.metadata.name}"`
		};
	if (dryRun === 'client') return { op: describePodTemplate(rs.spec.template), changed: false };
	if (d.spec.paused)
		return {
			error: `you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/${d.metadata.name}' and try again`
		};
	if (equalIgnoreHash(rs.spec.template, d.spec.template))
		return {
			op: `skipped rollback (current template already matches revision ${to})`,
			changed: false
		};
	const next = clone(d);
	next.spec.template = templateForDeployment(rs.spec.template);
	const annotations: Record<string, string> = {};
	for (const [k, v] of Object.entries(d.metadata.annotations ?? {}))
		if (SKIP.has(k)) annotations[k] = v;
	for (const [k, v] of Object.entries(rs.metadata.annotations ?? {}))
		if (!SKIP.has(k)) annotations[k] = v;
	if (!(CHANGE_CAUSE in annotations)) delete annotations[CHANGE_CAUSE];
	next.metadata.annotations = annotations;
	return { op: 'rolled back', changed: writeIfChanged(s.tx, d, next) };
}

function runUndo(inv: Invocation, env: Env): Outcome {
	const dryRun = parseDryRun(inv);
	if (isError(dryRun)) return rejected(dryRun);
	const to = Number(inv.flags.get('to-revision') ?? 0);
	const scope = rolloutScope(inv, env);
	if (!isScope(scope)) return scope;
	const { s, found } = scope;
	let stdout = '';
	let changed = false;
	for (const t of found.targets) {
		if (t.obj.kind !== 'Deployment')
			return {
				...failed(clientError(`no rollbacker has been implemented for "${t.obj.kind}"`)),
				stdout
			};
		const r = rollback(s, t.obj, to, dryRun);
		if ('error' in r) return { ...failed(clientError(r.error)), stdout };
		changed ||= r.changed;
		stdout += successLine(t.ref, r.op, dryRun);
	}
	return finishTargets(s, found, { stdout, changed, dryRun });
}

export const rolloutUndo: VerbSpec = { name: 'undo', ...rolloutUndoHelp, run: runUndo };
