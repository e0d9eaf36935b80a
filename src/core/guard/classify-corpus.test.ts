/**
 * Every line of classify-corpus.txt: `class[,sensitive][,local] <TAB> command` must classify to
 * exactly that class, with `sensitive` and `local` (some command changes the local kubeconfig)
 * set only where the line says. `\n`, `\r`, `\v`, `\f` and `\u2028` in a command stand for those
 * characters.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from './classify';

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', v: '\v', f: '\f' };
const text = readFileSync(new URL('./classify-corpus.txt', import.meta.url), 'utf8');
const cases = text
	.split('\n')
	.filter((line) => line.trim() !== '' && !line.startsWith('#'))
	.map((line) => {
		const [label, command] = line.split('\t');
		const [cls, ...marks] = label.split(',');
		return {
			command: command.replace(/\\([nrvf]|u[0-9a-f]{4})/g, (_, e: string) =>
				e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : ESCAPES[e]
			),
			expected: {
				class: cls,
				sensitive: marks.includes('sensitive'),
				local: marks.includes('local')
			}
		};
	});

describe('classify corpus', () => {
	it('holds at least 150 lines and every hole the guard must close', () => {
		expect(cases.length).toBeGreaterThanOrEqual(150);
		const all = cases.map((c) => c.command).join('\n');
		for (const hole of [
			'--dry-run=none',
			'kubectl exec',
			'rollout history',
			'kubectl -n payments delete',
			'config use-context',
			'config set-context',
			'auth reconcile',
			'auth can-i',
			'get secret payments-db -n payments -o yaml',
			'describe secret',
			'port-forward',
			'kubectl proxy',
			'kubectl cp',
			'kubectl debug',
			'certificate approve',
			'kubectl replace',
			'apply --dry-run=server',
			'kubectl foo'
		])
			expect(all).toContain(hole);
	});

	it.each(cases)('$expected.class: $command', ({ command, expected }) => {
		const result = classify(command);
		expect({
			class: result.class,
			sensitive: result.sensitive,
			local: result.commands.some((c) => c.localConfig)
		}).toEqual(expected);
	});
});
