/**
 * Three tips: the concrete ones of the categories that cost most points (ties in rubric order),
 * then, for a run that lost little, the habits worth keeping from the categories it did well in.
 */
import type { Category, CategoryId } from './types';

const TIP_COUNT = 3;

const KEEP: Record<CategoryId, string> = {
	'skipped-preflight': 'Keep running a read-only look at each object right before you change it.',
	'missing-rollback':
		'Keep staging the rollback before every action, and check it undoes that action.',
	'stale-assumption':
		"Keep checking each step's assumption against the live state when you reach it.",
	'outside-blast-radius': "Keep reading each action's blast radius before you press Enter.",
	'chained-mutation': 'Keep to one change per command line, with a verify in between.',
	'unapproved-mutation': 'Keep every change inside a confirmed step.',
	'skipped-verify': 'Keep verifying each change before you make the next one.',
	'planted-flaw': 'Keep reading drafts critically: namespace, target and rollback, every time.',
	'stop-ignored':
		"Keep comparing the pre-flight's output with the STOP condition before you confirm.",
	'rushed-approval': 'Keep reading the whole pre-flight output before you confirm.',
	'time-to-mitigation':
		'Keep the investigation short once the cause is clear: mitigate first, tidy up later.',
	damage: 'Keep changes small and inside the blast radius, as you did here.'
};

export function fillTips(results: readonly { category: Category; tip?: string }[]): string[] {
	const lost = results
		.map((r, i) => ({ ...r, i, lost: r.category.max - r.category.points }))
		.filter((r) => r.lost > 0 && r.tip)
		.sort((a, b) => b.lost - a.lost || a.i - b.i)
		.map((r) => r.tip!);
	const keep = results
		.filter((r) => r.category.points === r.category.max)
		.map((r) => KEEP[r.category.id]);
	return [...lost, ...keep].slice(0, TIP_COUNT);
}
