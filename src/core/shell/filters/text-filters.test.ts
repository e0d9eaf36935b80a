import { describe, expect, it } from 'vitest';
import { awk } from './awk';
import { cut } from './cut';
import { head, tail } from './head-tail';
import { sort } from './sort';
import { uniq } from './uniq';
import { wc } from './wc';
import { PODS, PODS_TEXT, lines, runFilter } from './test-input';

const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
const fail = (stderr: string, exitCode = 1) => ({ stdout: '', stderr, exitCode });

describe('head and tail', () => {
	it.each([['-n', '2'], ['-2'], ['-n2'], ['--lines=2']])('head %s', (...args) =>
		expect(runFilter(head, args, PODS_TEXT)).toEqual(ok(lines(PODS[0], PODS[1])))
	);

	it('head: ten lines by default, all but the last N with -n -N, closes once satisfied', () => {
		const twelve = Array.from({ length: 12 }, (_, i) => `${i + 1}\n`).join('');
		expect(runFilter(head, [], twelve).stdout).toBe(
			twelve.split('\n').slice(0, 10).join('\n') + '\n'
		);
		expect(runFilter(head, ['-n', '-3'], PODS_TEXT)).toEqual(ok(lines(PODS[0], PODS[1])));
		const started = head(['-1']);
		if (!started.ok) throw new Error('head failed');
		expect(started.process.write('a\nb\n')).toBe('a\n');
		expect(started.process.closed).toBe(true);
	});

	it('tail: last N, from line N with -n +N', () => {
		expect(runFilter(tail, ['-n', '2'], PODS_TEXT)).toEqual(ok(lines(PODS[3], PODS[4])));
		expect(runFilter(tail, ['-1'], PODS_TEXT)).toEqual(ok(lines(PODS[4])));
		expect(runFilter(tail, ['-n', '+4'], PODS_TEXT)).toEqual(ok(lines(PODS[3], PODS[4])));
		expect(runFilter(tail, ['-n', '0'], PODS_TEXT)).toEqual(ok(''));
	});

	it('complains as coreutils do', () => {
		expect(runFilter(head, ['-n', 'x'], '')).toEqual(fail('head: invalid number of lines: ‘x’\n'));
		expect(runFilter(tail, ['-n', 'x'], '')).toEqual(fail('tail: invalid number of lines: ‘x’\n'));
		expect(runFilter(head, ['x'], '')).toEqual(
			fail("head: cannot open 'x' for reading: No such file or directory\n")
		);
		expect(runFilter(head, ['-z'], '')).toEqual(
			fail("head: invalid option -- 'z'\nTry 'head --help' for more information.\n")
		);
	});
});

describe('wc', () => {
	it('counts lines, words and bytes, padding several counts as for stdin', () => {
		expect(runFilter(wc, ['-l'], PODS_TEXT)).toEqual(ok('5\n'));
		expect(runFilter(wc, ['-w'], PODS_TEXT)).toEqual(ok('29\n'));
		expect(runFilter(wc, ['-c'], PODS_TEXT)).toEqual(ok('412\n'));
		expect(runFilter(wc, [], 'hi\n')).toEqual(ok('      1       1       3\n'));
		expect(runFilter(wc, ['-lw'], 'hi\n')).toEqual(ok('      1       1\n'));
		expect(runFilter(wc, ['-l'], '')).toEqual(ok('0\n'));
		expect(runFilter(wc, ['-x'], '')).toEqual(
			fail("wc: invalid option -- 'x'\nTry 'wc --help' for more information.\n")
		);
	});
});

describe('sort', () => {
	it('sorts bytewise, reversed, numerically, by key, uniquely', () => {
		expect(runFilter(sort, ['-r'], PODS_TEXT)).toEqual(
			ok(lines(PODS[3], PODS[2], PODS[1], PODS[4], PODS[0]))
		);
		expect(runFilter(sort, ['-k4', '-n'], PODS_TEXT)).toEqual(
			ok(lines(PODS[0], PODS[1], PODS[2], PODS[4], PODS[3]))
		);
		expect(runFilter(sort, ['-k5'], PODS_TEXT)).toEqual(
			ok(lines(PODS[1], PODS[2], PODS[0], PODS[3], PODS[4]))
		);
		expect(runFilter(sort, ['-rn'], '3\n1\n2\n10\n')).toEqual(ok('10\n3\n2\n1\n'));
		expect(runFilter(sort, ['-u'], 'b\na\nb\n')).toEqual(ok('a\nb\n'));
		expect(runFilter(sort, ['-t', ',', '-k', '2,2'], 'x,2\ny,1\n')).toEqual(ok('y,1\nx,2\n'));
		expect(runFilter(sort, ['-h'], '10K\n2M\n5\n')).toEqual(ok('5\n10K\n2M\n'));
	});

	it('complains as GNU sort does, status 2', () => {
		expect(runFilter(sort, ['-k', 'x'], '')).toEqual(
			fail('sort: invalid number at field start: invalid count at start of ‘x’\n', 2)
		);
		expect(runFilter(sort, ['-x'], '')).toEqual(
			fail("sort: invalid option -- 'x'\nTry 'sort --help' for more information.\n", 2)
		);
	});
});

