/**
 * zod schemas of what a finished run keeps beside its log — the score report and the SLI samples —
 * so an export is checked whole on import. The types stay those of `core/scoring/types.ts` and
 * `runtime.ts`; the assertions at the end keep the two in step.
 */
import { z } from 'zod';
import type { CategoryId, Grade, ScoreReport } from '../../core/scoring/types';
import type { HealthSample } from '../runtime/runtime';

export const GradeSchema = z.enum(['A', 'B', 'C', 'D', 'F']);

export const CategoryIdSchema = z.enum([
	'skipped-preflight',
	'missing-rollback',
	'stale-assumption',
	'outside-blast-radius',
	'chained-mutation',
	'unapproved-mutation',
	'skipped-verify',
	'planted-flaw',
	'stop-ignored',
	'rushed-approval',
	'time-to-mitigation',
	'damage'
]);

const FindingSchema = z.strictObject({
	at: z.number(),
	t: z.number(),
	seq: z.number().int().nonnegative(),
	command: z.string().optional(),
	message: z.string(),
	good: z.literal(true).optional()
});

const CategorySchema = z.strictObject({
	id: CategoryIdSchema,
	title: z.string(),
	count: z.number().int().nonnegative(),
	points: z.number(),
	max: z.number(),
	explanation: z.string(),
	findings: z.array(FindingSchema)
});

export const ScoreReportSchema = z.strictObject({
	total: z.number(),
	grade: GradeSchema,
	categories: z.array(CategorySchema),
	tips: z.array(z.string()),
	mitigatedAt: z.number().optional(),
	budgetBurned: z.number()
});

const SliSchema = z.strictObject({
	errorRate: z.number(),
	latencyMs: z.number(),
	saturation: z.number(),
	ready: z.number()
});

export const HealthSampleSchema = z.strictObject({
	t: z.number(),
	slis: z.record(z.string(), SliSchema),
	holds: z.boolean()
});

/** Compiles only while the schema's output and the type are the same shape, both ways. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(): T | undefined => undefined;
same<Same<z.output<typeof GradeSchema>, Grade>>();
same<Same<z.output<typeof CategoryIdSchema>, CategoryId>>();
same<Same<z.output<typeof ScoreReportSchema>, ScoreReport>>();
same<Same<z.output<typeof HealthSampleSchema>, HealthSample>>();
