/**
 * The trainee's decisions on the page — which step each would act on right now, and whether the
 * gate (`core/rehearsal/gate.ts`) would take it — and their keyboard shortcuts. Alt+Shift+letter
 * reaches the page while the terminal has focus and is no key a shell or readline binds.
 */
import type { RehearsalState, StepPhase, StepState } from '../../../core/rehearsal/gate-state';

export type DecisionKind = 'confirm' | 'stop' | 'flag-stale' | 'stage-rollback' | 'reject-draft';

export interface DecisionInfo {
	kind: DecisionKind;
	label: string;
	/** The letter pressed with Alt+Shift. */
	key: string;
	/** What the decision asks for before it is taken. */
	asks: 'nothing' | 'reason' | 'command';
}

export const DECISIONS: readonly DecisionInfo[] = [
	{ kind: 'confirm', label: 'Confirm pre-flight passed', key: 'C', asks: 'nothing' },
	{ kind: 'stop', label: 'Stop', key: 'S', asks: 'reason' },
	{ kind: 'flag-stale', label: 'Flag stale', key: 'F', asks: 'reason' },
	{ kind: 'stage-rollback', label: 'Stage rollback', key: 'R', asks: 'command' },
	{ kind: 'reject-draft', label: 'Reject draft', key: 'X', asks: 'reason' }
];

/** `Alt+Shift+C`, as `aria-keyshortcuts` spells it. */
export function shortcutOf(info: DecisionInfo): string {
	return `Alt+Shift+${info.key}`;
}

const BEFORE_DECISION: StepPhase[] = ['drafted', 'preflight-run'];
const BEFORE_ACTION: StepPhase[] = ['drafted', 'preflight-run', 'proceed', 'rollback-staged'];

function current(gate: RehearsalState): StepState | undefined {
	return gate.steps[gate.current - 1];
}

/** The current step when it may still be decided. */
function decidable(gate: RehearsalState, phases: StepPhase[]): StepState | undefined {
	const step = current(gate);
	return step && !gate.finished && phases.includes(step.phase) ? step : undefined;
}

/**
 * The draft a rejection is about: a confirmed step with a rollback waiting for its action (what the
 * trainee acts on next), else the current step, else the newest whose action has not run.
 */
function beforeAction(gate: RehearsalState): StepState | undefined {
	const open = gate.steps.filter((s) => s.draft && BEFORE_ACTION.includes(s.phase));
	return (
		open.find((s) => s.phase === 'proceed' && s.draft?.rollback.command) ??
		open.find((s) => s.step === gate.current) ??
		open.at(-1)
	);
}

/**
 * The steps whose rollback may be staged now, the likeliest first: a confirmed step with a real
 * rollback waiting for its action, then the current step, then any other whose action has not run.
 * A step whose draft has no rollback command only reads: nothing to stage, so it is skipped.
 */
export function rollbackTargets(gate: RehearsalState): StepState[] {
	const open = gate.steps.filter(
		(s) => s.draft?.rollback.command && BEFORE_ACTION.includes(s.phase)
	);
	const rank = (s: StepState) => (s.phase === 'proceed' ? 0 : s.step === gate.current ? 1 : 2);
	return open.toSorted((a, b) => rank(a) - rank(b) || a.step - b.step);
}

/** The step the decision would act on now, or undefined when the gate would refuse it. */
export function targetStep(kind: DecisionKind, gate: RehearsalState): StepState | undefined {
	if (gate.mode === 'free-play') return undefined;
	switch (kind) {
		case 'confirm':
			return decidable(gate, BEFORE_DECISION);
		case 'stop':
		case 'flag-stale':
			return decidable(gate, ['awaiting-draft', ...BEFORE_DECISION]);
		case 'stage-rollback':
			return rollbackTargets(gate)[0];
		case 'reject-draft':
			return gate.mode === 'approve' ? beforeAction(gate) : undefined;
	}
}

/** The decision an Alt+Shift shortcut names (by physical key, so macOS's Option letters work). */
export function decisionForKey(event: {
	altKey: boolean;
	shiftKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	code: string;
}): DecisionInfo | undefined {
	if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
	return DECISIONS.find((d) => event.code === `Key${d.key}`);
}
