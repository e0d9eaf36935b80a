/**
 * The kubectl contract: the simulator refuses exactly the command lines the real kubectl v1.32
 * refuses, with the same exit code and first error line. The verdicts come from the fixture
 * (`npm run fixtures:kubectl` records them), so this test runs where kubectl is absent.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firstLine, runContractLine } from './contract-run';
import { corpusArgv, corpusLines } from './split-line';
import type { Verdict, VerdictFixture } from './verdict';
import fixtureJson from './fixtures/kubectl-verdicts.json';

const fixture = fixtureJson as VerdictFixture;
const corpus = corpusLines(readFileSync(new URL('./corpus.txt', import.meta.url), 'utf8'));

/** `[line, verdict]` rows: `%s` prints the whole line in the test name (`$line` would truncate it). */
const rows = (accepted: boolean) =>
	fixture.verdicts
		.filter((v) => v.accepted === accepted)
		.map((v): [string, Verdict] => [v.line, v]);

describe(`kubectl contract (real kubectl ${fixture.kubectlVersion})`, () => {
	it('the fixture was recorded from the current corpus', () => {
		expect(fixture.verdicts.map((v) => v.line)).toEqual(corpus);
		expect(fixture.verdicts.map((v) => v.argv)).toEqual(corpus.map(corpusArgv));
		expect(new Set(corpus).size).toBe(corpus.length);
	});

	it.each(rows(true))('accepts: %s', (_line, v) => {
		const result = runContractLine(v.argv);
		expect(result.rejected, `the simulator refused it:\n${result.stderr}`).toBe(false);
	});

	it.each(rows(false))('rejects: %s', (_line, v) => {
		const result = runContractLine(v.argv);
		expect({
			rejected: result.rejected,
			exitCode: result.exitCode,
			firstErrorLine: firstLine(result.stderr)
		}).toEqual({ rejected: true, exitCode: v.exitCode, firstErrorLine: v.firstErrorLine });
	});
});
