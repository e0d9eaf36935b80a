/**
 * The invalid corpus: each file in invalid/ opens with a comment and one `# expect:` line per
 * problem the linter must report, in order — `# expect: LINE:COL [warning ]PATH: MESSAGE` (the
 * message a substring of the real one). Location, path and severity must match exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintScenario } from '../../src/core/scenario/lint';
import type { ScenarioProblem } from '../../src/core/scenario/schema';

const DIR = new URL('./invalid/', import.meta.url);
const FILES = readdirSync(DIR)
	.filter((f) => f.endsWith('.yaml'))
	.sort();

interface Expectation {
	where: string;
	message: string;
}

function expectations(text: string): Expectation[] {
	return [...text.matchAll(/^# expect: (\d+:\d+ (?:warning )?\S*): (.*)$/gm)].map((m) => ({
		where: m[1],
		message: m[2]
	}));
}

function actual(p: ScenarioProblem): Expectation {
	const severity = p.severity === 'warning' ? 'warning ' : '';
	return { where: `${p.line}:${p.column} ${severity}${p.path}`, message: p.message };
}

describe('the invalid corpus', () => {
	it('has at least 32 files, each with expectations', () => {
		expect(FILES.length).toBeGreaterThanOrEqual(32);
		for (const file of FILES)
			expect(expectations(readFileSync(new URL(file, DIR), 'utf8')), file).not.toEqual([]);
	});

	it.each(FILES)('%s', (file) => {
		const text = readFileSync(new URL(file, DIR), 'utf8');
		const wanted = expectations(text);
		const got = lintScenario(text, file).map(actual);
		expect(got.map((g) => g.where)).toEqual(wanted.map((w) => w.where));
		got.forEach((g, i) => expect(g.message).toContain(wanted[i].message));
	});

	it('refuses a 5 MB file unread, at 1:1', () => {
		const line = '# padding padding padding padding padding padding padding padding padding\n';
		const text = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
		expect(lintScenario(text, 'huge.yaml')).toEqual([
			{
				file: 'huge.yaml',
				line: 1,
				column: 1,
				path: '',
				message: 'scenario is 5.0 MB; the limit is 2 MB',
				severity: 'error'
			}
		]);
	});
});
