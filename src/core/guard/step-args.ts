/**
 * The words of the commands derived from a simulated step (its undo, its verify, the rules that
 * name what it changed): how kubectl names a changed object, where the action said it acts, and a
 * taint as `kubectl taint` writes it.
 */
import type { Taint } from '../cluster/types';
import type { Change } from './diff-worlds';
import type { SimStep } from './simulate';

/** `deployment/payments-secondary`, `node/ip-10-0-1-23.ec2.internal`. */
export function refOf(c: { kind: string; name: string }): string {
	return `${c.kind.toLowerCase()}/${c.name}`;
}

/** `-n` and `--context` exactly as the action gave them (no `-n` for a cluster-scoped change). */
export function scopeArgs(step: SimStep, c?: Change): string[] {
	const out: string[] = [];
	if (step.inv.given.has('namespace') && (!c || c.namespace)) out.push('-n', step.namespace);
	if (step.inv.given.has('context')) out.push('--context', step.context);
	return out;
}

/** `dedicated=payments:NoSchedule`, `node.kubernetes.io/unreachable:NoExecute`. */
export function taintText(t: Taint): string {
	return `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}