describe('uniq', () => {
	it('collapses adjacent duplicates, counting with -c', () => {
		const statuses = 'CrashLoopBackOff\nRunning\nRunning\nRunning\nSTATUS\n';
		expect(runFilter(uniq, ['-c'], statuses)).toEqual(
			ok('      1 CrashLoopBackOff\n      3 Running\n      1 STATUS\n')
		);
		expect(runFilter(uniq, [], 'a\na\nb\na\n')).toEqual(ok('a\nb\na\n'));
		expect(runFilter(uniq, ['-d'], 'a\na\nb\n')).toEqual(ok('a\n'));
		expect(runFilter(uniq, ['-u'], 'a\na\nb\n')).toEqual(ok('b\n'));
	});
});

describe('cut', () => {
	it('cuts fields by a delimiter and characters by position', () => {
		expect(runFilter(cut, ['-d', ' ', '-f1'], PODS_TEXT)).toEqual(
			ok(lines('NAME', ...PODS.slice(1).map((l) => l.split(' ')[0])))
		);
		expect(runFilter(cut, ["-d'", '-f2'], "a'b\n")).toEqual(ok('b\n'));
		expect(runFilter(cut, ['-d:', '-f', '1,3-'], 'a:b:c:d\nnodelim\n')).toEqual(
			ok('a:c:d\nnodelim\n')
		);
		expect(runFilter(cut, ['-d:', '-s', '-f2'], 'a:b\nnodelim\n')).toEqual(ok('b\n'));
		expect(runFilter(cut, ['-c1-7'], PODS_TEXT)).toEqual(
			ok(lines('NAME   ', 'payment', 'payment', 'payment', 'ledger-'))
		);
	});

	it('complains as coreutils cut does', () => {
		const help = "Try 'cut --help' for more information.\n";
		expect(runFilter(cut, [], '')).toEqual(
			fail(`cut: you must specify a list of bytes, characters, or fields\n${help}`)
		);
		expect(runFilter(cut, ['-f0'], '')).toEqual(fail(`cut: fields are numbered from 1\n${help}`));
		expect(runFilter(cut, ['-d', '::', '-f1'], '')).toEqual(
			fail(`cut: the delimiter must be a single character\n${help}`)
		);
	});
});

describe('awk', () => {
	it('prints fields, with conditions on NR, a regex or a field', () => {
		expect(runFilter(awk, ['{print $3}'], PODS_TEXT)).toEqual(
			ok(lines('STATUS', 'Running', 'Running', 'CrashLoopBackOff', 'Running'))
		);
		expect(runFilter(awk, ['NR>1 {print $1, $NF}'], PODS_TEXT)).toEqual(
			ok(
				lines(
					'payments-primary-7d9f8b6c5d-2xkqz 3d',
					'payments-primary-7d9f8b6c5d-8mfn4 3d',
					'payments-secondary-5c8d7f9b4-lq7wz 3d',
					'ledger-6b7c9d8f5-zz9kq 12d'
				)
			)
		);
		expect(runFilter(awk, ['$3 != "Running" {print $1}'], PODS_TEXT)).toEqual(
			ok(lines('NAME', 'payments-secondary-5c8d7f9b4-lq7wz'))
		);
		expect(runFilter(awk, ['$4 == 0'], PODS_TEXT)).toEqual(ok(lines(PODS[1], PODS[2])));
		expect(runFilter(awk, ['/ledger/'], PODS_TEXT)).toEqual(ok(lines(PODS[4])));
		expect(runFilter(awk, ['{print $1 ":" NR, NF}'], lines(PODS[0]))).toEqual(ok('NAME:1 5\n'));
		expect(runFilter(awk, ['-F-', '{print $1}'], 'a-b\n')).toEqual(ok('a\n'));
		expect(runFilter(awk, ['{print}'], 'x y\n')).toEqual(ok('x y\n'));
	});

	it('refuses programs beyond field printing in one line', () => {
		expect(runFilter(awk, ['{sum += $4} END {print sum}'], '')).toEqual(
			fail(
				"awk: this rehearsal shell's awk only prints fields, like '{print $1}' or 'NR>1 {print $1, $3}'\n",
				2
			)
		);
	});
});
