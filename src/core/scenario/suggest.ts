/** "Did you mean …?": the closest known word to a misspelt one, when it is close enough. */

/** Edits from `a` to `b`, a swap of neighbours counting one (`scael` → `scale`). */
function distance(a: string, b: string): number {
	let before: number[] = [];
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, before[j - 2] + 1);
			row.push(d);
		}
		[before, prev] = [prev, row];
	}
	return prev[b.length];
}

/** The known word closest to `word` (case-insensitive), if within a third of its length (≥ 1) and
 * closer than any other. */
export function closest(word: string, known: readonly string[]): string | undefined {
	if (word.length > 64) return undefined;
	const lower = word.toLowerCase();
	const limit = Math.max(1, Math.floor(word.length / 3));
	let best: string | undefined;
	let bestDistance = Infinity;
	let tie = false;
	for (const candidate of known) {
		const d = distance(lower, candidate.toLowerCase());
		if (d === bestDistance) tie = true;
		if (d < bestDistance) [best, bestDistance, tie] = [candidate, d, false];
	}
	// Two equally close words (SEV5: SEV1 or SEV4?) is no suggestion at all.
	return bestDistance <= limit && !tie ? best : undefined;
}

/** ` (did you mean "x"?)`, or nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
	const match = closest(word, known);
	return match === undefined || match === word ? '' : ` (did you mean "${match}"?)`;
}
