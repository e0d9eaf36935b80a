import { describe, expect, it } from 'vitest';
import { CLEAR_SCREEN } from './commands';
import { HELP_TEXT } from './help-text';
import { Session } from './session';
import { T0, testWorld } from './test-world';
import { prepareScenario } from '../scenario/prepare';
import { scenario } from '../scenario/scenario-fixture';
import { scenarioAdvance, scenarioAt } from '../scenario/timeline';

const session = () => new Session({ world: testWorld(), now: T0 });

describe('Session', () => {
	it('runs builtins and filters in pipes, with the last stage status', () => {
		const s = session();
		expect(s.execute('echo hello world')).toEqual({ output: 'hello world\n', exitCode: 0 });
		expect(s.execute('echo -n a; echo b')).toEqual({ output: 'ab\n', exitCode: 0 });
		expect(s.execute(`echo 'a b' "c|d" | grep -c 'c|d'`)).toEqual({ output: '1\n', exitCode: 0 });
		expect(s.execute('echo payments | grep ledger')).toEqual({ output: '', exitCode: 1 });
		expect(s.execute('echo x | grep -Q x | wc -l')).toEqual({
			output:
				"grep: invalid option -- 'Q'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n0\n",
			exitCode: 0
		});
		expect(s.execute('help | head -1')).toEqual({
			output: HELP_TEXT.split('\n')[0] + '\n',
			exitCode: 0
		});
		expect(s.execute('clear')).toEqual({ output: CLEAR_SCREEN, exitCode: 0 });
	});

	it('answers unknown commands and syntax errors as bash does', () => {
		const s = session();
		expect(s.execute('jq .items')).toEqual({
			output: 'bash: jq: command not found\n',
			exitCode: 127
		});
		expect(s.execute(`echo 'x`)).toEqual({
			output:
				"bash: unexpected EOF while looking for matching `''\nbash: syntax error: unexpected end of file\n",
			exitCode: 2
		});
		expect(s.execute('   ')).toEqual({ output: '', exitCode: 0 });
		expect(s.execute('# just a note')).toEqual({ output: '', exitCode: 0 });
	});

	it('runs && || ; lists on the previous status', () => {
		const s = session();
		expect(s.execute('false && echo no || echo yes; echo end')).toEqual({
			output: 'yes\nend\n',
			exitCode: 0
		});
		expect(s.execute('true || echo no && echo yes')).toEqual({ output: 'yes\n', exitCode: 0 });
		expect(s.execute('nope; echo $')).toEqual({
			output: 'bash: nope: command not found\n$\n',
			exitCode: 0
		});
		expect(s.execute('echo a | grep b && echo found')).toEqual({ output: '', exitCode: 1 });
	});

	it('moves virtual time with sleep and advance', () => {
		const s = session();
		expect(s.execute('sleep 30')).toEqual({ output: '', exitCode: 0 });
		expect(s.now).toBe(T0 + 30_000);
		s.execute('sleep 1m30s && sleep 2m');
		expect(s.now).toBe(T0 + 240_000);
		s.execute('sleep 1m 30s');
		expect(s.now).toBe(T0 + 330_000);
		expect(s.execute('sleep soon')).toEqual({
			output: "sleep: invalid time interval ‘soon’\nTry 'sleep --help' for more information.\n",
			exitCode: 1
		});
		expect(s.execute('sleep')).toEqual({
			output: "sleep: missing operand\nTry 'sleep --help' for more information.\n",
			exitCode: 1
		});
		expect(s.execute('sleep 4h 2h1s')).toEqual({
			output: 'sleep: at most 6h at a time here; sleep in steps of 6h or less\n',
			exitCode: 1
		});
		expect(s.advance(5000)).toEqual({ output: '' });
		expect(s.now).toBe(T0 + 335_000);
		expect(s.running).toBe(false);
	});

	it('keeps history without repeating the previous line, and lists it as bash does', () => {
		const s = session();
		s.execute('echo a');
		s.execute('echo a');
		s.execute('  ');
		s.execute('sleep 1');
		expect(s.history).toEqual(['echo a', 'sleep 1']);
		expect(s.execute('history')).toEqual({
			output: '    1  echo a\n    2  sleep 1\n    3  history\n',
			exitCode: 0
		});
		expect(s.execute('history 1')).toEqual({ output: '    4  history 1\n', exitCode: 0 });
	});

	it('runs kubectl (and k), shows its stderr past the pipe and audits every run', () => {
		const s = session();
		const k = s.execute('k frobnicate pods | grep x');
		const direct = s.execute('kubectl frobnicate pods');
		expect(direct.exitCode).toBe(1);
		expect(direct.output).toMatch(/^error: unknown command "frobnicate" for "kubectl"/);
		// Through a pipe grep sees no input (status 1) and the error still reaches the terminal.
		expect(k).toEqual({ output: direct.output, exitCode: 1 });
		expect(s.audit.map((a) => [a.at, a.command, a.context, a.namespace, a.exitCode])).toEqual([
			[T0, 'kubectl frobnicate pods', 'prod-us-east-1', 'payments', 1],
			[T0, 'kubectl frobnicate pods', 'prod-us-east-1', 'payments', 1]
		]);
	});

	it('says there is nothing to interrupt with status 130', () => {
		const s = session();
		expect(s.interrupt()).toEqual({ output: '', exitCode: 130 });
		expect(s.execute('false || echo $').exitCode).toBe(0);
	});

	it('moves time with the advance it was given: a scenario event applies when the clock passes it', () => {
		const prepared = prepareScenario(
			scenario({ builtin: 'payments' }, [
				{
					at: '90s',
					by: 'another engineer',
					note: 'Scaled the secondary pool down.',
					kubectl: 'kubectl scale deploy/payments-secondary -n payments --replicas=1'
				}
			])
		);
		if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
		const p = prepared.prepared;
		const start = scenarioAt(p, 0);
		const s = new Session({ world: start.world, now: start.now, advance: scenarioAdvance(p) });
		const replicas =
			'kubectl get deploy payments-secondary -n payments -o jsonpath={.spec.replicas}';
		expect(s.execute(`${replicas}; echo`)).toEqual({ output: '2\n', exitCode: 0 });
		s.execute('sleep 89');
		expect(s.execute(`${replicas}; echo`)).toEqual({ output: '2\n', exitCode: 0 });
		s.advance(1000);
		expect(s.execute(`${replicas}; echo`)).toEqual({ output: '1\n', exitCode: 0 });
		// The timeline's command is not the trainee's: only the three gets are audited.
		expect(s.audit.map((a) => [a.at - p.t0, a.verb])).toEqual([
			[0, 'get'],
			[89_000, 'get'],
			[90_000, 'get']
		]);
	});
});
