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
