/**
 * How the incident went: when the service recovered for good (the scenario's resolution condition
 * holding from then to past the run's end for at least its `for`), the error budget the run burned
 * against what leaving it alone would have burned, and objects changed outside every blast radius.
 * A run that was not mitigated because the trainee stopped where the runbook said to (a step's
 * STOP output or stale assumption held) and changed nothing after is handed on, not charged.
 */
import { budgetBurned } from '../scenario/health';
import { actionRefs } from './radius-union';
import { changedObjects, covers, refKey, refText } from './objects';
import {
	findingAt,
	holdsAt,
	maxOf,
	offset,
	type CategoryResult,
	type ScoreContext
} from './rubric-kit';
import type { ActAt, StepRun } from './run';
import { baselineSamples, type Sample } from './trace';
import type { Finding } from './types';

/** 1 % of the 30-day error budget beyond the baseline costs a point (up to BUDGET_POINTS). */
const BUDGET_STEP = 0.01;
const BUDGET_POINTS = 4;
const COLLATERAL_COST = 1;

/** Start of the last stretch in which the resolution condition holds, if it lasts `forMs`. */
export function mitigatedAt(samples: readonly Sample[], forMs: number): number | undefined {
	let start: number | undefined;
	for (const s of samples) start = s.holds ? (start ?? s.t) : undefined;
	const last = samples[samples.length - 1];
	if (start === undefined || !last || last.t - start < forMs) return undefined;
	return start;
}

/** The last event at or before `t` (what the finding points at). */
function eventBefore(ctx: ScoreContext, t: number) {
	const events = ctx.model.events.filter((e) => e.t <= t);
	return events[events.length - 1] ?? { seq: 0, at: ctx.prepared.t0 + t, t };
}

/** Why declining step `s` at `declined` was right, if it was: the STOP text or the stale reason. */
function declineReason(ctx: ScoreContext, s: StepRun, declined: ActAt): string | undefined {
	const { prepared, trace } = ctx;
	const moment = trace.moments.get(declined.seq);
	const { stopIf, stale } = s.step.truth;
	const stop = holdsAt(prepared, stopIf.when, moment) ? stopIf.text : undefined;
	const gone = stale && holdsAt(prepared, stale.when, moment) ? stale.reason : undefined;
	return declined.act.act === 'flag-stale' ? (gone ?? stop) : (stop ?? gone);
}

/**
 * The first step stopped or flagged stale while its pre-flight said to, with no change after it:
 * the trainee handed the incident on as the runbook asks, so not mitigating it is no fault.
 */
export function handedOn(ctx: ScoreContext): Finding | undefined {
	const changes = ctx.model.commands.filter((c) => c.record.mutating && c.record.exitCode === 0);
	const lastChange = changes[changes.length - 1]?.seq ?? -1;
	const declines = ctx.model.steps
		.flatMap((s) => [s.stop, s.flagStale].flatMap((d) => (d ? [{ s, d }] : [])))
		.filter(({ d }) => d.seq > lastChange)
		.sort((a, b) => a.d.seq - b.d.seq);
	for (const { s, d } of declines) {
		const reason = declineReason(ctx, s, d);
		if (reason === undefined) continue;
		const did =
			d.act.act === 'stop' ? `Stopped at step ${s.number}` : `Flagged step ${s.number} stale`;
		const message = `${did} as its pre-flight said and handed the incident on: ${reason}`;
		return { ...findingAt(d, message), good: true };
	}
	return undefined;
}

