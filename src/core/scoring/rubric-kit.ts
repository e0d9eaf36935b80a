/**
 * What every category shares: its result shape, findings pinned to an event, the points left after
 * a fixed cost per finding, offsets as the debrief prints them, and ground-truth predicates
 * evaluated on a moment of the run.
 */
import { cachedPredicate, slisAt } from '../scenario/health';
import type { Prepared } from '../scenario/prepare';
import { evaluatePredicate } from '../scenario/predicate';
import type { RunModel, At } from './run';
import type { Moment, Trace } from './trace';
import { RUBRIC, type CategoryId, type Finding } from './types';

export interface ScoreContext {
	prepared: Prepared;
	model: RunModel;
	trace: Trace;
}

export interface CategoryResult {
	findings: Finding[];
	points: number;
	/** One sentence on how the run did here. */
	summary: string;
	/** A concrete tip from the worst finding, naming the command. */
	tip?: string;
}

export function findingAt(where: At, message: string, command?: string): Finding {
	return {
		at: where.at,
		t: where.t,
		seq: where.seq,
		...(command !== undefined && { command }),
		message
	};
}

/** `max` less `cost` per finding, never below 0. */
export function pointsLeft(max: number, cost: number, count: number): number {
	return Math.max(0, max - cost * count);
}

/** `+4m10s`: an offset from the page. */
export function offset(t: number): string {
	const s = Math.round(t / 1000);
	const m = Math.floor(s / 60);
	return `+${m > 0 ? `${m}m` : ''}${s % 60 || m === 0 ? `${s % 60}s` : ''}`;
}

export function plural(n: number, word: string, many = `${word}s`): string {
	return `${n} ${n === 1 ? word : many}`;
}

/** A ground-truth predicate on a moment of the run (SLIs available); false when it does not parse. */
export function holdsAt(prepared: Prepared, when: string, moment: Moment | undefined): boolean {
	if (!moment) return false;
	const parsed = cachedPredicate(when);
	if (!parsed.ok) return false;
	const { world, now, t } = moment;
	const slis = slisAt(prepared.scenario.health, world, now, t);
	return evaluatePredicate(parsed.expr, { world, now, t, sli: (id) => slis[id] });
}

export function costly(findings: readonly Finding[]): number {
	return findings.filter((f) => !f.good).length;
}

export function maxOf(id: CategoryId): number {
	return RUBRIC.find((r) => r.id === id)!.max;
}
