/**
 * The built-in library lints clean — no errors and no warnings — with ids unique across it, and
 * so does the worked example embedded in scenarios/README.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem, lintLibrary, lintScenario } from '../../src/core/scenario/lint';

const DIR = new URL('../../scenarios/', import.meta.url);
const FILES = readdirSync(DIR)
	.filter((f) => f.endsWith('.yaml'))
	.sort();

function readBeside(path: string): string | undefined {
	try {
		return readFileSync(new URL(path, DIR), 'utf8');
	} catch {
		return undefined;
	}
}

function source(file: string) {
	return { file: `scenarios/${file}`, text: readBeside(file) ?? '', readFile: readBeside };
}

/** The YAML block under "## Worked example" in scenarios/README.md. */
function readmeExample(): string {
	const readme = readFileSync(new URL('README.md', DIR), 'utf8');
	const match = /^## Worked example\n[\s\S]*?^```yaml\n([\s\S]*?)^```$/m.exec(readme);
	if (!match) throw new Error('scenarios/README.md has no worked example');
	return match[1];
}

describe('the built-in library', () => {
	it('has scenarios', () => {
		expect(FILES.length).toBeGreaterThan(0);
	});

	it.each(FILES)('%s lints clean', (file) => {
		const { file: name, text, readFile } = source(file);
		expect(lintScenario(text, name, readFile).map(formatProblem)).toEqual([]);
	});

	it('has unique ids, each matching its file name', () => {
		expect(lintLibrary(FILES.map(source)).map(formatProblem)).toEqual([]);
		for (const file of FILES) {
			const id = /^id: (\S+)$/m.exec(readBeside(file) ?? '')?.[1];
			expect(`${id}.yaml`).toBe(file);
		}
	});
});

describe('the worked example in scenarios/README.md', () => {
	it('lints clean', () => {
		expect(lintScenario(readmeExample(), 'README.md').map(formatProblem)).toEqual([]);
	});
});
