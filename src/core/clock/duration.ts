/** Go-style durations as kubectl and `sleep` accept them: `30s`, `1m30s`, `2h`, `500ms`, `5`. */
const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Milliseconds, or undefined when the text is not a duration. A bare number means seconds. */
export function parseDuration(text: string): number | undefined {
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
	const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)];
	if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
	return parts.reduce((sum, [, n, unit]) => sum + Number(n) * UNITS[unit], 0);
}
