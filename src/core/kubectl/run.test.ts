import { describe, expect, it } from 'vitest';
import { emptyCluster } from '../cluster/store';
import type { World } from '../cluster/types';
import { commandText, runKubectl } from './run';

const world: World = {
	contexts: [{ name: 'prod', cluster: 'c', user: 'u', namespace: 'payments' }],
	currentContext: 'prod',
	clusters: { c: emptyCluster('c', 'https://c', 1) }
};

describe('runKubectl', () => {
	it('prints the root help for no args and --help', () => {
		const r = runKubectl(world, [], 0);
		expect(r.exitCode).toBe(0);
		expect(
			r.stdout.startsWith(
				'kubectl controls the Kubernetes cluster manager.\n\n Find more information at: https://kubernetes.io/docs/reference/kubectl/\n\nBasic Commands ('
			)
		).toBe(true);
		expect(r.stdout).toContain('\n  get             Display one or many resources\n');
		expect(
			r.stdout.endsWith(
				'Usage:\n  kubectl [flags] [options]\n\nUse "kubectl <command> --help" for more information about a given command.\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n'
			)
		).toBe(true);
		expect(runKubectl(world, ['--help'], 0).stdout).toBe(r.stdout);
		expect(runKubectl(world, ['-n', 'x'], 0).stdout).toBe(r.stdout);
	});

	it('prints the global options', () => {
		const out = runKubectl(world, ['options'], 0).stdout;
		expect(
			out.startsWith(
				"The following options can be passed to any command:\n\n    --as='':\n\tUsername to impersonate"
			)
		).toBe(true);
		expect(out).toContain(
			"\n    -n, --namespace='':\n\tIf present, the namespace scope for this CLI request\n\n"
		);
		expect(
			out.endsWith(
				'    --warnings-as-errors=false:\n\tTreat warnings received from the server as errors and exit with a non-zero exit code\n\n'
			)
		).toBe(true);
	});

	it('returns refusals as values with an audit entry', () => {
		const r = runKubectl(world, ['get', 'pods', '--request-timeout=abc'], 5);
		expect(r).toMatchObject({
			stdout: '',
			stderr:
				'error: Invalid timeout value. Timeout must be a single integer in seconds, or an integer followed by a corresponding time unit (e.g. 1s | 2m | 3h)\n',
			exitCode: 1,
			rejected: true,
			audit: {
				at: 5,
				verb: 'get',
				context: 'prod',
				namespace: 'payments',
				exitCode: 1,
				mutating: false
			}
		});
		expect(runKubectl(world, ['bogus'], 0).audit.verb).toBe('');
	});

	it('quotes the audit command like a shell', () => {
		expect(commandText(['get', 'pods', '-l', 'app in (a,b)', ''])).toBe(
			"kubectl get pods -l 'app in (a,b)' ''"
		);
	});
});

describe('kubectl help [command]', () => {
	it('prints the named command help, ignoring later words, with exit 0', () => {
		const get = runKubectl(world, ['get', '--help'], 0).stdout;
		expect(runKubectl(world, ['help', 'get'], 0)).toMatchObject({
			stdout: get,
			stderr: '',
			exitCode: 0
		});
		expect(runKubectl(world, ['help', 'get', 'pods'], 0).stdout).toBe(get);
		expect(runKubectl(world, ['help', 'rollout', 'status'], 0).stdout).toBe(
			runKubectl(world, ['rollout', 'status', '--help'], 0).stdout
		);
		expect(runKubectl(world, ['help'], 0).stdout).toBe(runKubectl(world, [], 0).stdout);
	});

	it('names an unknown topic on stderr above the root usage, as cobra does', () => {
		const out = runKubectl(world, ['help', 'foo'], 0);
		const root = runKubectl(world, [], 0).stdout;
		const body = root.slice(root.indexOf('Basic Commands'));
		expect([out.stdout, out.stderr, out.exitCode]).toEqual([
			'',
			`Unknown help topic [\`foo\`]\n\n\n${body}`,
			0
		]);
	});
});

describe('--kubeconfig', () => {
	const getPods = (path: string) => runKubectl(world, [`--kubeconfig=${path}`, 'get', 'pods'], 0);

	it('accepts the virtual ~/.kube/config in the spellings a shell expands', () => {
		for (const path of ['~/.kube/config', '$HOME/.kube/config', '/home/oncall/.kube/config', ''])
			expect([path, getPods(path).rejected, getPods(path).stderr]).toEqual([
				path,
				false,
				'No resources found in payments namespace.\n'
			]);
	});

	// kubectl v1.32's words for a file it cannot load (scripts/kubectl-oracle.sh).
	it('fails on any other path as kubectl fails to load it', () => {
		expect(getPods('/nonexistent/config')).toMatchObject({
			stdout: '',
			stderr: 'error: stat /nonexistent/config: no such file or directory\n',
			exitCode: 1,
			rejected: true
		});
		expect(getPods('/tmp').stderr).toBe(
			'error: error loading config file "/tmp": read /tmp: is a directory\n'
		);
		expect(getPods('~/other').stderr).toBe(
			'error: stat /home/oncall/other: no such file or directory\n'
		);
	});

	it('leaves offline commands working, and config reads an empty kubeconfig', () => {
		const at = (...argv: string[]) => runKubectl(world, ['--kubeconfig=/x', ...argv], 0);
		expect(at('version', '--client').exitCode).toBe(0);
		expect(at('get', '--help').exitCode).toBe(0);
		expect(at('config', 'current-context')).toMatchObject({
			stderr: 'error: current-context is not set\n',
			exitCode: 1
		});
		expect(at('config', 'get-contexts').stdout).toBe(
			'CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE\n'
		);
		expect(at('config', 'use-context', 'prod').world).toBe(world);
	});
});

describe('deprecated flags', () => {
	it("print pflag's notice on stderr, before the command's own output", () => {
		const out = runKubectl(world, ['scale', 'deploy/x', '--replicas=1', '--record'], 0);
		expect(out.stderr).toBe(
			'Flag --record has been deprecated, --record will be removed in the future\nerror: no objects passed to scale namespaces "payments" not found\n'
		);
	});
});
