/**
 * A duration flag's value. The parser hands durations to verbs already in milliseconds (see the
 * README); verbs read them here instead of parsing again, where a bare number would be seconds.
 */
import type { Invocation } from '../types';

export function durationFlag(inv: Pick<Invocation, 'flags'>, name: string, fallback = 0): number {
	const value = inv.flags.get(name);
	return typeof value === 'number' ? value : fallback;
}
