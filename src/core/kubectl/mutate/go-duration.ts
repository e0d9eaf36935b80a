/** Go's time.Duration.String() for whole milliseconds: `5s`, `1m0s`, `1h2m3s`, `1.5s`. */
export function humanGoDuration(ms: number): string {
	if (ms === 0) return '0s';
	if (ms < 1000) return `${ms}ms`;
	const h = Math.floor(ms / 3_600_000);
	const m = Math.floor((ms % 3_600_000) / 60_000);
	const s = (ms % 60_000) / 1000;
	const sec = `${Number.isInteger(s) ? s : s.toString()}s`;
	if (h > 0) return `${h}h${m}m${sec}`;
	if (m > 0) return `${m}m${sec}`;
	return sec;
}
