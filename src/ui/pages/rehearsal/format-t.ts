/** `t+4m12s`, `t-30s`: virtual time from the page, as the debrief and the incident channel say it. */
import { elapsed } from '../../format';

export function formatT(ms: number): string {
	return `t${ms < 0 ? '-' : '+'}${elapsed(Math.abs(ms))}`;
}
