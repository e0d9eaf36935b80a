import { describe, expect, it } from 'vitest';
import { BUILTIN_CLUSTERS } from '../cluster/builtin';
import { runKubectl } from './run';

const { world, now } = BUILTIN_CLUSTERS.payments();
const run = (...argv: string[]) => runKubectl(world, argv, now);

// Recorded from kubectl v1.32.5 (scripts/kubectl-oracle.sh top).
const TOP_HELP = `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.

Available Commands:
  node          Display resource (CPU/memory) usage of nodes
  pod           Display resource (CPU/memory) usage of pods

Usage:
  kubectl top [flags] [options]

Use "kubectl top <command> --help" for more information about a given command.
Use "kubectl options" for a list of global command-line options (applies to all commands).
`;

describe('bare group commands', () => {
	it('print the group help on stderr and exit 1, before any request', () => {
		const out = run('top');
		expect({ ...out, world: undefined, audit: undefined }).toEqual({
			stdout: '',
			stderr: TOP_HELP,
			exitCode: 1,
			rejected: true,
			follow: undefined,
			world: undefined,
			audit: undefined
		});
		expect(out.audit).toMatchObject({ verb: 'top', exitCode: 1, mutating: false });
	});

	it('sends rollout help to stdout, as kubectl wires it', () => {
		const out = run('rollout');
		expect(out.stderr).toBe('');
		expect(out.stdout).toBe(run('rollout', '--help').stdout);
		expect([out.exitCode, out.rejected]).toEqual([1, true]);
	});

	it.each([['config'], ['set'], ['auth'], ['create', 'secret']])(
		'kubectl %s goes to stderr with its --help text',
		(...path) => {
			const out = run(...path);
			expect([out.stdout, out.stderr, out.exitCode, out.rejected]).toEqual([
				'',
				run(...path, '--help').stdout,
				1,
				true
			]);
		}
	);

	it('still works without a usable kubeconfig, and --help stays a success', () => {
		expect(run('--kubeconfig=/x', 'config').exitCode).toBe(1);
		expect(run('config', '--help').exitCode).toBe(0);
	});

	it('refuses an unknown subcommand with the help pointer', () => {
		expect(run('rollout', 'restar', 'deploy/x').stderr).toBe(
			`error: unknown command "restar deploy/x"\nSee 'kubectl rollout -h' for help and examples\n`
		);
	});
});
