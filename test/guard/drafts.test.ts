/**
 * The draft corpus: hand-written drafts for library scenario steps, as a model would answer. Each
 * flawed draft is caught by exactly the rules it violates (the exact set of rule and field of all
 * its findings); each clean draft has no finding at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../src/core/guard/lint-draft';
import { DRAFTS, lintEntry, type CorpusEntry } from './draft-corpus';

const key = (f: { rule: string; field: string }) => `${f.rule} @ ${f.field}`;

const files = readdirSync(DRAFTS)
	.filter((f) => f.endsWith('.json'))
	.sort();
const entries = files.map((file) => ({
	file,
	entry: JSON.parse(readFileSync(join(DRAFTS, file), 'utf8')) as CorpusEntry
}));

describe('the draft corpus', () => {
	it('holds at least 45 flawed and 8 clean drafts', () => {
		expect(entries.filter((e) => e.entry.expect.length > 0).length).toBeGreaterThanOrEqual(45);
		expect(entries.filter((e) => e.entry.expect.length === 0).length).toBeGreaterThanOrEqual(8);
	});

	it('covers every rule at least twice', () => {
		const counts = new Map<string, number>();
		for (const { entry } of entries)
			for (const rule of new Set(entry.expect.map((e) => e.rule)))
				counts.set(rule, (counts.get(rule) ?? 0) + 1);
		const rules: RuleId[] = [
			'schema',
			'multiple-steps',
			'preflight-not-read-only',
			'preflight-sensitive',
			'preflight-reads-nothing',
			'control-character',
			'confirm-missing',
			'action-refused',
			'verify-not-read-only',
			'rollback-chains-mutations',
			'action-chains-mutations',
			'action-not-mutating',
			'placeholder',
			'unknown-context',
			'unknown-namespace',
			'unknown-resource',
			'rollback-missing',
			'rollback-not-inverse',
			'verify-missing',
			'verify-unrelated',
			'blast-radius-understated',
			'stale-not-flagged',
			'stop-condition-missing',
			'stop-condition-invalid',
			'wrong-target'
		];
		expect(rules.filter((r) => (counts.get(r) ?? 0) < 2)).toEqual([]);
	});

	for (const { file, entry } of entries)
		it(`${file}: ${entry.expect.length ? entry.expect.map(key).join(', ') : 'clean'}`, () => {
			const { findings } = lintEntry(entry);
			expect(findings.map(key).sort()).toEqual(entry.expect.map(key).sort());
			for (const f of findings) expect(f.message).toMatch(/^\S.*[^.]$/s);
		});
});
