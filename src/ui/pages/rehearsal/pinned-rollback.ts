/** The rollback to keep one paste away: the newest staged one not yet used. */
import type { RehearsalState } from '../../../core/rehearsal/gate-state';

export interface Pinned {
	step: number;
	command: string;
}

export function pinnedRollback(gate: RehearsalState): Pinned | undefined {
	for (let i = gate.steps.length - 1; i >= 0; i--) {
		const { step, rollback, phase } = gate.steps[i];
		if (rollback && phase !== 'rolled-back') return { step, command: rollback };
	}
	return undefined;
}
