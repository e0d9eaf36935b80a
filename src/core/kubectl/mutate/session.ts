/**
 * The write side of one kubectl command: the cluster the context points at, opened as a
 * copy-on-write transaction, and the outcome that commits it (or not, in a dry run).
 */
import { ClusterTx } from '../../cluster/store';
import { clusterOf, withCluster } from '../../cluster/world';
import { unknownContext } from '../errors';
import type { Env, KubectlError, Outcome } from '../types';
import type { DryRun } from './dry-run';

export interface Session {
	tx: ClusterTx;
	env: Env;
}

/** Opens the cluster behind `env.context`, or kubectl's error for an unknown context. */
export function openSession(env: Env): Session | KubectlError {
	const cluster = clusterOf(env.world, env.context);
	if (!cluster) return unknownContext(env.context);
	return { tx: new ClusterTx(cluster), env };
}

export function isError(value: unknown): value is KubectlError {
	return typeof value === 'object' && value !== null && 'exitCode' in value && 'message' in value;
}

export interface Finish {
	stdout: string;
	stderr?: string;
	exitCode?: number;
	resources: string[];
	/** Whether anything was written; a dry run never commits. */
	changed: boolean;
	dryRun: DryRun;
}

/** The outcome of a mutating verb: commits the transaction unless it was a dry run. */
export function finish(session: Session, f: Finish): Outcome {
	const commit = f.changed && f.dryRun === 'none';
	return {
		stdout: f.stdout,
		stderr: f.stderr ?? '',
		exitCode: f.exitCode ?? 0,
		resources: f.resources,
		mutating: f.dryRun === 'none',
		...(commit ? { world: withCluster(session.env.world, session.tx.commit()) } : {})
	};
}
