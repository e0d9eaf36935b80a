/**
 * A rehearsal as data: the trainee's acts (what `preflight score --acts` reads, one JSON object a
 * line) and the append-only event log a run keeps — every act, every command the terminal ran
 * (from the session's audit), every draft shown, every timeline event, each with its virtual
 * time. Scoring is a pure function of the scenario and this log.
 */
import { z } from 'zod';
import { GuardedStep } from '../drafting/schema';

const StepNumber = z.number().int().positive();
const Reason = z.string().trim().min(1);

/** What a trainee does. `step` is 1-based, as the runbook numbers its steps. */
export const Act = z.discriminatedUnion('act', [
	/** A command line typed into the terminal and run (Enter pressed). */
	z.strictObject({ act: z.literal('run'), command: z.string().trim().min(1) }),
	/** The pre-flight passed: proceed (the next part of the step is revealed). */
	z.strictObject({ act: z.literal('confirm'), step: StepNumber }),
	/** The pre-flight said STOP: the step is not run as written. */
	z.strictObject({ act: z.literal('stop'), step: StepNumber, reason: Reason }),
	/** The step's assumption no longer holds. */
	z.strictObject({ act: z.literal('flag-stale'), step: StepNumber, reason: Reason }),
	/** The rollback is staged (in the buffer) before the action runs. */
	z.strictObject({
		act: z.literal('stage-rollback'),
		step: StepNumber,
		command: z.string().trim().min(1)
	}),
	/** The drafted step is wrong (a wrong namespace, a rollback that does not undo…). */
	z.strictObject({ act: z.literal('reject-draft'), step: StepNumber, reason: Reason }),
	/** Compose mode: the trainee's own four parts of a step. */
	z.strictObject({ act: z.literal('compose'), step: StepNumber, draft: GuardedStep }),
	/** Time passes with nothing typed (reading, thinking, waiting for a rollout). */
	z.strictObject({
		act: z.literal('wait'),
		seconds: z
			.number()
			.positive()
			.max(6 * 3600)
	})
]);
export type Act = z.output<typeof Act>;

export const Mode = z.enum(['approve', 'compose', 'free-play']);
export type Mode = z.output<typeof Mode>;

/** One command the terminal ran, as the session's audit records it. */
export const CommandRecord = z.strictObject({
	command: z.string(),
	context: z.string(),
	namespace: z.string(),
	verb: z.string(),
	resources: z.array(z.string()),
	mutating: z.boolean(),
	exitCode: z.number().int(),
	/** What the trainee saw (stdout + stderr), kept short for the debrief. */
	output: z.string().default('')
});
export type CommandRecord = z.output<typeof CommandRecord>;

const Times = {
	/** Position in the log, from 0, no gaps. */
	seq: z.number().int().nonnegative(),
	/** Virtual ms. */
	at: z.number(),
	/** Offset from the page (t=0), ms. */
	t: z.number(),
	/** Wall-clock ms when it happened in the app (absent when replayed headlessly). */
	wall: z.number().optional()
};

export const RunEvent = z.discriminatedUnion('kind', [
	z.strictObject({ ...Times, kind: z.literal('act'), act: Act }),
	z.strictObject({ ...Times, kind: z.literal('command'), record: CommandRecord }),
	/** A drafted step revealed to the trainee (approve mode), as shown. */
	z.strictObject({
		...Times,
		kind: z.literal('draft-shown'),
		step: StepNumber,
		draft: GuardedStep,
		/** The scenario planted this flaw in the draft (debrief and scoring know; the page does not). */
		planted: z.string().optional()
	}),
	/** A timeline event happened to the world. */
	z.strictObject({
		...Times,
		kind: z.literal('timeline'),
		index: z.number().int().nonnegative(),
		by: z.string(),
		note: z.string()
	})
]);
export type RunEvent = z.output<typeof RunEvent>;
