import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { continues, lex, parse } from './tokenize';

const words = (line: string) => {
	const r = parse(line);
	if (!r.ok) throw new Error(r.error.message);
	return r.list.map((item) => [item.op, ...item.stages.map((s) => s.words)]);
};

const errorOf = (line: string) => {
	const r = parse(line);
	return r.ok ? undefined : r.error;
};

describe('parse', () => {
	it('splits words on blanks and keeps kubectl flags with quotes inside', () => {
		expect(words(`kubectl get pods -o jsonpath='{.items[*].metadata.name}'`)).toEqual([
			[';', ['kubectl', 'get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}']]
		]);
		expect(words(`k patch deploy x -p '{"spec":{"replicas":6}}'`)).toEqual([
			[';', ['k', 'patch', 'deploy', 'x', '-p', '{"spec":{"replicas":6}}']]
		]);
	});

	it('reads double quotes, backslash escapes and adjacent quoted parts as one word', () => {
		expect(words(`echo "a \\"b\\" \\$ \\x" a\\ b 'it'\\''s' "x"'y'z ""`)).toEqual([
			[';', ['echo', 'a "b" $ \\x', 'a b', "it's", 'xyz', '']]
		]);
	});

	it('splits pipelines and lists with their operators', () => {
		expect(words('a | b c && d || e ; f\ng')).toEqual([
			[';', ['a'], ['b', 'c']],
			['&&', ['d']],
			['||', ['e']],
			[';', ['f']],
			[';', ['g']]
		]);
		expect(words('a|b&&c;')).toEqual([
			[';', ['a'], ['b']],
			['&&', ['c']]
		]);
	});

	it('treats # as a comment only at the start of a word', () => {
		expect(words('kubectl get pods # all of them | grep x')).toEqual([
			[';', ['kubectl', 'get', 'pods']]
		]);
		expect(words(`echo a#b '#c' \\#d`)).toEqual([[';', ['echo', 'a#b', '#c', '#d']]]);
		expect(words('   # only a comment')).toEqual([]);
		expect(words('')).toEqual([]);
	});

	it('joins a backslash-newline and keeps a lone $ literal', () => {
		expect(words('kubectl get \\\n  pods $ a$')).toEqual([
			[';', ['kubectl', 'get', 'pods', '$', 'a$']]
		]);
		expect(words('echo a\\')).toEqual([[';', ['echo', 'a\\']]]);
	});

	it('reports unclosed quotes in bash words', () => {
		const eof = 'bash: syntax error: unexpected end of file\n';
		expect(errorOf(`echo 'abc`)).toEqual({
			message: "bash: unexpected EOF while looking for matching `''\n" + eof,
			exitCode: 2
		});
		expect(errorOf('echo "abc')).toEqual({
			message: 'bash: unexpected EOF while looking for matching `"\'\n' + eof,
			exitCode: 2
		});
	});

	it('reports misplaced operators as bash does', () => {
		const near = (t: string) => ({
			message: `bash: syntax error near unexpected token \`${t}'\n`,
			exitCode: 2
		});
		expect(errorOf('| grep x')).toEqual(near('|'));
		expect(errorOf('a | | b')).toEqual(near('|'));
		expect(errorOf('a && ; b')).toEqual(near(';'));
		expect(errorOf('a ;; b')).toEqual(near(';;'));
		expect(errorOf('; a')).toEqual(near(';'));
		expect(errorOf('&& a')).toEqual(near('&&'));
		const eof = { message: 'bash: syntax error: unexpected end of file\n', exitCode: 2 };
		expect(errorOf('a |')).toEqual(eof);
		expect(errorOf('a &&')).toEqual(eof);
		expect(errorOf('a ||  ')).toEqual(eof);
	});

	it('refuses what a rehearsal shell cannot do, in one line', () => {
		const cases: [string, string][] = [
			['echo $(kubectl get pods)', 'command substitution $(…) is'],
			['echo "$(date)"', 'command substitution $(…) is'],
			['echo `date`', 'command substitution `…` is'],
			['echo $HOME', 'variable expansion ($NAME) is'],
			['echo "${NS}"', 'variable expansion ($NAME) is'],
			['kubectl get pods > pods.txt', 'redirections (<, >, 2>&1) are'],
			['kubectl get pods 2>&1 | grep x', 'redirections (<, >, 2>&1) are'],
			['kubectl get pods -w &', 'background jobs (&) are'],
			['(kubectl get pods)', 'subshells ( … ) are']
		];
		for (const [line, what] of cases) {
			expect(errorOf(line)).toEqual({
				message: `preflight: ${what} not supported in this rehearsal shell (only commands, quotes, |, &&, || and ;)\n`,
				exitCode: 2
			});
		}
		expect(words(`awk '{print $1}' "a|b;c&d>e"`)).toEqual([
			[';', ['awk', '{print $1}', 'a|b;c&d>e']]
		]);
	});

	it('returns quickly on any input, including 100 KB of garbage', () => {
		const garbage = Array.from(
			{ length: 100_000 },
			(_, i) => `'"|&;\\$(x) #\n`[(i * 7919) % 14]
		).join('');
		const t = performance.now();
		parse(garbage);
		parse('a'.repeat(100_000));
		parse(`'${'x'.repeat(100_000)}`);
		parse('a | '.repeat(25_000));
		expect(performance.now() - t).toBeLessThan(2000);
		fc.assert(
			fc.property(fc.string({ maxLength: 200 }), (s) => {
				const r = parse(s);
				expect(typeof r.ok).toBe('boolean');
			})
		);
	});
});

describe('lex', () => {
	it('gives word spans and whether a word was quoted', () => {
		const r = lex(`k get 'po' -n`);
		expect(r).toEqual({
			ok: true,
			tokens: [
				{ kind: 'word', value: 'k', start: 0, end: 1, quoted: false },
				{ kind: 'word', value: 'get', start: 2, end: 5, quoted: false },
				{ kind: 'word', value: 'po', start: 6, end: 10, quoted: true },
				{ kind: 'word', value: '-n', start: 11, end: 13, quoted: false }
			]
		});
	});

	it('keeps the open word of an unclosed quote', () => {
		const r = lex(`k get "pay`);
		expect(r.ok).toBe(false);
		expect(r.tokens[2]).toEqual({ kind: 'word', value: 'pay', start: 6, end: 10, quoted: true });
	});
});

describe('continues', () => {
	it.each([
		[`echo 'abc`, true],
		['echo "a', true],
		['kubectl get \\', true],
		['echo a\\\\', false],
		['echo a', false],
		["echo 'a\\'", false],
		['a |', false]
	])('%j → %s', (text, more) => expect(continues(text)).toBe(more));
});
