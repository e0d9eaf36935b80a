/** The shared body of `kubectl cordon` / `uncordon`: flip spec.unschedulable on nodes. */
import type { Node } from '../../cluster/types';
import { failed, rejected } from '../errors';
import type { Env, Invocation, Outcome } from '../types';
import { parseDryRun, successLine } from './dry-run';
import { finish, isError, openSession, type Session } from './session';
import { resolveTargets, type Target } from './targets';
import { clone, writeIfChanged } from './update';
import type { DryRun } from './dry-run';

/** `kubectl cordon` with no node: kubectl's own USAGE error. */
export function nodeUsage(verb: string): Outcome {
	return rejected({
		message: `error: USAGE: ${verb} NODE [flags]\nSee 'kubectl ${verb} -h' for help and examples\n`,
		exitCode: 1
	});
}

/** `kubectl cordon x -l …`: a name and a selector together. */
export function nameAndSelector(verb: string): Outcome {
	return rejected({
		message: `error: cannot specify both a node name and a --selector option\nSee 'kubectl ${verb} -h' for help and examples\n`,
		exitCode: 1
	});
}

/** Nodes named by args (`x`, `node/x`) or picked by `-l`. */
export function resolveNodes(s: Session, args: string[], selector: string) {
	const named = args.map((a) => (a.includes('/') ? a : `node/${a}`));
	return resolveTargets(s, {
		args: named.length ? named : ['nodes'],
		selector,
		all: !named.length && !selector
	});
}

/** Sets or clears spec.unschedulable; `verb` is `cordon` or `uncordon`. */
export function setSchedulable(
	s: Session,
	t: Target,
	unschedulable: boolean,
	verb: string,
	dryRun: DryRun
): { line: string; changed: boolean } {
	const node = t.obj as Node;
	if (Boolean(node.spec?.unschedulable) === unschedulable)
		return { line: `${t.ref} already ${verb}ed\n`, changed: false };
	const next = clone(node);
	if (unschedulable) next.spec = { ...next.spec, unschedulable: true };
	else delete next.spec.unschedulable;
	return {
		line: successLine(t.ref, `${verb}ed`, dryRun),
		changed: writeIfChanged(s.tx, node, next)
	};
}

export function runSchedulable(verb: 'cordon' | 'uncordon', inv: Invocation, env: Env): Outcome {
	const selector = String(inv.flags.get('selector') ?? '');
	if (inv.args.length === 0 && !selector) return nodeUsage(verb);
	if (inv.args.length && selector) return nameAndSelector(verb);
	const dryRun = parseDryRun(inv);
	if (isError(dryRun)) return rejected(dryRun);
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const found = resolveNodes(s, inv.args, selector);
	if (isError(found)) return failed(found);
	let stdout = '';
	let changed = false;
	for (const t of found.targets) {
		const r = setSchedulable(s, t, verb === 'cordon', verb, dryRun);
		stdout += r.line;
		changed ||= r.changed;
	}
	const stderr = found.missing.join('') || (found.targets.length ? '' : 'No resources found\n');
	return finish(s, {
		stdout,
		stderr,
		exitCode: found.missing.length ? 1 : 0,
		resources: found.targets.map((t) => t.ref),
		changed,
		dryRun
	});
}
