/** `kubectl rollout history`: the REVISION / CHANGE-CAUSE table, or one revision's pod template. */
import { clientError, failed, rejected } from '../errors';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import { describePodTemplate } from './describe-template';
import { rolloutHistoryHelp } from './help/rollout-history';
import { CHANGE_CAUSE, ownedReplicaSets, revisionOf } from './revision';
import { isScope, rolloutScope } from './rollout-targets';

/** tabwriter(minwidth 0, padding 2) over two columns. */
function table(rows: [string, string][]): string {
	const width = Math.max(...rows.map((r) => r[0].length)) + 2;
	return rows.map(([a, b]) => `${a.padEnd(width)}${b}\n`).join('');
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
		if (t.obj.kind !== 'Deployment')
			return {
				...failed(clientError(`no history viewer has been implemented for "${t.obj.kind}"`)),
				stdout
			};
		const rss = ownedReplicaSets(s.tx, t.obj).filter((rs) => revisionOf(rs) > 0);
		if (revision > 0) {
			const rs = rss.find((r) => revisionOf(r) === revision);
			if (!rs) return { ...failed(clientError('unable to find the specified revision')), stdout };
			stdout += `${t.ref} with revision #${revision}\n${describePodTemplate(rs.spec.template)}\n`;
			continue;
		}
		const rows: [string, string][] = [['REVISION', 'CHANGE-CAUSE']];
		for (const rs of rss)
			rows.push([String(revisionOf(rs)), rs.metadata.annotations?.[CHANGE_CAUSE] || '<none>']);
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
