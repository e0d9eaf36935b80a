/**
 * How steps were approved: confirmed (or, in free play, acted on) while the ground truth's STOP
 * condition held — a trap step (`trap: true`, planted to say STOP) confirmed is named as one, and
 * stopping it is credited — and confirmed faster than the pre-flight's output could be read.
 * Reading speed: 3 s for up to 10 lines of output, 0.2 s per line beyond, at most 10 s — measured
 * from the last read-only command before the confirm, by the wall clock when both events carry
 * `wall` (the clock may be paused or run at 60× while the trainee reads), else in virtual time (a
 * log replayed headlessly).
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
import type { At } from './run';
import type { Finding } from './types';

const STOP_COST = 6;
const RUSH_COST = 2;

/** Ms it takes to read `output`. */
export function readingMs(output: string): number {
	const lines = output.trimEnd() === '' ? 0 : output.trimEnd().split('\n').length;
	return Math.min(10_000, 3000 + 200 * Math.max(0, lines - 10));
}

/** How long the trainee had between two events, and on which clock. */
export interface Gap {
	ms: number;
	clock: 'wall' | 'virtual';
}

/**
 * The wall-clock gap when both events happened in the app (and the wall clock did not step
 * back), else the virtual one.
 */
export function readingGap(from: At, to: At, wall: ReadonlyMap<number, number | undefined>): Gap {
	const a = wall.get(from.seq);
	const b = wall.get(to.seq);
	if (a !== undefined && b !== undefined && b >= a) return { ms: b - a, clock: 'wall' };
	return { ms: to.at - from.at, clock: 'virtual' };
}

/** `0.4 s of wall-clock time`: floored to a tenth, so a gap just short never reads as enough. */
function describeGap(gap: Gap): string {
	const s = Math.floor(gap.ms / 100) / 10;
	return `${s} s of ${gap.clock === 'wall' ? 'wall-clock' : 'virtual'} time`;
}

export function stopIgnored(ctx: ScoreContext): CategoryResult {
	const { model, prepared, trace } = ctx;
	const findings: Finding[] = [];
	let tip: string | undefined;
	for (const s of model.steps) {
		const stop = s.step.truth.stopIf;
		const trap = s.step.trap === true;
		// Stopping a trap, or flagging it stale, is what it was planted to see.
		const declined = s.stop ?? s.flagStale;
		if (trap && declined && holdsAt(prepared, stop.when, trace.moments.get(declined.seq))) {
			const good = `Stopped at the trap in step ${s.number} at ${offset(declined.t)}: ${stop.text}`;
			findings.push({ ...findingAt(declined, good), good: true });
			continue;
		}
		const went = model.stepped ? s.confirm : s.actions[0];
		if (!went) continue;
		if (!holdsAt(prepared, stop.when, trace.moments.get(went.seq))) continue;
		const how = model.stepped ? 'confirmed' : 'acted on';
		const what = trap ? 'trap pre-flight' : 'pre-flight';
		findings.push(
			findingAt(
				went,
				`Step ${s.number} was ${how} at ${offset(went.t)} while its ${what} said STOP: ${stop.text}`,
				s.actions[0]?.record.command
			)
		);
		const look = s.draft?.preflight.command;
		tip ??= `At step ${s.number}, ${look ? `\`${look}\`` : 'the pre-flight'} showed the STOP condition ("${stop.text}"): stop the step instead of confirming it.`;
	}
	const n = costly(findings);
	return {
		findings,
		points: pointsLeft(maxOf('stop-ignored'), STOP_COST, n),
		summary:
			n === 0
				? 'No step was approved while its pre-flight said STOP.'
				: `${plural(n, 'step')} approved despite STOP output.`,
		...(tip && { tip })
	};
}

export function rushedApprovals(ctx: ScoreContext): CategoryResult {
	const { model } = ctx;
	const wall = new Map(model.events.map((e) => [e.seq, e.wall]));
	const findings: Finding[] = [];
	let tip: string | undefined;
	for (const s of model.steps) {
		const confirm = s.confirm;
		if (!confirm) continue;
		const from = s.reached?.seq ?? -1;
		const read = model.commands
			.filter((c) => !c.record.mutating && c.seq >= from && c.seq < confirm.seq)
			.pop();
		if (!read) continue;
		const gap = readingGap(read, confirm, wall);
		const needs = readingMs(read.record.output);
		if (gap.ms >= needs) continue;
		const took = describeGap(gap);
		findings.push(
			findingAt(
				confirm,
				`Step ${s.number} was confirmed ${took} after \`${read.record.command}\` printed its output (reading it takes at least ${needs / 1000} s).`,
				read.record.command
			)
		);
		tip ??= `Read the output of \`${read.record.command}\` against the STOP condition before you confirm step ${s.number}: ${took} is too fast to have read it.`;
	}
	const n = costly(findings);
	return {
		findings,
		points: pointsLeft(maxOf('rushed-approval'), RUSH_COST, n),
		summary:
			n === 0
				? 'Every confirm came after time to read the pre-flight.'
				: `${plural(n, 'confirm')} came faster than the output could be read.`,
		...(tip && { tip })
	};
}
