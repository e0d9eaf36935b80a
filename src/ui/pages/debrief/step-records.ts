/**
 * The debrief's "step by step": for each runbook step, the draft shown (or composed) and the flaw
 * planted in it, beside what the trainee actually did for it — decisions, staged rollbacks and the
 * commands run for it. A command goes to the step whose drafted command the gate took it for; else
 * a change to the step the rubric gave it to, a read to the step whose drafted pre-flight or verify
 * it is (the current step first), and anything else to the step being worked on.
 */
import type { GuardedStep } from '../../../core/drafting/schema';
import { sameCommand } from '../../../core/rehearsal/same-command';
import { initialState, transition, type RehearsalState } from '../../../core/rehearsal/gate';
import type { Mode, RunEvent } from '../../../core/rehearsal/schema';
import type { Scenario } from '../../../core/scenario/schema';
import { foldRun, type CommandAt, type StepRun } from '../../../core/scoring/run';
import { describeEvent } from './describe-event';

export type CommandRole = 'pre-flight' | 'action' | 'verify' | 'rollback' | 'own';

export interface StepCommand {
	seq: number;
	t: number;
	command: string;
	exitCode: number;
	mutating: boolean;
	role: CommandRole;
}

export interface StepNote {
	seq: number;
	t: number;
	text: string;
}

export interface StepRecord {
	number: number;
	title: string;
	/** The step was revealed during the run. */
	reached: boolean;
	draft?: GuardedStep;
	/** The trainee wrote the draft (compose mode). */
	composed: boolean;
	planted?: string;
	/** Confirm, stop, flag stale, reject: in order. */
	decisions: StepNote[];
	rollbacks: StepNote[];
	commands: StepCommand[];
}

export function stepRecords(
	scenario: Scenario,
	mode: Mode,
	events: readonly RunEvent[]
): StepRecord[] {
	const model = foldRun(scenario, events);
	const composed = new Set(
		events.flatMap((e) => (e.kind === 'act' && e.act.act === 'compose' ? [e.act.step] : []))
	);
	const records = model.steps.map((s) => recordOf(s, composed.has(s.number)));
	const folded = new Map(model.commands.map((c) => [c.seq, c]));
	let state = initialState(scenario, mode);
	for (const event of events) {
		const before = state;
		[state] = transition(state, event);
		const c = event.kind === 'command' ? folded.get(event.seq) : undefined;
		if (!c) continue;
		const placed = gatePlace(state, c.seq) ?? placeCommand(model.steps, c, before.current);
		if (placed) records[placed.step - 1].commands.push(commandOf(c, placed.role));
	}
	return records;
}

const GATE_ROLES = [
	['preflightRun', 'pre-flight'],
	['actionRun', 'action'],
	['verifyRun', 'verify'],
	['rollbackRun', 'rollback']
] as const;

/** The step whose drafted command the gate took this one for. */
function gatePlace(
	state: RehearsalState,
	seq: number
): { step: number; role: CommandRole } | undefined {
	for (const s of state.steps)
		for (const [field, role] of GATE_ROLES) if (s[field] === seq) return { step: s.step, role };
	return undefined;
}

function recordOf(s: StepRun, composed: boolean): StepRecord {
	const decisions = [s.confirm, s.stop, s.flagStale, s.reject]
		.filter((a) => a !== undefined)
		.sort((a, b) => a.seq - b.seq)
		.map((a) => note(a.seq, a.t, { kind: 'act', act: a.act }));
	return {
		number: s.number,
		title: s.draft?.title ?? s.step.title,
		reached: s.reached !== undefined,
		...(s.draft && { draft: s.draft }),
		composed,
		...(s.planted && { planted: s.planted }),
		decisions,
		rollbacks: s.staged.map((a) => ({ seq: a.seq, t: a.t, text: a.act.command })),
		commands: []
	};
}

function note(seq: number, t: number, body: Pick<RunEvent & { kind: 'act' }, 'kind' | 'act'>) {
	return { seq, t, text: describeEvent({ seq, t, at: 0, ...body }) };
}

/** Not the gate's: a change where the rubric put it, a read by its draft or the current step. */
function placeCommand(
	steps: readonly StepRun[],
	c: CommandAt,
	current: number
): { step: number; role: CommandRole } | undefined {
	if (c.record.mutating && c.step !== undefined)
		return { step: c.step, role: c.role === 'action' || c.role === 'rollback' ? c.role : 'own' };
	for (let n = current; n >= 1; n--) {
		const draft = steps[n - 1].draft;
		if (!draft) continue;
		if (sameCommand(c.record, draft.preflight.command)) return { step: n, role: 'pre-flight' };
		if (sameCommand(c.record, draft.verify.command)) return { step: n, role: 'verify' };
	}
	return current > 0 ? { step: current, role: 'own' } : undefined;
}

function commandOf(c: CommandAt, role: CommandRole): StepCommand {
	const { command, exitCode, mutating } = c.record;
	return { seq: c.seq, t: c.t, command, exitCode, mutating, role };
}
