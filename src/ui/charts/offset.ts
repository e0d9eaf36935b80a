/** Offsets from t=0 (the page) in words and in axis labels. */

/** `4 minutes`, `1 minute 30 seconds`, `45 seconds`, `1 hour 5 minutes`. */
export function spanPhrase(ms: number): string {
	const total = Math.round(Math.abs(ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const parts = [unit(h, 'hour'), unit(m, 'minute'), unit(s, 'second')].filter(Boolean);
	return parts.length === 0 ? '0 seconds' : parts.join(' ');
}

/** `4 minutes before you were paged`, `as you were paged`, `2 minutes after you were paged`. */
export function pageRelative(ms: number): string {
	if (Math.round(ms / 1000) === 0) return 'as you were paged';
	return `${spanPhrase(ms)} ${ms < 0 ? 'before' : 'after'} you were paged`;
}

/** Axis label for an offset: `-30m`, `-90s`, `0`, `+5m`. */
export function tickLabel(ms: number): string {
	if (ms === 0) return '0';
	const sign = ms < 0 ? '-' : '+';
	const abs = Math.abs(ms);
	return abs % 60_000 === 0 ? `${sign}${abs / 60_000}m` : `${sign}${Math.round(abs / 1000)}s`;
}

function unit(n: number, name: string): string {
	return n === 0 ? '' : `${n} ${name}${n === 1 ? '' : 's'}`;
}
