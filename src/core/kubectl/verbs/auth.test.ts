import { describe, expect, it } from 'vitest';
import { fixtureWorld, NOW } from '../describe/fixtures';
import { runKubectl } from '../run';

const kubectl = (...args: string[]) => {
	const r = runKubectl(fixtureWorld(), ['auth', ...args], NOW);
	return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, rejected: r.rejected };
};
const yes = { stdout: 'yes\n', stderr: '', exitCode: 0, rejected: false };
const no = { stdout: 'no\n', stderr: '', exitCode: 1, rejected: false };

describe('kubectl auth can-i', () => {
	it('lets the on-call engineer change application namespaces', () => {
		expect(kubectl('can-i', 'delete', 'pods')).toEqual(yes);
		expect(kubectl('can-i', 'patch', 'deployments.apps/payments-primary')).toEqual(yes);
		expect(kubectl('can-i', 'get', 'secrets')).toEqual(yes);
	});

	it('keeps kube-system read-only and its secrets unreadable', () => {
		expect(kubectl('can-i', 'list', 'deploy', '-n', 'kube-system')).toEqual(yes);
		expect(kubectl('can-i', 'delete', 'pods', '-n', 'kube-system')).toEqual(no);
		expect(kubectl('can-i', 'get', 'secrets', '-n', 'kube-system')).toEqual(no);
		expect(kubectl('can-i', 'create', 'pods', '-A')).toEqual(no);
		expect(kubectl('can-i', 'watch', 'pods', '-A')).toEqual(yes);
	});

	it('allows cordon and drain', () => {
		expect(kubectl('can-i', 'patch', 'nodes')).toEqual({
			...yes,
			stderr: "Warning: resource 'nodes' is not namespace scoped\n\n"
		});
		expect(kubectl('can-i', 'delete', 'nodes', '-A')).toEqual(no);
		expect(
			kubectl('can-i', 'create', 'pods', '--subresource=eviction', '-n', 'kube-system')
		).toEqual(yes);
		expect(kubectl('can-i', 'get', 'pods', '--subresource=log', '-q')).toEqual({
			...yes,
			stdout: ''
		});
	});

	it('warns about unknown resources and verbs', () => {
		expect(kubectl('can-i', 'get', 'foo')).toEqual({
			...no,
			stderr: "Warning: the server doesn't have a resource type 'foo'\n\n"
		});
		expect(kubectl('can-i', 'frob', 'pods')).toEqual({
			...no,
			stderr: "Warning: verb 'frob' is not a known verb\n\n"
		});
		expect(kubectl('can-i', 'get', '/healthz')).toEqual(yes);
		expect(kubectl('can-i', '*', '*')).toEqual(no);
	});

	it('refuses bad command lines as kubectl does', () => {
		expect(kubectl('can-i', 'get')).toEqual({
			stdout: '',
			stderr:
				"error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.\n",
			exitCode: 1,
			rejected: true
		});
		expect(kubectl('can-i', '--list', 'pods').stderr).toBe(
			'error: list option must be specified with no arguments\n'
		);
		expect(kubectl('can-i', '--list', '-q').stderr).toBe(
			"error: list option can't be specified with neither quiet, all-namespaces nor subresource options\n"
		);
		expect(kubectl('can-i', 'get', 'pods', '--no-headers').stderr).toBe(
			'error: --no-headers cannot be set without --list specified\n'
		);
		expect(kubectl('can-i', 'get', '/logs', '--subresource=x').stderr).toBe(
			'error: --subresource can not be used with NonResourceURL\n'
		);
	});

	it('lists rules sorted as kubectl sorts them', () => {
		const lines = kubectl('can-i', '--list', '-n', 'kube-system').stdout.split('\n');
		expect(lines.slice(0, 3)).toEqual([
			'Resources                                                        Non-Resource URLs   Resource Names   Verbs',
			'pods/eviction                                                    []                  []               [create]',
			'selfsubjectreviews.authentication.k8s.io                         []                  []               [create]'
		]);
		expect(lines).toContain(
			'nodes                                                            []                  []               [get list watch update patch]'
		);
		expect(lines.some((l) => l.startsWith('secrets '))).toBe(false);
		// Sorted by the rule's String(): `Resources:[]` (URL rules) sorts before `Resources:[pods/log]`.
		expect(lines.slice(-4)).toEqual([
			'                                                                 [/version/]         []               [get]',
			'                                                                 [/version]          []               [get]',
			'pods/log                                                         []                  []               [get]',
			''
		]);
	});
});

describe('kubectl auth whoami', () => {
	it('prints the user and groups', () => {
		expect(kubectl('whoami').stdout).toBe(
			'ATTRIBUTE   VALUE\nUsername    oncall\nGroups      [oncall system:authenticated]\n'
		);
	});
});
