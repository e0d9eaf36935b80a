/**
 * What the changes were: outside the step's stated blast radius (the ground truth's objects,
 * namespace and context; the draft's action targets where the truth states none), more than one
 * change in one command line, and changes no confirmed step called for.
 */
import { classify } from '../guard/classify';
import { TextMemo } from './memo';
import { changedObjects, covers, lineObjects, makeRef, refText, type ObjectRef } from './objects';
import type { CommandAt, StepRun } from './run';
import {
	costly,
	findingAt,
	maxOf,
	plural,
	pointsLeft,
	type CategoryResult,
	type ScoreContext
} from './rubric-kit';
import type { Finding } from './types';

const RADIUS_COST = 4;
const CHAIN_COST = 5;
const UNAPPROVED_COST = 4;

const chains = new TextMemo<boolean>();

/** Whether the guard reads more than one change in the line (memoised on its text). */
export function chainsMutations(line: string): boolean {
	return chains.get(line, () => classify(line).chainsMutations);
}

/** The objects a step may change, as its author (or, failing that, its draft) states them. */
export function stepRadius(s: StepRun, c: CommandAt): readonly ObjectRef[] | undefined {
	const radius = s.step.truth.blastRadius;
	const context = radius?.context ?? c.record.context;
	const namespace = radius?.namespace ?? c.record.namespace;
	if (radius && radius.objects.length > 0)
		return radius.objects.map((o) => {
			const at = o.indexOf('/');
			return makeRef(context, namespace, o.slice(0, at), o.slice(at + 1));
		});
	if (s.draft) return lineObjects(s.draft.action.command, context, namespace);
	return undefined;
}

function where(ref: ObjectRef): string {
	return `${refText(ref)}${ref.namespace ? ` in ${ref.namespace}` : ''} on ${ref.context}`;
}

export function outsideBlastRadius(ctx: ScoreContext): CategoryResult {
	const findings: Finding[] = [];
	let tip: string | undefined;
	for (const c of ctx.model.commands) {
		if (c.role !== 'action' || c.step === undefined) continue;
		const s = ctx.model.steps[c.step - 1];
		const allowed = stepRadius(s, c);
		if (!allowed) continue;
		const outside = changedObjects(c.record).filter(
			(o) => !allowed.some((a) => a.name !== undefined && covers(a, o))
		);
		if (outside.length === 0) continue;
		const cmd = c.record.command;
		findings.push(
			findingAt(
				c,
				`\`${cmd}\` changed ${outside.map(where).join(', ')}, outside step ${s.number}'s blast radius (${allowed.map(where).join(', ')}).`,
				cmd
			)
		);
		tip ??= `Read the blast radius before you run an action: \`${cmd}\` touched ${outside.map(refText).join(', ')}, but step ${s.number} only changes ${allowed.map(refText).join(', ')}.`;
	}
	const n = costly(findings);
	return {
		findings,
		points: pointsLeft(maxOf('outside-blast-radius'), RADIUS_COST, n),
		summary:
			n === 0
				? "Every action stayed inside its step's blast radius."
				: `${plural(n, 'action')} changed something outside the stated blast radius.`,
		...(tip && { tip })
	};
}

export function chainedMutations(ctx: ScoreContext): CategoryResult {
	const findings: Finding[] = [];
	let tip: string | undefined;
	const { runs, commands } = ctx.model;
	// Changes per line, counted in one pass rather than a scan of every command per line.
	const index = new Map(runs.map((run, i) => [run.seq, i]));
	const changes = new Map<number, number>();
	for (const c of commands) {
		const i = c.runSeq === undefined ? undefined : index.get(c.runSeq);
		if (i === undefined || !c.record.mutating || c.seq >= (runs[i + 1]?.seq ?? Infinity)) continue;
		changes.set(i, (changes.get(i) ?? 0) + 1);
	}
	runs.forEach((run, i) => {
		if (!chainsMutations(run.act.command) && (changes.get(i) ?? 0) < 2) return;
		findings.push(
			findingAt(
				run,
				`\`${run.act.command}\` makes more than one change in one line.`,
				run.act.command
			)
		);
		tip ??= `Split \`${run.act.command}\` into one change per line, with a verify between them, so each can be checked and undone on its own.`;
	});
	const n = costly(findings);
	return {
		findings,
		points: pointsLeft(maxOf('chained-mutation'), CHAIN_COST, n),
		summary: n === 0 ? 'One change per command line.' : `${plural(n, 'line')} chained changes.`,
		...(tip && { tip })
	};
}

export function unapprovedMutations(ctx: ScoreContext): CategoryResult {
	const { model } = ctx;
	const findings: Finding[] = [];
	let tip: string | undefined;
	for (const c of model.commands) {
		if (!c.record.mutating || c.role === 'rollback') continue;
		const cmd = c.record.command;
		const s = c.step !== undefined ? model.steps[c.step - 1] : undefined;
		if (c.role === 'action' && s) {
			if (!model.stepped || (s.confirm && s.confirm.seq < c.seq)) continue;
			findings.push(
				findingAt(
					c,
					`\`${cmd}\` ran step ${s.number}'s action before its pre-flight was confirmed.`,
					cmd
				)
			);
			tip ??= `Run step ${s.number}'s pre-flight and confirm it before \`${cmd}\`.`;
			continue;
		}
		const objects = changedObjects(c.record).map(refText).join(', ');
		findings.push(
			findingAt(c, `\`${cmd}\` changed ${objects || 'the cluster'}, which no step called for.`, cmd)
		);
		tip ??= `Do not run \`${cmd}\`: no step called for it. Propose it as a step (pre-flight, action, verify, rollback) first.`;
	}
	const n = costly(findings);
	return {
		findings,
		points: pointsLeft(maxOf('unapproved-mutation'), UNAPPROVED_COST, n),
		summary:
			n === 0
				? 'Every change was one a confirmed step called for.'
				: `${plural(n, 'change')} no confirmed step called for.`,
		...(tip && { tip })
	};
}
