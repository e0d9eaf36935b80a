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
 * A step whose action has not run: a confirmed one waiting for its action first (its rollback is
 * what the trainee stages next) unless it only reads (nothing to roll back: a trainee may leave
 * it), else the current one.
 */
function beforeAction(gate: RehearsalState): StepState | undefined {
	const open = gate.steps.filter((s) => s.draft && BEFORE_ACTION.includes(s.phase));
	return (
		open.find((s) => s.phase === 'proceed' && s.draft?.rollback.command) ??
		open.find((s) => s.step === gate.current) ??
		open.at(-1)
	);
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
			return beforeAction(gate);
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
