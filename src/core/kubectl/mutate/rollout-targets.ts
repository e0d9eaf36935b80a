/**
 * Target resolution shared by the `rollout` subcommands (all need at least one resource) and by
 * `label` / `annotate`.
 */
import { clientError, failed, rejected } from '../errors';
import type { Env, Invocation, Outcome } from '../types';
import { missingFile } from './files';
import { isError, openSession, type Session } from './session';
import {
	checkTargetArgs,
	noResourcesFound,
	resolveTargets,
	type Resolved,
	type TargetQuery
} from './targets';

export interface TargetScope {
	s: Session;
	found: Resolved;
}

/** Session and targets, or the outcome that ends the command (usage error, NotFound, none found). */
export function rolloutScope(inv: Invocation, env: Env): TargetScope | Outcome {
	const file = missingFile(inv);
	if (file) return file;
	if (inv.args.length === 0) return rejected(clientError('required resource not specified'));
	// A bare type (`rollout restart deployment`) selects every object of it, as kubectl allows.
	const selector = String(inv.flags.get('selector') ?? '');
	return targetScope(env, { args: inv.args, selector, all: selector === '' });
}

/** Session and the targets of `query`, or the outcome that ends the command. */
export function targetScope(env: Env, query: TargetQuery): TargetScope | Outcome {
	const shape = checkTargetArgs(query);
	if (shape) return rejected(shape);
	const s = openSession(env);
	if (isError(s)) return failed(s);
	const found = resolveTargets(s, query);
	if (isError(found)) return failed(found);
	if (found.targets.length === 0 && found.missing.length === 0)
		return { stdout: '', stderr: noResourcesFound(s, found.resources), exitCode: 0 };
	return { s, found };
}

export function isScope(v: TargetScope | Outcome): v is TargetScope {
	return 's' in v;
}

/** `deployments.apps "x"` as server errors name an object. */
export function quoted(kind: string, name: string): string {
	const plural: Record<string, string> = {
		Deployment: 'deployments.apps',
		StatefulSet: 'statefulsets.apps',
		DaemonSet: 'daemonsets.apps'
	};
	return `${plural[kind] ?? kind.toLowerCase()} "${name}"`;
}
