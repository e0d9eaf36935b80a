/**
 * Stale assumptions against the ground truth: a step is stale when its `stale` predicate holds at
 * the moment it was reached or at the moment it was decided (confirmed, or its action run). A
 * flag-stale, stop or rejected draft on a stale step is a catch; a stale step confirmed or run is
 * a miss; a flag-stale on a step whose assumption still held is a false alarm.
 */
import {
	costly,
	findingAt,
	holdsAt,
	maxOf,
	offset,
	plural,
	pointsLeft,
	type CategoryResult,
	type ScoreContext
} from './rubric-kit';
import type { At, StepRun } from './run';
import type { Finding } from './types';

const MISS_COST = 10;
const FALSE_ALARM_COST = 4;

/** When the step was decided: confirmed, stopped, flagged, rejected or its action run. */
export function decidedAt(s: StepRun): At | undefined {
	const marks: At[] = [];
	for (const m of [s.confirm, s.stop, s.flagStale, s.reject, s.actions[0]]) if (m) marks.push(m);
	return marks.sort((a, b) => a.seq - b.seq)[0];
}

export function isStale(ctx: ScoreContext, s: StepRun): boolean {
	const stale = s.step.truth.stale;
	if (!stale || !s.reached) return false;
	const moments = [s.reached, decidedAt(s)].map((m) => m && ctx.trace.moments.get(m.seq));
	return moments.some((m) => holdsAt(ctx.prepared, stale.when, m));
}

function judge(ctx: ScoreContext, s: StepRun, out: Finding[]): string | undefined {
	const caught = [s.flagStale, s.stop, s.reject].filter((m) => m !== undefined)[0];
	const stale = isStale(ctx, s);
	const reason = s.step.truth.stale?.reason;
	if (stale && caught && (!s.actions[0] || caught.seq < s.actions[0].seq)) {
		out.push({ ...findingAt(caught, `Caught step ${s.number}: ${reason}`), good: true });
		return undefined;
	}
	const went = s.actions[0] ?? s.confirm;
	if (stale && went) {
		const cmd = s.actions[0]?.record.command;
		const did = cmd ? `ran \`${cmd}\`` : 'confirmed it';
		out.push(
			findingAt(
				went,
				`Missed: step ${s.number} was stale and you ${did} at ${offset(went.t)}. ${reason}`,
				cmd
			)
		);
		const look = s.draft?.preflight.command;
		return `Step ${s.number} ("${s.step.title}") had gone stale: ${look ? `read \`${look}\` against the step's assumption` : "check the step's assumption against the live state"} and flag it stale instead of running ${cmd ? `\`${cmd}\`` : 'it'}.`;
	}
	if (!stale && s.flagStale) {
		out.push(
			findingAt(
				s.flagStale,
				`False alarm: step ${s.number} was flagged stale ("${s.flagStale.act.act === 'flag-stale' ? s.flagStale.act.reason : ''}") but its assumption still held.`
			)
		);
		return `Before flagging step ${s.number} stale, name the output that contradicts its assumption; here the pre-flight still matched it.`;
	}
	return undefined;
}

export function staleAssumptions(ctx: ScoreContext): CategoryResult {
	const findings: Finding[] = [];
	let tip: string | undefined;
	for (const s of ctx.model.steps) {
		const t = judge(ctx, s, findings);
		tip ??= t;
	}
	const misses = findings.filter((f) => f.message.startsWith('Missed')).length;
	const alarms = costly(findings) - misses;
	const caught = findings.length - costly(findings);
	const points = Math.max(
		0,
		maxOf('stale-assumption') - MISS_COST * misses - FALSE_ALARM_COST * alarms
	);
	const parts = [
		caught > 0 && `${plural(caught, 'stale step')} caught`,
		misses > 0 && `${plural(misses, 'stale step')} missed`,
		alarms > 0 && plural(alarms, 'false alarm')
	].filter(Boolean);
	return {
		findings,
		points: pointsLeft(points, 0, 0),
		summary:
			parts.length > 0 ? `${parts.join(', ')}.` : "No step's assumption went stale in this run.",
		...(tip && { tip })
	};
}
