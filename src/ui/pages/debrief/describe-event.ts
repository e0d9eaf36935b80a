/** One line for each event of a run's log, as the debrief's timeline and replay say it. */
import type { RunEvent } from '../../../core/rehearsal/schema';

export function describeEvent(event: RunEvent): string {
	switch (event.kind) {
		case 'act':
			return describeAct(event.act);
		case 'command': {
			const { command, mutating, exitCode } = event.record;
			const exit = exitCode === 0 ? '' : ` (exit ${exitCode})`;
			return `${mutating ? 'Changed' : 'Read'}: ${command}${exit}`;
		}
		case 'draft-shown':
			return `Step ${event.step}'s draft shown: ${event.draft.title}`;
		case 'timeline':
			return `${upperFirst(event.by)}: ${event.note}`;
	}
}

function describeAct(act: Extract<RunEvent, { kind: 'act' }>['act']): string {
	switch (act.act) {
		case 'run':
			return `Ran ${act.command}`;
		case 'wait':
			return `Waited ${act.seconds} s`;
		case 'confirm':
			return `Confirmed step ${act.step}: the pre-flight passed`;
		case 'stop':
			return `Stopped step ${act.step}: ${act.reason}`;
		case 'flag-stale':
			return `Flagged step ${act.step} stale: ${act.reason}`;
		case 'stage-rollback':
			return `Staged step ${act.step}'s rollback: ${act.command}`;
		case 'reject-draft':
			return `Rejected step ${act.step}'s draft: ${act.reason}`;
		case 'compose':
			return `Composed step ${act.step}: ${act.draft.title}`;
	}
}

function upperFirst(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
