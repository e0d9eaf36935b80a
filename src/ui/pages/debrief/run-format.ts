/** How the debrief and the history write a run's times, modes and shares. */
import type { Mode } from '../../../core/rehearsal/schema';

/** `t+01:54`: an offset from the page (t = 0), minutes and seconds; `t-00:30` before it. */
export function tClock(ms: number): string {
	const total = Math.round(Math.abs(ms) / 1000);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `t${ms < 0 && total > 0 ? '-' : '+'}${pad(Math.floor(total / 60))}:${pad(total % 60)}`;
}

/** `2026-03-04 14:12 UTC`: a wall-clock moment, the same for every reader. */
export function runDate(ms: number): string {
	const iso = new Date(ms).toISOString();
	return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

const MODES: Record<Mode, string> = {
	approve: 'Approve',
	compose: 'Compose',
	'free-play': 'Free play'
};

export function modeLabel(mode: Mode): string {
	return MODES[mode];
}

/** A fraction as a percentage with one decimal: `0.02105` → `2.1 %`. */
export function percent(fraction: number): string {
	return `${(Math.round(fraction * 1000) / 10).toFixed(1)} %`;
}
