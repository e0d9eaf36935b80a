/**
 * What a runtime reply adds to the log: a `command` event per audited command and a `timeline`
 * event per scenario event that happened, in time order with the timeline first on a tie — the
 * order the headless replay logs them in, so the app and `preflight score` read the same log.
 */
import type { RuntimeReply } from '../../adapters/runtime/runtime';
import type { EventBody } from '../../core/rehearsal/run-log';

export interface Timed {
	at: number;
	body: EventBody;
}

export function replyEvents(reply: Pick<RuntimeReply, 'records' | 'happened'>): Timed[] {
	const items: Timed[] = [
		...(reply.happened ?? []).map(({ at, index, by, note }) => ({
			at,
			body: { kind: 'timeline', index, by, note } as const
		})),
		...(reply.records ?? []).map(({ at, record }) => ({
			at,
			body: { kind: 'command', record } as const
		}))
	];
	// Array.prototype.sort is stable: timeline events, listed first, stay first on a tie.
	return items.sort((a, b) => a.at - b.at);
}
