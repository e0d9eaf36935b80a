/**
 * Looking before and after a change: a mutating command needs a read-only look at each object it
 * changes since that object last changed (by the trainee or by the timeline), and a change that
 * went through needs a look at what it changed before the next change.
 */
import type { Prepared } from '../scenario/prepare';
import {
	changedObjects,
	covers,
	lineObjects,
	recordObjects,
	refText,
	type ObjectRef
} from './objects';
import type { CommandAt, RunModel } from './run';
import {
	costly,
	findingAt,
	maxOf,
	offset,
	plural,
	pointsLeft,
	type CategoryResult,
	type ScoreContext
} from './rubric-kit';
import type { Finding } from './types';

const PREFLIGHT_COST = 6;
const VERIFY_COST = 3;

interface Change {
	seq: number;
	t: number;
	objects: readonly ObjectRef[];
	by: string;
}

/** Changes by the trainee (that went through) and by the timeline, in log order. */
function changes(prepared: Prepared, model: RunModel): Change[] {
	const out: Change[] = [];
	for (const e of model.events) {
		if (e.kind === 'command' && e.record.mutating && e.record.exitCode === 0)
			out.push({ seq: e.seq, t: e.t, objects: changedObjects(e.record), by: 'you' });
		if (e.kind !== 'timeline') continue;
		const objects = timelineObjects(prepared, e.index);
		if (objects) out.push({ seq: e.seq, t: e.t, objects, by: e.by });
	}
	return out;
}

/** What timeline event `index` changes, when it runs a kubectl line. */
export function timelineObjects(
	prepared: Prepared,
	index: number
): readonly ObjectRef[] | undefined {
	const world = prepared.world;
	const event = prepared.scenario.timeline[index];
	if (!event?.kubectl) return undefined;
	const context = event.context ?? world.currentContext;
	const namespace = world.contexts.find((c) => c.name === context)?.namespace ?? 'default';
	return lineObjects(event.kubectl, context, namespace);
}

function looked(reads: readonly CommandAt[], from: number, to: number, obj: ObjectRef): boolean {
	return reads.some(
		(r) => r.seq > from && r.seq < to && recordObjects(r.record).some((look) => covers(look, obj))
	);
}

export function skippedPreflights(ctx: ScoreContext): CategoryResult {
	const { model } = ctx;
	const reads = model.commands.filter((c) => !c.record.mutating);
	const history = changes(ctx.prepared, model);
	const findings: Finding[] = [];
	let tip: string | undefined;
	for (const c of model.commands) {
		if (!c.record.mutating) continue;
		for (const obj of changedObjects(c.record)) {
			const last = history
				.filter((h) => h.seq < c.seq && h.objects.some((o) => covers(o, obj)))
				.pop();
			if (looked(reads, last?.seq ?? -1, c.seq, obj)) continue;
			const since = last
				? ` since ${last.by === 'you' ? 'you' : last.by} changed it at ${offset(last.t)}`
				: '';
			findings.push(
				findingAt(
					c,
					`\`${c.record.command}\` changed ${refText(obj)} with no read-only look at it${since}.`,
					c.record.command
				)
			);
			tip ??= `Before \`${c.record.command}\`, look at ${refText(obj)} with a read-only command (\`kubectl get ${refText(obj)}${obj.namespace ? ` -n ${obj.namespace}` : ''}\`) and read the output first.`;
			break;
		}
	}
	const n = costly(findings);
	return {
		findings,
		points: pointsLeft(maxOf('skipped-preflight'), PREFLIGHT_COST, n),
		summary:
			n === 0
				? 'Every change came after a fresh read-only look at what it changed.'
				: `${plural(n, 'change')} ran without a fresh look at the object first.`,
		...(tip && { tip })
	};
}

/** Pods of a changed workload, or of a changed node, show a change as well as the object does. */
function showsChange(look: ObjectRef, obj: ObjectRef): boolean {
	if (covers(look, obj)) return true;
	return (
		look.kind === 'pod' &&
		look.context === obj.context &&
		(obj.namespace === undefined ||
			look.namespace === undefined ||
			look.namespace === obj.namespace)
	);
}

export function skippedVerifies(ctx: ScoreContext): CategoryResult {
	const { model } = ctx;
	const findings: Finding[] = [];
	let tip: string | undefined;
	const changesDone = model.commands.filter((c) => c.record.mutating && c.record.exitCode === 0);
	changesDone.forEach((c, i) => {
		const until = model.commands.find((n) => n.seq > c.seq && n.record.mutating)?.seq ?? Infinity;
		const objects = changedObjects(c.record);
		const verified = model.commands.some(
			(r) =>
				!r.record.mutating &&
				r.seq > c.seq &&
				r.seq < until &&
				recordObjects(r.record).some((look) => objects.some((o) => showsChange(look, o)))
		);
		if (verified) return;
		const next = changesDone[i + 1];
		findings.push(
			findingAt(
				c,
				`Nothing showed what \`${c.record.command}\` did before ${next ? `\`${next.record.command}\`` : 'the run ended'}.`,
				c.record.command
			)
		);
		const obj = objects[0];
		tip ??= `After \`${c.record.command}\`, verify it before anything else${obj ? ` (\`kubectl get ${refText(obj)}${obj.namespace ? ` -n ${obj.namespace}` : ''}\`, or its rollout status)` : ''}.`;
	});
	const n = costly(findings);
	return {
		findings,
		points: pointsLeft(maxOf('skipped-verify'), VERIFY_COST, n),
		summary:
			n === 0
				? 'Every change was verified before the next one.'
				: `${plural(n, 'change')} went unverified before the next change.`,
		...(tip && { tip })
	};
}
