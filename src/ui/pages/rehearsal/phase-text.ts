/** What comes next in a step, in the trainee's words, and which part of the card it is. */
import type { StepPhase } from '../../../core/rehearsal/gate-state';
import type { Mode } from '../../../core/rehearsal/schema';

export type StepPart = 'preflight' | 'decision' | 'rollback' | 'action' | 'verify';

export interface NextUp {
	part?: StepPart;
	text: string;
}

/** `undoable`: the step's draft has a rollback command (a step that only reads has none to stage). */
export function nextUp(phase: StepPhase, mode: Mode, undoable = true): NextUp {
	switch (phase) {
		case 'awaiting-draft':
			return { text: mode === 'compose' ? 'Next: write this step' : 'Drafting this step…' };
		case 'drafted':
			return { part: 'preflight', text: 'Next: run the pre-flight and read its output' };
		case 'preflight-run':
			return { part: 'decision', text: 'Next: decide — confirm, stop or flag stale' };
		case 'proceed':
			return undoable
				? { part: 'rollback', text: 'Next: stage the rollback before the action' }
				: { part: 'action', text: 'Next: run the action' };
		case 'rollback-staged':
			return { part: 'action', text: 'Next: run the action' };
		case 'action-run':
			return { part: 'verify', text: 'Next: run the verify' };
		case 'verify-run':
			return { part: 'verify', text: 'The verify failed: roll back, or verify again' };
		case 'done':
			return { text: 'Done: the verify passed' };
		case 'rolled-back':
			return { text: 'Rolled back' };
		case 'stopped':
			return { text: 'Stopped: not run as written' };
		case 'flagged-stale':
			return { text: 'Flagged stale: not run as written' };
	}
}

/** Steps still being worked: shown as cards (the current one, and earlier ones whose action is open). */
export function isOpen(phase: StepPhase): boolean {
	return ['proceed', 'rollback-staged', 'action-run', 'verify-run'].includes(phase);
}
