/** Display helpers for virtual time: the side panel shows UTC so every trainee sees the same. */

/** `09:41:05 UTC` */
export function timeOfDay(ms: number): string {
	return `${new Date(ms).toISOString().slice(11, 19)} UTC`;
}

/** `0s`, `45s`, `2m05s`, `1h02m03s` — elapsed virtual time, whole seconds. */
export function elapsed(ms: number): string {
	const total = Math.max(0, Math.floor(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const pad = (n: number) => String(n).padStart(2, '0');
	if (h > 0) return `${h}h${pad(m)}m${pad(s)}s`;
	if (m > 0) return `${m}m${pad(s)}s`;
	return `${s}s`;
}
