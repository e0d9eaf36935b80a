/**
 * The drafter port: whatever drafts guarded steps — the offline drafter here, a model behind a
 * provider elsewhere — takes a scenario, a step and the state, and answers a step or a message.
 */
import type { World } from '../cluster/types';
import type { Scenario } from '../scenario/schema';
import type { GuardedStep } from './schema';

export interface DraftRequest {
	scenario: Scenario;
	/** 0-based index into `scenario.runbook.steps`; the drafted step is numbered from 1. */
	stepIndex: number;
	world: World;
	/** Absolute virtual ms. */
	now: number;
	/** Offset from the scenario's t = 0 in ms, for predicates over time; unknown when omitted. */
	t?: number;
}

export type DraftResult = { ok: true; step: GuardedStep } | { ok: false; message: string };

export interface Drafter {
	name: string;
	draft(req: DraftRequest): Promise<DraftResult>;
}
