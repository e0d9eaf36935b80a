/**
 * `renderReport(report)`: the score as a person reads it in a terminal — the total and grade,
 * one line per category with its points, the findings under it (offset and command), the
 * mitigation time and error budget, and the three tips.
 */
import { offset } from './rubric-kit';
import type { Category, ScoreReport } from './types';

const POINTS_COLUMN = 34;

function categoryLines(c: Category): string[] {
	const head = `${c.title} `.padEnd(POINTS_COLUMN, '.');
	const lines = [`${head} ${String(c.points).padStart(2)}/${c.max}`, `  ${c.explanation}`];
	for (const f of c.findings)
		lines.push(`  ${f.good ? '✓' : '✗'} ${offset(f.t).padEnd(7)} ${f.message}`);
	return lines;
}

export function renderReport(report: ScoreReport): string {
	const lines = [`Score: ${report.total}/100 (grade ${report.grade})`, ''];
	for (const c of report.categories) lines.push(...categoryLines(c), '');
	lines.push(
		`Mitigated: ${report.mitigatedAt === undefined ? 'no' : offset(report.mitigatedAt)}`,
		`Error budget burned: ${(report.budgetBurned * 100).toFixed(1)} % of 30 days`,
		'',
		'Tips:',
		...report.tips.map((tip, i) => `${i + 1}. ${tip}`)
	);
	return `${lines.join('\n')}\n`;
}
