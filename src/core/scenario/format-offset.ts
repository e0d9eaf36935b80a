/** Offsets as a scenario writes them: `-45m`, `1h30m`, `90s` → `1m30s`, `0s`. */
export function formatDuration(ms: number): string {
	const sign = ms < 0 ? '-' : '';
	let rest = Math.abs(ms);
	const h = Math.floor(rest / 3_600_000);
	rest -= h * 3_600_000;
	const m = Math.floor(rest / 60_000);
	rest -= m * 60_000;
	const s = Math.floor(rest / 1000);
	const msPart = rest - s * 1000;
	const text =
		(h ? `${h}h` : '') + (m ? `${m}m` : '') + (s ? `${s}s` : '') + (msPart ? `${msPart}ms` : '');
	return sign + (text || '0s');
}
