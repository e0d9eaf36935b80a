import { describe, expect, it } from 'vitest';
import { splitCommands, type SimpleCommand } from './split-commands';

const cmd = (words: string[], more: Partial<SimpleCommand> = {}): SimpleCommand => ({
	words,
	piped: false,
	substituted: false,
	writes: [],
	...more
});

describe('splitCommands', () => {
	it('splits lists and pipes, marking the piped stages', () => {
		expect(splitCommands('a 1 && b | c; d || e & f\ng')).toEqual({
			ok: true,
			commands: [
				cmd(['a', '1']),
				cmd(['b']),
				cmd(['c'], { piped: true }),
				cmd(['d']),
				cmd(['e']),
				cmd(['f']),
				cmd(['g'])
			]
		});
	});

	it('removes quotes and escapes as bash does', () => {
		expect(splitCommands(`k -p '{"a": 1}' "x \\"y\\" \\$z" a\\ b '' # note`)).toEqual({
			ok: true,
			commands: [cmd(['k', '-p', '{"a": 1}', 'x "y" $z', 'a b', ''])]
		});
	});

	it('sees commands inside $(…), backticks, <(…) and subshells, inner first', () => {
		expect(
			splitCommands('echo "n=$(k get po | wc -l)" `k get ns` <(k get cm) $((1+2)) ${X}')
		).toEqual({
			ok: true,
			commands: [
				cmd(['k', 'get', 'po'], { substituted: true }),
				cmd(['wc', '-l'], { substituted: true, piped: true }),
				cmd(['k', 'get', 'ns'], { substituted: true }),
				cmd(['k', 'get', 'cm'], { substituted: true }),
				cmd(['echo', 'n=$(k get po | wc -l)', '`k get ns`', '$((1+2))', '${X}'])
			]
		});
		expect(splitCommands('(a; b) && c')).toEqual({
			ok: true,
			commands: [cmd(['a']), cmd(['b']), cmd(['c'])]
		});
	});

	it('skips redirections and here-document bodies, keeping written files', () => {
		expect(splitCommands('k get po > /tmp/p.txt 2>&1 < in.txt >/dev/null 2>>err.log')).toEqual({
			ok: true,
			commands: [cmd(['k', 'get', 'po'], { writes: ['/tmp/p.txt', 'err.log'] })]
		});
		expect(splitCommands("k apply -f - <<'EOF'\nkind: ConfigMap\nrm -rf /\nEOF\nk get cm")).toEqual(
			{
				ok: true,
				commands: [cmd(['k', 'apply', '-f', '-']), cmd(['k', 'get', 'cm'])]
			}
		);
	});

	it.each([
		["k get 'po", "unclosed ' quote"],
		['k get "po', 'unclosed " quote'],
		['echo $(k get po', 'unclosed ('],
		['echo `k get po', 'unclosed `'],
		['k get po |', 'a command is missing after an operator'],
		['k get po && && k get ns', 'unexpected &&'],
		['| k get po', 'unexpected |'],
		['k delete po )', 'unexpected )'],
		['k get po >', '> has no file']
	])('refuses %j: %s', (line, error) => {
		expect(splitCommands(line)).toEqual({ ok: false, error });
	});

	it('returns quickly on long pathological input', () => {
		const line = '$('.repeat(2000) + "'".repeat(3) + '|'.repeat(5000);
		expect(splitCommands(line).ok).toBe(false);
		expect(splitCommands('k get po '.repeat(20_000)).ok).toBe(true);
	});
});
