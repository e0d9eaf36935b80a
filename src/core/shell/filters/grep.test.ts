import { describe, expect, it } from 'vitest';
import { grep } from './grep';
import { PODS, PODS_TEXT, lines, runFilter } from './test-input';

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const run = (...args: string[]) => runFilter(grep, args, PODS_TEXT);

describe('grep', () => {
	it('selects lines, case-insensitively with -i, inverted with -v and -iv', () => {
		expect(run('-i', 'PAYMENTS')).toEqual(ok(lines(PODS[1], PODS[2], PODS[3])));
		expect(run('-v', 'Running')).toEqual(ok(lines(PODS[0], PODS[3])));
		expect(run('-iv', 'running')).toEqual(ok(lines(PODS[0], PODS[3])));
	});

	it('reads basic and extended regular expressions', () => {
		expect(run('-E', 'primary|ledger')).toEqual(ok(lines(PODS[1], PODS[2], PODS[4])));
		expect(run('pay.*secondary\\|ledger')).toEqual(ok(lines(PODS[3], PODS[4])));
		expect(run('primary|ledger')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
		expect(run('[[:digit:]]\\{2\\}d$')).toEqual(ok(lines(PODS[4])));
		expect(run('-E', '^(NAME|ledger)')).toEqual(ok(lines(PODS[0], PODS[4])));
		expect(run('-F', '(2m ago)')).toEqual(ok(lines(PODS[3])));
	});

	it('counts with -c, prints matches with -o and numbers with -n', () => {
		expect(run('-c', 'Running')).toEqual(ok('3\n'));
		expect(run('-w', 'Running', '-c')).toEqual(ok('3\n'));
		expect(run('-c', 'nothing')).toEqual({ stdout: '0\n', stderr: '', exitCode: 1 });
		expect(run('-o', '[0-9]/1')).toEqual(ok(lines('1/1', '1/1', '0/1', '1/1')));
		expect(run('-n', 'ledger')).toEqual(ok(`5:${PODS[4]}\n`));
		expect(run('-e', 'ledger', '-e', 'NAME')).toEqual(ok(lines(PODS[0], PODS[4])));
		expect(run('-m1', 'Running')).toEqual(ok(lines(PODS[1])));
		expect(run('-q', 'Running')).toEqual(ok(''));
		expect(run('-x', 'x')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
		expect(run('-w', 'Run')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
		expect(run('--color=auto', 'ledger')).toEqual(ok(lines(PODS[4])));
	});

	it('streams: a line is answered once its newline arrives', () => {
		expect(runFilter(grep, ['b'], 'a\nb', 'c\nbd\n', 'b')).toEqual(ok(lines('bc', 'bd', 'b')));
	});

	it('answers bad usage as GNU grep does, status 2', () => {
		const usage =
			"Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";
		expect(run()).toEqual({ stdout: '', stderr: usage, exitCode: 2 });
		expect(run('-Q', 'x')).toEqual({
			stdout: '',
			stderr: `grep: invalid option -- 'Q'\n${usage}`,
			exitCode: 2
		});
		expect(run('-e')).toEqual({
			stdout: '',
			stderr: `grep: option requires an argument -- 'e'\n${usage}`,
			exitCode: 2
		});
		expect(run('a\\(')).toEqual({ stdout: '', stderr: 'grep: Unmatched ( or \\(\n', exitCode: 2 });
		expect(run('-E', 'a(')).toEqual({
			stdout: '',
			stderr: 'grep: Unmatched ( or \\(\n',
			exitCode: 2
		});
		expect(run('[a')).toEqual({
			stdout: '',
			stderr: 'grep: Unmatched [, [^, [:, [., or [=\n',
			exitCode: 2
		});
		expect(run('x', 'pods.txt')).toEqual({
			stdout: '',
			stderr: 'grep: pods.txt: No such file or directory\n',
			exitCode: 2
		});
	});
});