export function timeToMitigation(ctx: ScoreContext): CategoryResult {
	const { prepared, trace } = ctx;
	const max = maxOf('time-to-mitigation');
	const resolved = prepared.scenario.health.resolved;
	if (!resolved)
		return { findings: [], points: max, summary: 'The scenario has no resolution condition.' };
	const at = mitigatedAt(trace.samples, resolved.for);
	const expected = prepared.scenario.minutes * 60_000;
	const findings: Finding[] = [];
	const handed = at === undefined ? handedOn(ctx) : undefined;
	if (handed)
		return {
			findings: [handed],
			points: max,
			summary: `Not mitigated in the run: handed on at ${offset(handed.t)}, where a step's pre-flight said to stop, with nothing changed after.`
		};
	if (at === undefined) {
		const last = eventBefore(ctx, trace.endT);
		findings.push(
			findingAt(
				last,
				`Not mitigated: \`${resolved.when}\` did not hold for ${resolved.for / 1000} s by the end of the run.`
			)
		);
		return {
			findings,
			points: 0,
			summary: 'The incident was not mitigated.',
			tip: `Finish the job: the run ended before \`${resolved.when}\` held; keep going through the verify step until the SLIs recover.`
		};
	}
	const fraction = Math.min(1, Math.max(0, (at - expected / 2) / (1.5 * expected)));
	const points = Math.round(max - (max - 2) * fraction);
	if (points < max)
		findings.push(
			findingAt(
				eventBefore(ctx, at),
				`Mitigated at ${offset(at)}; the scenario expects about ${prepared.scenario.minutes} min.`
			)
		);
	return {
		findings,
		points,
		summary: `Mitigated at ${offset(at)} (virtual).`,
		...(points < max && {
			tip: `Mitigation came at ${offset(at)}: do the step that moves the SLIs earlier, and keep the reads around it short.`
		})
	};
}

function burned(ctx: ScoreContext, samples: readonly Sample[], endT: number): number {
	return ctx.prepared.scenario.health.services.reduce((sum, service) => {
		const series = samples
			.filter((s) => s.t <= endT && s.slis[service.id])
			.map((s) => ({ t: s.t, sli: s.slis[service.id] }));
		return sum + budgetBurned(service, series);
	}, 0);
}

export function runBudget(ctx: ScoreContext): number {
	return burned(ctx, ctx.trace.samples, ctx.trace.endT);
}

/** The first change after which the run's error rate rose above the baseline's. */
function worseningChange(ctx: ScoreContext, baseline: readonly Sample[]) {
	const base = new Map(baseline.map((s) => [s.t, s]));
	const worse = ctx.trace.samples.find((s) => {
		const b = base.get(s.t);
		return (
			b && Object.keys(s.slis).some((id) => s.slis[id].errorRate > b.slis[id].errorRate + 0.005)
		);
	});
	const changes = ctx.model.commands.filter((c) => c.record.mutating && (!worse || c.t <= worse.t));
	return changes[changes.length - 1];
}

export function damage(ctx: ScoreContext): CategoryResult {
	const { trace, model } = ctx;
	const run = runBudget(ctx);
	const baseline = baselineSamples(ctx.prepared, trace.endT);
	const extra = run - burned(ctx, baseline, trace.endT);
	const findings: Finding[] = [];
	const tips: string[] = [];
	let lost = 0;
	if (extra > BUDGET_STEP / 5) {
		lost += Math.min(BUDGET_POINTS, Math.ceil(extra / BUDGET_STEP));
		const change = worseningChange(ctx, baseline);
		const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
		const where = change ?? eventBefore(ctx, trace.endT);
		findings.push(
			findingAt(
				where,
				`The run burned ${pct(run)} of the error budget, ${pct(extra)} more than leaving the incident alone would have.`,
				change?.record.command
			)
		);
		if (change)
			tips.push(
				`\`${change.record.command}\` made the incident worse: check its blast radius against the SLIs before you run a change like it.`
			);
	}
	const allowed = actionRefs(ctx);
	const seen = new Set<string>();
	for (const c of model.commands) {
		if (!c.record.mutating || c.record.exitCode !== 0) continue;
		for (const o of changedObjects(c.record)) {
			if (allowed.some((a) => covers(a, o)) || seen.has(refKey(o))) continue;
			seen.add(refKey(o));
			lost += COLLATERAL_COST;
			findings.push(
				findingAt(
					c,
					`\`${c.record.command}\` changed ${refText(o)}, which no step's blast radius includes.`,
					c.record.command
				)
			);
			tips.push(
				`Leave ${refText(o)} alone: \`${c.record.command}\` changed it and no step needed it changed.`
			);
		}
	}
	const max = maxOf('damage');
	const points = Math.max(0, max - Math.min(lost, max));
	return {
		findings,
		points,
		summary:
			findings.length === 0
				? 'No collateral damage, and no more error budget burned than the incident itself would have.'
				: `${findings.length} kinds of damage found.`,
		...(tips[0] && { tip: tips[0] })
	};
}
