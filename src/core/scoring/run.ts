/**
 * The event log folded into what the rubric reads: per runbook step, when it was reached, the
 * draft shown (or composed), the trainee's decisions and staged rollbacks, and the commands that
 * did it; every command with the line the trainee typed and, for changes, its role — the step's
 * action, a rollback, or something no step called for.
 */
import type { GuardedStep } from '../drafting/schema';
import type { Act, CommandRecord, RunEvent } from '../rehearsal/schema';
import type { RunbookStep, Scenario } from '../scenario/schema';
import { oneOf, sameCommand, type KeyDefaults } from './command-key';

export interface At {
	seq: number;
	at: number;
	t: number;
}

export interface ActAt<A extends Act = Act> extends At {
	act: A;
}

export type Role = 'action' | 'rollback' | 'other';

export interface CommandAt extends At {
	record: CommandRecord;
	/** The line the trainee typed (the `run` act this command came from). */
	line: string;
	/** Seq of that `run` act, when there is one. */
	runSeq?: number;
	/** The step being worked on when it ran (1-based), if any. */
	current?: number;
	/** For a change: what it was, and for which step (1-based). */
	role?: Role;
	step?: number;
}

export interface StepRun {
	number: number;
	step: RunbookStep;
	reached?: At;
	draft?: GuardedStep;
	draftAt?: At;
	/** The flaw the scenario planted in the draft shown, if it says so. */
	planted?: string;
	confirm?: ActAt;
	stop?: ActAt;
	flagStale?: ActAt;
	reject?: ActAt;
	staged: ActAt<Extract<Act, { act: 'stage-rollback' }>>[];
	/** Commands that did the step's action, in order. */
	actions: CommandAt[];
}

export interface RunModel {
	/** Approve or compose mode (drafts or step acts in the log); false in free play. */
	stepped: boolean;
	steps: StepRun[];
	commands: CommandAt[];
	runs: ActAt<Extract<Act, { act: 'run' }>>[];
	events: RunEvent[];
}

function at(e: RunEvent): At {
	return { seq: e.seq, at: e.at, t: e.t };
}

export function defaultsOf(record: CommandRecord): KeyDefaults {
	return { context: record.context, namespace: record.namespace };
}

function matchesAction(s: StepRun, line: string, d: KeyDefaults): boolean {
	if (s.draft && sameCommand(line, s.draft.action.command, d)) return true;
	return oneOf(line, s.step.truth.actions, d);
}

function matchesRollback(s: StepRun, line: string, d: KeyDefaults): boolean {
	const staged = s.staged.map((a) => a.act.command);
	const drafted = s.draft?.rollback.command ? [s.draft.rollback.command] : [];
	return oneOf(line, [...staged, ...drafted, ...s.step.truth.rollbacks], d);
}

/** The step a change belongs to: the current one first, then earlier ones, then later ones. */
function attribute(model: RunModel, c: CommandAt, current: number): void {
	const n = model.steps.length;
	const order = [
		...Array.from({ length: current }, (_, i) => current - i),
		...Array.from({ length: Math.max(0, n - current) }, (_, i) => current + 1 + i)
	];
	const d = defaultsOf(c.record);
	for (const number of order) {
		const s = model.steps[number - 1];
		const rollback = matchesRollback(s, c.record.command, d);
		if (rollback && s.actions.length > 0) {
			Object.assign(c, { role: 'rollback', step: number });
			return;
		}
		if (matchesAction(s, c.record.command, d)) {
			Object.assign(c, { role: 'action', step: number });
			s.actions.push(c);
			return;
		}
		if (rollback) {
			Object.assign(c, { role: 'rollback', step: number });
			return;
		}
	}
	c.role = 'other';
	if (current > 0) c.step = current;
}

function onAct(model: RunModel, e: Extract<RunEvent, { kind: 'act' }>): number | undefined {
	const act = e.act;
	if (act.act === 'run') {
		model.runs.push({ seq: e.seq, at: e.at, t: e.t, act });
		return undefined;
	}
	if (act.act === 'wait') return undefined;
	const s = model.steps[act.step - 1];
	if (!s) return undefined;
	model.stepped = true;
	s.reached ??= at(e);
	const here = { seq: e.seq, at: e.at, t: e.t, act };
	if (act.act === 'confirm') s.confirm ??= here;
	else if (act.act === 'stop') s.stop ??= here;
	else if (act.act === 'flag-stale') s.flagStale ??= here;
	else if (act.act === 'reject-draft') s.reject ??= here;
	else if (act.act === 'stage-rollback') s.staged.push({ seq: e.seq, at: e.at, t: e.t, act });
	else if (act.act === 'compose') {
		s.draft = act.draft;
		s.draftAt = at(e);
	}
	return act.step;
}

export function foldRun(scenario: Scenario, events: readonly RunEvent[]): RunModel {
	const sorted = [...events].sort((a, b) => a.seq - b.seq);
	const model: RunModel = {
		stepped: false,
		steps: scenario.runbook.steps.map((step, i) => ({
			number: i + 1,
			step,
			staged: [],
			actions: []
		})),
		commands: [],
		runs: [],
		events: sorted
	};
	let current = 0;
	for (const e of sorted) {
		if (e.kind === 'draft-shown') {
			const s = model.steps[e.step - 1];
			if (!s) continue;
			model.stepped = true;
			Object.assign(s, { draft: e.draft, draftAt: at(e), planted: e.planted });
			s.reached ??= at(e);
			current = e.step;
		} else if (e.kind === 'act') {
			current = onAct(model, e) ?? current;
		} else if (e.kind === 'command') {
			const run = model.runs[model.runs.length - 1];
			// Built field by field: spreading optional parts costs more than the rest of the fold.
			const c: CommandAt = {
				seq: e.seq,
				at: e.at,
				t: e.t,
				record: e.record,
				line: run?.act.command ?? e.record.command
			};
			if (run) c.runSeq = run.seq;
			if (current > 0) c.current = current;
			if (e.record.mutating) attribute(model, c, current);
			if (c.role === 'action' && c.step !== undefined) model.steps[c.step - 1].reached ??= at(e);
			model.commands.push(c);
		}
	}
	return model;
}
