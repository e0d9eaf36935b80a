/**
 * The typed boundary to the dashboard worker: `{ id, type: 'charts', payload }` in, the same id
 * with a result or an `error` out. Errors cross as values, never as thrown exceptions.
 */
import type { Scenario } from '../../core/scenario/schema';
import type { ChartsResult } from './compute-charts';

export interface ChartsRequest {
	id: number;
	type: 'charts';
	payload: { scenario: Scenario; files: Record<string, string> };
}

export interface ChartsReply {
	id: number;
	type: 'charts';
	/** With how long the worker took, in ms. */
	payload?: ChartsResult & { ms: number };
	error?: string;
}
