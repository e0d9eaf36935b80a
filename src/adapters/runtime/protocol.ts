/**
 * The typed message boundary between the page and the runtime worker: each request is
 * `{ id, type, payload }`, each reply echoes `id` and `type` and carries either `payload` or
 * `error` — errors cross the boundary as values, never as thrown exceptions.
 */
import type { RunEvent } from '../../core/rehearsal/schema';
import type {
	CheckpointReply,
	CompletionReply,
	DraftReply,
	HealthSample,
	LoadReply,
	RuntimeReply,
	RuntimeStatus,
	ScenarioLoad,
	Scored
} from './runtime';
import type { ClusterSnapshot } from './snapshot';

/** Each call: what goes in, what comes back. */
export interface Calls {
	execute: { args: { line: string }; result: RuntimeReply };
	advance: { args: { ms: number }; result: RuntimeReply };
	interrupt: { args: null; result: RuntimeReply };
	status: { args: null; result: RuntimeStatus };
	snapshot: { args: null; result: ClusterSnapshot };
	complete: { args: { line: string; cursor: number }; result: CompletionReply };
	load: { args: ScenarioLoad; result: LoadReply };
	draft: { args: { step: number }; result: DraftReply };
	health: { args: null; result: HealthSample };
	checkpoint: { args: null; result: CheckpointReply };
	score: { args: { events: RunEvent[] }; result: Scored };
	observe: { args: { events: RunEvent[] }; result: null };
}

export type CallType = keyof Calls;

export type Request = {
	[K in CallType]: { id: number; type: K; payload: Calls[K]['args'] };
}[CallType];

export type Reply = {
	[K in CallType]: { id: number; type: K; payload?: Calls[K]['result']; error?: string };
}[CallType];
