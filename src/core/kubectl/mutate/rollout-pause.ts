/** `kubectl rollout pause` / `resume`: flip spec.paused on deployments. */
import { clientError, rejected } from '../errors';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';
import { parseDryRun, successLine } from './dry-run';
import { rolloutPauseHelp } from './help/rollout-pause';
import { rolloutResumeHelp } from './help/rollout-resume';
import { isScope, quoted, rolloutScope } from './rollout-targets';
import { finishTargets } from './finish-targets';
import { isError } from './session';
import { clone, writeIfChanged } from './update';

function runPause(paused: boolean, inv: Invocation, env: Env): Outcome {
	const dryRun = parseDryRun(inv);
	if (isError(dryRun)) return rejected(dryRun);
	const scope = rolloutScope(inv, env);
	if (!isScope(scope)) return scope;
	const { s, found } = scope;
	let stdout = '';
	let stderr = found.missing.join('');
	let changed = false;
	for (const t of found.targets) {
		const name = `${quoted(t.obj.kind, t.obj.metadata.name)}`;
		if (t.obj.kind !== 'Deployment') {
			stderr += clientError(`${name} ${paused ? 'pausing' : 'resuming'} is not supported`).message;
			continue;
		}
		if (Boolean(t.obj.spec.paused) === paused) {
			stderr += clientError(`${name} is ${paused ? 'already' : 'not'} paused`).message;
			continue;
		}
		const next = clone(t.obj);
		if (paused) next.spec.paused = true;
		else delete next.spec.paused;
		changed = writeIfChanged(s.tx, t.obj, next) || changed;
		stdout += successLine(t.ref, paused ? 'paused' : 'resumed', dryRun);
	}
	return finishTargets(s, found, { stdout, stderr, changed, dryRun });
}

export const rolloutPause: VerbSpec = {
	name: 'pause',
	...rolloutPauseHelp,
	run: (i, e) => runPause(true, i, e)
};
export const rolloutResume: VerbSpec = {
	name: 'resume',
	...rolloutResumeHelp,
	run: (i, e) => runPause(false, i, e)
};
