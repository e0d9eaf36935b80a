/** Messages between the editor page and its check worker. */
import type { CheckResult } from './check-scenario';

export interface CheckRequest {
	id: number;
	text: string;
	file: string;
}

export type CheckReply = { id: number; result: CheckResult } | { id: number; error: string };
