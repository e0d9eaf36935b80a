/**
 * The run replayed event by event for the debrief: at each event of the log, what happened, the
 * output the trainee saw (a `run` shows its line's whole output), and where each revealed step
 * stood at that point — the gate folded over the log up to that event.
 */
import { initialState, transition, type StepPhase } from '../../../core/rehearsal/gate';
import type { Mode, RunEvent } from '../../../core/rehearsal/schema';
import type { Scenario } from '../../../core/scenario/schema';
import { describeEvent } from './describe-event';

export interface StepAt {
	step: number;
	phase: StepPhase;
	label: string;
}

export interface ReplayFrame {
	seq: number;
	t: number;
	kind: RunEvent['kind'];
	text: string;
	/** What the terminal printed, when the log kept it. */
	output?: string;
	/** The revealed steps after this event. */
	steps: StepAt[];
	/** The step being worked on (0 in free play). */
	current: number;
}

const PHASES: Record<StepPhase, string> = {
	'awaiting-draft': 'waiting for its draft',
	drafted: 'drafted',
	'preflight-run': 'pre-flight run',
	proceed: 'confirmed',
	stopped: 'stopped',
	'flagged-stale': 'flagged stale',
	'rollback-staged': 'rollback staged',
	'action-run': 'action run',
	'verify-run': 'verify failed',
	done: 'done',
	'rolled-back': 'rolled back'
};

export function phaseLabel(phase: StepPhase): string {
	return PHASES[phase];
}

export function replayFrames(
	scenario: Scenario,
	mode: Mode,
	events: readonly RunEvent[]
): ReplayFrame[] {
	let state = initialState(scenario, mode);
	return events.map((event, i) => {
		[state] = transition(state, event);
		const output = outputOf(events, i);
		return {
			seq: event.seq,
			t: event.t,
			kind: event.kind,
			text: describeEvent(event),
			...(output && { output }),
			steps: state.steps.map((s) => ({ step: s.step, phase: s.phase, label: PHASES[s.phase] })),
			current: state.current
		};
	});
}

/** A command's own output; for a `run`, the line's (kept on its last command). */
function outputOf(events: readonly RunEvent[], i: number): string | undefined {
	const event = events[i];
	if (event.kind === 'command') return event.record.output || undefined;
	if (event.kind !== 'act' || event.act.act !== 'run') return undefined;
	let output: string | undefined;
	for (let j = i + 1; j < events.length && events[j].kind !== 'act'; j++) {
		const next = events[j];
		if (next.kind === 'command' && next.record.output) output = next.record.output;
	}
	return output;
}

/** Where each revealed step begins in the replay: the first frame that shows it, in step order. */
export function stepStarts(frames: readonly ReplayFrame[]): { step: number; index: number }[] {
	const starts: { step: number; index: number }[] = [];
	frames.forEach((frame, index) => {
		for (const s of frame.steps)
			if (!starts.some((known) => known.step === s.step)) starts.push({ step: s.step, index });
	});
	return starts.sort((a, b) => a.step - b.step);
}

/** The frames to jump to from `index`: the start of the step before the current one, and of the next. */
export function stepJumps(
	starts: readonly { step: number; index: number }[],
	index: number
): { previous?: { step: number; index: number }; next?: { step: number; index: number } } {
	const here = starts.findLastIndex((s) => s.index <= index);
	const previous = here > 0 ? starts[here - 1] : undefined;
	const next = starts.find((s) => s.index > index);
	return { ...(previous && { previous }), ...(next && { next }) };
}
