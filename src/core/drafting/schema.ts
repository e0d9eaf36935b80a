/**
 * The guarded step: one runbook step as a drafter proposes it — a read-only pre-flight with the
 * output that means STOP, the exact action with its blast radius, a verify, a staged rollback, any
 * stale assumptions, and the closing line that hands the decision back to the human. A model's
 * answer is parsed with this schema; anything that does not fit is rejected and explained.
 */
import { z } from 'zod';
import { Predicate } from '../scenario/schema';

export const CONFIRM_LINE = 'Confirm the pre-flight passed and tell me to proceed.';

const Command = z.string().trim().min(1, 'a command cannot be empty');

export const StopCondition = z.strictObject({
	/** The output that means STOP, as people read it. */
	text: z.string().trim().min(1),
	/** The same condition over cluster state, in the predicate language (`scenario/predicate.ts`). */
	when: Predicate.optional()
});

export const GuardedStep = z.strictObject({
	step: z.number().int().positive(),
	title: z.string().trim().min(1),
	preflight: z.strictObject({
		command: Command,
		/** What output means the world is as the step assumes (proceed). */
		expect: z.string().trim().min(1),
		stopIf: StopCondition
	}),
	action: z.strictObject({
		command: Command,
		/** The plain sentence: what the action touches, where. */
		blastRadius: z.string().trim().min(1)
	}),
	verify: z.strictObject({ command: Command, expect: z.string().trim().min(1) }),
	rollback: z.strictObject({
		/** The undo, staged before the action runs; empty only when nothing can undo it… */
		command: z.string().trim(),
		/** …and then this says so plainly (`not reversible: the pods' data is gone`). */
		note: z.string().trim().min(1).optional()
	}),
	staleFlags: z
		.array(z.strictObject({ reason: z.string().trim().min(1), evidence: z.string().trim().min(1) }))
		.default([]),
	confirm: z.string().trim().min(1).default(CONFIRM_LINE)
});

export type GuardedStep = z.output<typeof GuardedStep>;
export type GuardedStepInput = z.input<typeof GuardedStep>;
export type StopCondition = z.output<typeof StopCondition>;
