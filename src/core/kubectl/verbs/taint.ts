/** `kubectl taint`: adds, replaces or removes taints on nodes. */
import { resolveResourceType } from '../../cluster/resources';
import type { Node } from '../../cluster/types';
import { timestamp } from '../../cluster/world';
import { clientError, failed, rejected } from '../errors';
import { successLine } from '../mutate/dry-run';
import { taintHelp } from '../mutate/help/taint';
import { finishTargets } from '../mutate/finish-targets';
import { isError, openSession } from '../mutate/session';
import { parseWriteFlags } from '../mutate/write-flags';
import { applyTaints, isTaintArg, parseTaints } from '../mutate/taint-spec';
import { resolveTargets } from '../mutate/targets';
import { clone, writeIfChanged } from '../mutate/update';
import type { Env, Invocation, Outcome, VerbSpec } from '../types';

export const taintVerb: VerbSpec = { name: 'taint', ...taintHelp, run: runTaint };

const hinted = (message: string) =>
	rejected({
		message: `error: ${message}\nSee 'kubectl taint -h' for help and examples\n`,
		exitCode: 1
	});

function runTaint(inv: Invocation, env: Env): Outcome {
	const specs = inv.args.filter(isTaintArg);
	const resourceArgs = inv.args.filter((a) => !isTaintArg(a));
	if (specs.length === 0) return rejected(clientError('at least one taint update is required'));
	const changes = parseTaints(specs);
	if ('error' in changes)
		return changes.error.startsWith('can not')
			? rejected(clientError(changes.error))
			: hinted(changes.error);
	const typed = resourceArgs[0]?.split('/')[0];
	const type = typed ? resolveResourceType(typed) : undefined;
	if (typed && type && type.kind !== 'Node')
		return rejected(clientError(`invalid resource type ${typed}, only node types are supported`));
	const modes = parseWriteFlags(inv);
	if (isError(modes)) return rejected(modes);
	const { dryRun, output } = modes;
	const selector = String(inv.flags.get('selector') ?? '');
	const all = inv.flags.get('all') === true;
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const found = resolveTargets(s, {
		args: resourceArgs.length ? resourceArgs : ['nodes'],
		selector,
		all
	});
	if (isError(found)) return failed(found);
	let stdout = '';
	let changed = false;
	const written: Node[] = [];
	for (const t of found.targets) {
		const node = t.obj as Node;
		const old = node.spec?.taints ?? [];
		const overwrite = inv.flags.get('overwrite') === true;
		const clash = changes.add.find((a) =>
			old.some((o) => o.key === a.key && o.effect === a.effect)
		);
		if (clash && !overwrite)
			return {
				...failed(
					clientError(
						`node ${node.metadata.name} already has ${clash.key} taint(s) with same effect(s) and --overwrite is false`
					)
				),
				stdout
			};
		const r = applyTaints(old, changes, overwrite, timestamp(env.now));
		if (r.errors.length) return { ...failed(clientError(r.errors.join(', '))), stdout };
		const next = clone(node);
		if (r.taints.length) next.spec = { ...next.spec, taints: r.taints };
		else delete next.spec.taints;
		changed = writeIfChanged(s.tx, node, next) || changed;
		written.push(next);
		stdout += successLine(t.ref, r.operation, dryRun);
	}
	return finishTargets(s, found, { stdout, changed, dryRun, output, written });
}
