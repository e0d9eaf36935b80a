/**
 * `score(prepared, events)`: the rubric applied to a run — a pure function of the scenario and
 * the event log (the world is rebuilt from it, see trace.ts). Twelve categories worth 100 points,
 * a grade, and three tips from the categories that cost most. Same scenario and log, same report.
 */
import type { RunEvent } from '../rehearsal/schema';
import type { Prepared } from '../scenario/prepare';
import { chainedMutations, outsideBlastRadius, unapprovedMutations } from './actions';
import { rushedApprovals, stopIgnored } from './approvals';
import { flawedDrafts } from './drafts';
import { damage, mitigatedAt, runBudget, timeToMitigation } from './outcome';
import { skippedPreflights, skippedVerifies } from './preflights';
import { missingRollbacks } from './rollbacks';
import { foldRun, type RunModel } from './run';
import { costly, type CategoryResult, type ScoreContext } from './rubric-kit';
import { staleAssumptions } from './stale';
import { traceRun, type Sample, type Tracer } from './trace';
import { RUBRIC, type Category, type CategoryId, type Grade, type ScoreReport } from './types';
import { fillTips } from './tips';

const CATEGORIES: Record<CategoryId, (ctx: ScoreContext) => CategoryResult> = {
	'skipped-preflight': skippedPreflights,
	'missing-rollback': missingRollbacks,
	'stale-assumption': staleAssumptions,
	'outside-blast-radius': outsideBlastRadius,
	'chained-mutation': chainedMutations,
	'unapproved-mutation': unapprovedMutations,
	'skipped-verify': skippedVerifies,
	'planted-flaw': flawedDrafts,
	'stop-ignored': stopIgnored,
	'rushed-approval': rushedApprovals,
	'time-to-mitigation': timeToMitigation,
	damage
};

export function gradeOf(total: number): Grade {
	if (total >= 90) return 'A';
	if (total >= 80) return 'B';
	if (total >= 70) return 'C';
	if (total >= 60) return 'D';
	return 'F';
}

/** Events the rubric needs the world at: when steps were reached, drafted, decided, acted on. */
function moments(model: RunModel): Set<number> {
	const want = new Set<number>();
	for (const s of model.steps)
		for (const m of [s.reached, s.draftAt, s.confirm, s.stop, s.flagStale, s.reject, ...s.actions])
			if (m) want.add(m.seq);
	return want;
}

/** How far past the run's end the SLIs are followed: the resolution's `for`, and a sample more. */
export function extendMs(prepared: Prepared): number {
	return (prepared.scenario.health.resolved?.for ?? 0) + 15_000;
}

/**
 * `tracer`: one the host fed the log as it grew (see trace.ts) — the world is then not rebuilt
 * from the start, only from where the tracer stands (nothing, if it settled), and the per-event
 * analyses it made on the way are read, not made again. Same report either way.
 */
export function score(
	prepared: Prepared,
	events: readonly RunEvent[],
	tracer?: Tracer
): ScoreReport {
	return scoreRun(prepared, events, tracer).report;
}

/** The report and the SLIs along the run (every 15 s, then past its end), for the debrief. */
export function scoreRun(
	prepared: Prepared,
	events: readonly RunEvent[],
	tracer?: Tracer
): { report: ScoreReport; samples: Sample[] } {
	const model = foldRun(prepared.scenario, events);
	const extend = extendMs(prepared);
	const want = moments(model);
	const fed = tracer?.prepared === prepared ? tracer : undefined;
	fed?.ingest(model.events);
	const trace = fed ? fed.trace(want, extend) : traceRun(prepared, model.events, want, extend);
	const ctx: ScoreContext = { prepared, model, trace };
	const results: { category: Category; tip?: string }[] = RUBRIC.map((r) => {
		const result = CATEGORIES[r.id](ctx);
		return {
			category: {
				id: r.id,
				title: r.title,
				count: costly(result.findings),
				points: result.points,
				max: r.max,
				explanation: `${r.measures} ${result.summary}`,
				findings: result.findings
			},
			...(result.tip && { tip: result.tip })
		};
	});
	const categories = results.map((r) => r.category);
	const total = categories.reduce((sum, c) => sum + c.points, 0);
	const resolved = prepared.scenario.health.resolved;
	const mitigated = resolved ? mitigatedAt(trace.samples, resolved.for) : undefined;
	const report: ScoreReport = {
		total,
		grade: gradeOf(total),
		categories,
		tips: fillTips(results),
		...(mitigated !== undefined && { mitigatedAt: mitigated }),
		budgetBurned: runBudget(ctx)
	};
	return { report, samples: trace.samples };
}
