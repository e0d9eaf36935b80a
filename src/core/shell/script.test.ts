import { describe, expect, it } from 'vitest';
import { runScript, scriptLines, type ScriptResult } from './script';
import { Session } from './session';
import { T0, testWorld } from './test-world';

describe('runScript', () => {
	it('runs each line in order with stdout and stderr apart, skipping blanks and comments', () => {
		const session = new Session({ world: testWorld(), now: T0 });
		const results = runScript(
			session,
			[
				'# warm up',
				'',
				'echo one | grep one',
				'sleep 30s',
				'frobnicate pods',
				'k frobnicate',
				'  echo "two',
				'lines"'
			].join('\n')
		);
		const kubectlError = (cmd: string) => results.find((r) => r.command === cmd)!.stderr;
		expect(results[0].pieces).toEqual([{ stream: 'stdout', text: 'one\n' }]);
		expect(results.map(withoutPieces)).toEqual([
			{ command: 'echo one | grep one', exitCode: 0, stdout: 'one\n', stderr: '' },
			{ command: 'sleep 30s', exitCode: 0, stdout: '', stderr: '' },
			{
				command: 'frobnicate pods',
				exitCode: 1,
				stdout: '',
				stderr: kubectlError('frobnicate pods')
			},
			{ command: 'k frobnicate', exitCode: 1, stdout: '', stderr: kubectlError('k frobnicate') },
			{ command: 'echo "two\nlines"', exitCode: 0, stdout: 'two\nlines\n', stderr: '' }
		]);
		expect(kubectlError('frobnicate pods')).toMatch(
			/^error: unknown command "frobnicate" for "kubectl"/
		);
		expect(session.now).toBe(T0 + 30_000);
		// A line without `kubectl` is given to kubectl: the audit names it so.
		expect(session.audit.map((a) => a.command)).toEqual([
			'kubectl frobnicate pods',
			'kubectl frobnicate'
		]);
	});

	it('reports syntax errors per line and goes on', () => {
		const session = new Session({ world: testWorld(), now: T0 });
		expect(runScript(session, 'echo a |\necho b').map(withoutPieces)).toEqual([
			{
				command: 'echo a |',
				exitCode: 2,
				stdout: '',
				stderr: 'bash: syntax error: unexpected end of file\n'
			},
			{ command: 'echo b', exitCode: 0, stdout: 'b\n', stderr: '' }
		]);
	});
});

/** The streams apart, as most assertions read them; `pieces` is checked where order matters. */
function withoutPieces({ pieces: _, ...rest }: ScriptResult): Omit<ScriptResult, 'pieces'> {
	return rest;
}

describe('scriptLines', () => {
	it('joins lines continued by an open quote or a trailing backslash', () => {
		expect(scriptLines("a\nb 'x\ny'\nc \\\nd\r\ne")).toEqual(['a', "b 'x\ny'", 'c \\\nd', 'e']);
	});
});
