/** `kubectl scale`: sets spec.replicas on deployments, replica sets and stateful sets. */
import { clientError, failed, rejected } from '../errors';
import { successLine } from '../mutate/dry-run';
import { missingFile } from '../mutate/files';
import { scaleHelp } from '../mutate/help/scale';
import { printObjects } from '../mutate/print-object';
import { changeCause, RECORD_FLAG, withChangeCause } from '../mutate/record';
import { finish, isError, openSession } from '../mutate/session';
import { parseWriteFlags } from '../mutate/write-flags';
import { checkTargetArgs, resolveTargets } from '../mutate/targets';
import { clone, writeIfChanged } from '../mutate/update';
import type { Env, Invocation, KubectlError, Outcome, VerbSpec } from '../types';

const SCALABLE = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController']);

export const scaleVerb: VerbSpec = {
	name: 'scale',
	...scaleHelp,
	flags: [...scaleHelp.flags, RECORD_FLAG],
	run: runScale
};

function runScale(inv: Invocation, env: Env): Outcome {
	const file = missingFile(inv);
	if (file) return file;
	if (!inv.given.has('replicas'))
		return rejected(clientError('required flag(s) "replicas" not set'));
	const replicas = Number(inv.flags.get('replicas'));
	const current = Number(inv.flags.get('current-replicas') ?? -1);
	if (replicas < 0)
		return rejected(
			clientError(
				'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0'
			)
		);
	const modes = parseWriteFlags(inv);
	if (isError(modes)) return rejected(modes);
	const { dryRun, output } = modes;
	const query = {
		args: inv.args,
		selector: String(inv.flags.get('selector') ?? ''),
		all: inv.flags.get('all') === true
	};
	const shape = checkTargetArgs(query);
	if (shape) return rejected(shape);
	const cause = changeCause(inv, scaleVerb.flags);
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const found = resolveTargets(s, query);
	if (isError(found)) return failed(found);
	if (found.targets.length === 0) return failed(noObjects(found.missing));
	let stdout = '';
	let changed = false;
	const written = [];
	for (const t of found.targets) {
		if (!SCALABLE.has(t.obj.kind))
			return {
				...failed({
					message:
						'Error from server (NotFound): the server could not find the requested resource\n',
					exitCode: 1
				}),
				stdout
			};
		const was = t.obj.spec?.replicas ?? 1;
		if (current >= 0 && current !== was)
			return { ...failed(clientError(`Expected replicas to be ${current}, was ${was}`)), stdout };
		// kubectl scales, then patches the change-cause on when --record is given.
		const next = withChangeCause(clone(t.obj), cause);
		next.spec.replicas = replicas;
		changed = writeIfChanged(s.tx, t.obj, next) || changed;
		written.push(next);
		stdout += output ? '' : successLine(t.ref, 'scaled', dryRun);
	}
	if (output)
		stdout = printObjects(
			output,
			written,
			found.targets.map((t) => t.ref)
		);
	// kubectl scales what it found, then returns the lookups that failed.
	const stderr = found.missing.join('');
	return finish(s, {
		stdout,
		stderr,
		exitCode: stderr ? 1 : 0,
		resources: found.targets.map((t) => t.ref),
		changed,
		dryRun
	});
}

/**
 * kubectl 1.32 wraps the lookup errors into `no objects passed to scale %v` when nothing was
 * found: one error as its text, several as an aggregate (`[a, b]`).
 */
function noObjects(missing: string[]): KubectlError {
	const why = missing.map((m) => m.replace(/^Error from server \(NotFound\): /, '').trimEnd());
	const text = why.length > 1 ? ` [${why.join(', ')}]` : why.length === 1 ? ` ${why[0]}` : '';
	return clientError(`no objects passed to scale${text}`);
}
