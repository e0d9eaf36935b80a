import { describe, expect, it } from 'vitest';
import type { VerbSpec } from '../types';
import { parseCommandLine } from './parse-command-line';

const run = () => ({ stdout: '', stderr: '', exitCode: 0 });
const get: VerbSpec = {
	name: 'get',
	short: 'Display one or many resources',
	long: '',
	usage: 'kubectl get',
	flags: [
		{ name: 'all-namespaces', short: 'A', type: 'bool', default: false, description: '' },
		{ name: 'watch', short: 'w', type: 'bool', default: false, description: '' },
		{ name: 'output', short: 'o', type: 'string', default: '', description: '' },
		{ name: 'label-columns', short: 'L', type: 'stringSlice', default: [], description: '' },
		{ name: 'chunk-size', type: 'int', default: 500, description: '' }
	],
	run
};
const scale: VerbSpec = {
	name: 'scale',
	short: 'Set a new size',
	long: '',
	usage: 'kubectl scale',
	flags: [
		{ name: 'replicas', type: 'int', default: 0, description: '' },
		{ name: 'timeout', type: 'duration', default: '0s', description: '' },
		{ name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged', description: '' }
	],
	run
};
const status: VerbSpec = { name: 'status', short: 's', long: '', usage: '', flags: [], run };
const rollout: VerbSpec = {
	name: 'rollout',
	short: 'r',
	long: '',
	usage: '',
	flags: [],
	subcommands: [status]
};
const top: VerbSpec = { name: 'top', short: 't', long: '', usage: '', flags: [], run };
const set: VerbSpec = { name: 'set', short: 't', long: '', usage: '', flags: [], run };
const cp: VerbSpec = { name: 'cp', short: 't', long: '', usage: '', flags: [], run };
const VERBS = [cp, top, get, scale, rollout, set];

function ok(argv: string[]) {
	const r = parseCommandLine(argv, VERBS);
	if (!r.ok) throw new Error(r.error.message);
	return r.inv;
}
function err(argv: string[]) {
	const r = parseCommandLine(argv, VERBS);
	if (r.ok) throw new Error('parsed');
	return r.error.message;
}

describe('parseCommandLine', () => {
	it('accepts global flags before the verb and values in every form', () => {
		const inv = ok(['-n', 'x', 'get', 'pods', '-ojson', '--context=prod', '-A']);
		expect(inv.path).toEqual(['get']);
		expect(inv.args).toEqual(['pods']);
		expect(inv.flags.get('namespace')).toBe('x');
		expect(inv.flags.get('output')).toBe('json');
		expect(inv.flags.get('context')).toBe('prod');
		expect(inv.flags.get('all-namespaces')).toBe(true);
		expect([...inv.given].sort()).toEqual(['all-namespaces', 'context', 'namespace', 'output']);
		expect(ok(['get', '-n=foo']).flags.get('namespace')).toBe('foo');
		expect(ok(['get', '-nfoo']).flags.get('namespace')).toBe('foo');
		expect(ok(['get', '-w=false']).flags.get('watch')).toBe(false);
		expect(ok(['get', '-Aw']).flags.get('watch')).toBe(true);
	});

	it('fills defaults, accumulates slices and ends flags at --', () => {
		const inv = ok(['get', 'pods', '-L', 'a,b', '-L', 'c', '--', '-x', '--y']);
		expect(inv.flags.get('label-columns')).toEqual(['a', 'b', 'c']);
		expect(inv.flags.get('chunk-size')).toBe(500);
		expect(inv.args).toEqual(['pods', '-x', '--y']);
	});

	it('types int, duration and bare-flag defaults', () => {
		const inv = ok(['scale', '--replicas', '0x10', '--timeout=1m30s', '--dry-run']);
		expect(inv.flags.get('replicas')).toBe(16);
		expect(inv.flags.get('timeout')).toBe(90_000);
		expect(inv.flags.get('dry-run')).toBe('unchanged');
		expect(ok(['scale']).flags.get('timeout')).toBe(0);
	});

	it('finds subcommands', () => {
		const inv = ok(['rollout', 'status', 'deploy/x']);
		expect(inv.path).toEqual(['rollout', 'status']);
		expect(inv.args).toEqual(['deploy/x']);
	});

	// Each message below is what kubectl v1.32 prints (scripts/kubectl-oracle.sh).
	it.each([
		[['get', 'pods', '--foo'], "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
		[['--foo'], "error: unknown flag: --foo\nSee 'kubectl --help' for usage.\n"],
		[
			['get', 'pods', '-it'],
			"error: unknown shorthand flag: 'i' in -it\nSee 'kubectl get --help' for usage.\n"
		],
		[
			['scale', 'deploy/x', '--replicas'],
			"error: flag needs an argument: --replicas\nSee 'kubectl scale --help' for usage.\n"
		],
		[
			['get', 'pods', '-o'],
			"error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n"
		],
		[
			['get', 'pods', '---x'],
			"error: bad flag syntax: ---x\nSee 'kubectl get --help' for usage.\n"
		],
		[
			['scale', 'deploy/x', '--replicas=abc'],
			'error: invalid argument "abc" for "--replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl scale --help\' for usage.\n'
		],
		[
			['get', 'pods', '-w=maybe'],
			'error: invalid argument "maybe" for "-w, --watch" flag: strconv.ParseBool: parsing "maybe": invalid syntax\nSee \'kubectl get --help\' for usage.\n'
		],
		[
			['get', 'pods', '--chunk-size=1.5'],
			'error: invalid argument "1.5" for "--chunk-size" flag: strconv.ParseInt: parsing "1.5": invalid syntax\nSee \'kubectl get --help\' for usage.\n'
		],
		[
			['gett', 'pods'],
			'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n'
		],
		[
			['hep'],
			'error: unknown command "hep" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n\ttop\n\tcp\n'
		],
		[['zzzzzz'], 'error: unknown command "zzzzzz" for "kubectl"\n'],
		[['-n', 'x', 'foo'], 'Error: flags cannot be placed before plugin name: -n\n'],
		[
			['rollout', 'statu', 'deploy/x'],
			'error: unknown command "statu deploy/x"\nSee \'kubectl rollout -h\' for help and examples\n'
		]
	])('%j is refused as kubectl refuses it', (argv, message) => {
		expect(err(argv)).toBe(message);
	});

	it('survives huge and empty arguments', () => {
		const big = 'x'.repeat(100_000);
		expect(err([big])).toBe(`error: unknown command "${big}" for "kubectl"\n`);
		expect(ok(['get', '', 'pods']).args).toEqual(['', 'pods']);
		expect(ok([]).path).toEqual([]);
	});
});
