/**
 * The marks on the debrief's timeline: the trainee's decisions, every command the terminal ran
 * (reads apart from changes, failures marked) and what happened to the world, each with the
 * finding that refers to it, if any. `run` and `wait` acts are not marked: a run is its commands.
 */
import type { RunEvent } from '../../../core/rehearsal/schema';
import type { Finding } from '../../../core/scoring/types';
import { describeEvent } from './describe-event';

export type Lane = 'acts' | 'commands' | 'world';

export type MarkerKind =
	| 'confirm'
	| 'stop'
	| 'flag-stale'
	| 'stage-rollback'
	| 'reject-draft'
	| 'compose'
	| 'read'
	| 'change'
	| 'timeline';

export interface Marker {
	seq: number;
	/** Offset from the page, ms. */
	t: number;
	lane: Lane;
	kind: MarkerKind;
	label: string;
	/** A command that exited non-zero. */
	failed: boolean;
	/** A finding refers to this event: one that cost points, or only catches. */
	finding?: 'cost' | 'good';
}

/** Seq → whether the findings pinned there cost points (a cost outweighs a catch). */
export function findingsBySeq(findings: readonly Finding[]): Map<number, 'cost' | 'good'> {
	const bySeq = new Map<number, 'cost' | 'good'>();
	for (const f of findings) {
		if (bySeq.get(f.seq) === 'cost') continue;
		bySeq.set(f.seq, f.good ? 'good' : 'cost');
	}
	return bySeq;
}

function placeOf(event: RunEvent): { lane: Lane; kind: MarkerKind } | undefined {
	if (event.kind === 'command')
		return { lane: 'commands', kind: event.record.mutating ? 'change' : 'read' };
	if (event.kind === 'timeline') return { lane: 'world', kind: 'timeline' };
	if (event.kind !== 'act' || event.act.act === 'run' || event.act.act === 'wait') return undefined;
	return { lane: 'acts', kind: event.act.act };
}

export function runMarkers(events: readonly RunEvent[], findings: readonly Finding[]): Marker[] {
	const bySeq = findingsBySeq(findings);
	return events.flatMap((event) => {
		const place = placeOf(event);
		if (!place) return [];
		const finding = bySeq.get(event.seq);
		return [
			{
				seq: event.seq,
				t: event.t,
				...place,
				label: describeEvent(event),
				failed: event.kind === 'command' && event.record.exitCode !== 0,
				...(finding && { finding })
			}
		];
	});
}
