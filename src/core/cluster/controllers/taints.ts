/** Taint/toleration matching, shared by the scheduler, the DaemonSet and taint eviction. */
import type { Pod, Taint } from '../types';

export type Toleration = NonNullable<Pod['spec']['tolerations']>[number] & {
	tolerationSeconds?: number;
};

export function tolerates(toleration: Toleration, taint: Taint): boolean {
	if (toleration.effect && toleration.effect !== taint.effect) return false;
	if (!toleration.key) return toleration.operator === 'Exists';
	if (toleration.key !== taint.key) return false;
	if (toleration.operator === 'Exists') return true;
	return (toleration.value ?? '') === (taint.value ?? '');
}

/** The first NoSchedule/NoExecute taint no toleration covers (what the scheduler reports). */
export function untoleratedTaint(
	taints: Taint[] | undefined,
	tolerations: Toleration[] | undefined
): Taint | undefined {
	return (taints ?? []).find(
		(t) => t.effect !== 'PreferNoSchedule' && !(tolerations ?? []).some((tol) => tolerates(tol, t))
	);
}
