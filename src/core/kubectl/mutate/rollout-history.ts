/** `kubectl rollout history`: the REVISION / CHANGE-CAUSE table, or one revision's pod template. */
import { clientError, failed, rejected } from '../errors';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import type { ClusterTx } from '../../cluster/store';
import type { KubeObject } from '../../cluster/types';
import { controllerHistory, type HistoryEntry } from './controller-history';
import { describePodTemplate } from './describe-template';
import { rolloutHistoryHelp } from './help/rollout-history';
import { CHANGE_CAUSE, ownedReplicaSets, revisionOf } from './revision';
import { isScope, rolloutScope } from './rollout-targets';

/** tabwriter(minwidth 0, padding 2) over two columns. */
function table(rows: [string, string][]): string {
	const width = Math.max(...rows.map((r) => r[0].length)) + 2;
	return rows.map(([a, b]) => `${a.padEnd(width)}${b}\n`).join('');
}

/** The object's revisions: its ReplicaSets for a Deployment, ControllerRevisions otherwise. */
function historyOf(tx: ClusterTx, obj: KubeObject): HistoryEntry[] | undefined {
	if (obj.kind === 'StatefulSet' || obj.kind === 'DaemonSet') return controllerHistory(tx, obj);
	if (obj.kind !== 'Deployment') return undefined;
	return ownedReplicaSets(tx, obj)
		.filter((rs) => revisionOf(rs) > 0)
		.map((rs) => ({
			revision: revisionOf(rs),
			changeCause: rs.metadata.annotations?.[CHANGE_CAUSE],
			template: rs.spec.template
		}));
}

function runHistory(inv: Invocation, env: Env): Outcome {
	const revision = Number(inv.flags.get('revision') ?? 0);
	if (revision < 0)
		return rejected(clientError(`revision must be a positive integer: ${revision}`));
	const scope = rolloutScope(inv, env);
	if (!isScope(scope)) return scope;
	const { s, found } = scope;
	let stdout = '';
	for (const t of found.targets) {
		const history = historyOf(s.tx, t.obj);
		if (!history)
			return {
				...failed(clientError(`no history viewer has been implemented for "${t.obj.kind}"`)),
				stdout
			};
		if (revision > 0) {
			const template = history.find((h) => h.revision === revision)?.template;
			if (!template)
				return { ...failed(clientError('unable to find the specified revision')), stdout };
			stdout += `${t.ref} with revision #${revision}\n${describePodTemplate(template)}\n`;
			continue;
		}
		const rows: [string, string][] = [['REVISION', 'CHANGE-CAUSE']];
		for (const h of history) rows.push([String(h.revision), h.changeCause || '<none>']);
		stdout += `${t.ref} \n${table(rows)}\n`;
	}
	const stderr = found.missing.join('');
	return {
		stdout,
		stderr,
		exitCode: stderr ? 1 : 0,
		resources: found.targets.map((t) => t.ref),
		mutating: false
	};
}

export const rolloutHistory: VerbSpec = { name: 'history', ...rolloutHistoryHelp, run: runHistory };
