/**
 * A step's "what you did" as it happened: its decisions, staged rollbacks and commands merged in
 * log order (by seq), so a rollback staged after the pre-flight reads after it.
 */
import type { StepCommand, StepNote, StepRecord } from './step-records';

export type DoneItem =
	| ({ kind: 'decision' } & StepNote)
	| ({ kind: 'rollback' } & StepNote)
	| ({ kind: 'command' } & StepCommand);

export function doneInOrder(record: Pick<StepRecord, 'decisions' | 'rollbacks' | 'commands'>) {
	const items: DoneItem[] = [
		...record.decisions.map((d) => ({ kind: 'decision' as const, ...d })),
		...record.rollbacks.map((r) => ({ kind: 'rollback' as const, ...r })),
		...record.commands.map((c) => ({ kind: 'command' as const, ...c }))
	];
	return items.sort((a, b) => a.seq - b.seq);
}
