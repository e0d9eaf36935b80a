/** `kubectl rollout restart`: stamps `kubectl.kubernetes.io/restartedAt` on the pod template. */
import { timestamp } from '../../cluster/world';
import { clientError, rejected } from '../errors';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import { parseDryRun, successLine } from './dry-run';
import { rolloutRestartHelp } from './help/rollout-restart';
import { isScope, quoted, rolloutScope } from './rollout-targets';
import { finishTargets } from './finish-targets';
import { isError } from './session';
import { clone, writeIfChanged } from './update';

export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';
const RESTARTABLE = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

function runRestart(inv: Invocation, env: Env): Outcome {
	const dryRun = parseDryRun(inv);
	if (isError(dryRun)) return rejected(dryRun);
	const scope = rolloutScope(inv, env);
	if (!isScope(scope)) return scope;
	const { s, found } = scope;
	let stdout = '';
	let stderr = found.missing.join('');
	let changed = false;
	for (const t of found.targets) {
		const name = quoted(t.obj.kind, t.obj.metadata.name);
		if (!RESTARTABLE.has(t.obj.kind)) {
			stderr += clientError(`${name} restarting is not supported`).message;
			continue;
		}
		if (t.obj.spec.paused) {
			stderr += clientError(
				`${name} can't restart paused deployment (run rollout resume first)`
			).message;
			continue;
		}
		const next = clone(t.obj);
		const meta = (next.spec.template.metadata ??= {});
		meta.annotations = { ...meta.annotations, [RESTARTED_AT]: timestamp(env.now) };
		changed = writeIfChanged(s.tx, t.obj, next) || changed;
		stdout += successLine(t.ref, 'restarted', dryRun);
	}
	return finishTargets(s, found, { stdout, stderr, changed, dryRun });
}

export const rolloutRestart: VerbSpec = { name: 'restart', ...rolloutRestartHelp, run: runRestart };
