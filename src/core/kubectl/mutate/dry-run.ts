/** `--dry-run=none|client|server` and the suffix kubectl prints after a dry-run success line. */
import { clientError } from '../errors';
import type { Invocation, KubectlError } from '../types';

export type DryRun = 'none' | 'client' | 'server';

/** Reads `--dry-run`; a bare `--dry-run` (deprecated, `unchanged`) means client. */
export function parseDryRun(inv: Invocation): DryRun | KubectlError {
	const value = String(inv.flags.get('dry-run') ?? 'none');
	if (value === 'unchanged' || value === 'client' || value === 'true') return 'client';
	if (value === 'none' || value === 'false' || value === '') return 'none';
	if (value === 'server') return 'server';
	return clientError(`Invalid dry-run value (${value}). Must be "none", "server", or "client".`);
}

/** ` (dry run)` / ` (server dry run)` / `` */
export function dryRunSuffix(dryRun: DryRun): string {
	return dryRun === 'client' ? ' (dry run)' : dryRun === 'server' ? ' (server dry run)' : '';
}

/** `deployment.apps/x scaled (dry run)` */
export function successLine(ref: string, operation: string, dryRun: DryRun): string {
	return `${ref} ${operation}${dryRunSuffix(dryRun)}\n`;
}
