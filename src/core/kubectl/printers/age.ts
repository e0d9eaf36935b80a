/**
 * Human durations exactly as apimachinery's `duration.HumanDuration` prints them, which is how
 * kubectl shows AGE, `(5m ago)` and event times: `45s`, `2m3s`, `15m`, `3h20m`, `10h`, `2d3h`, `12d`.
 */
export function humanDuration(ms: number): string {
	const seconds = Math.trunc(ms / 1000);
	if (seconds < -1) return '<invalid>';
	if (seconds < 0) return '0s';
	if (seconds < 120) return `${seconds}s`;
	const minutes = Math.trunc(seconds / 60);
	if (minutes < 10) {
		const s = seconds % 60;
		return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
	}
	if (minutes < 180) return `${minutes}m`;
	const hours = Math.trunc(minutes / 60);
	if (hours < 8) {
		const m = minutes % 60;
		return m === 0 ? `${hours}h` : `${hours}h${m}m`;
	}
	if (hours < 48) return `${hours}h`;
	if (hours < 24 * 8) {
		const h = hours % 24;
		return h === 0 ? `${Math.trunc(hours / 24)}d` : `${Math.trunc(hours / 24)}d${h}h`;
	}
	if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24)}d`;
	if (hours < 24 * 365 * 8) {
		const days = Math.trunc(hours / 24) % 365;
		const years = Math.trunc(hours / 24 / 365);
		return days === 0 ? `${years}y` : `${years}y${days}d`;
	}
	return `${Math.trunc(hours / 24 / 365)}y`;
}

/** AGE of an object stamped at `timestamp` (RFC 3339) seen at virtual time `now`; `<unknown>` if unset. */
export function age(timestamp: string | undefined, now: number): string {
	if (!timestamp) return '<unknown>';
	return humanDuration(now - Date.parse(timestamp));
}
