import { describe, expect, it } from 'vitest';
import { env, fixtureWorld, invocation } from '../describe/fixtures';
import type { FlagValue, VerbSpec } from '../types';
import { configVerb } from './config';

const world = fixtureWorld();
function sub(name: string): VerbSpec {
	return configVerb.subcommands!.find((s) => s.name === name)!;
}
function run(name: string, args: string[], flags: Record<string, FlagValue> = {}) {
	const spec = sub(name);
	return spec.run!(invocation(['config', name], args, flags, spec.flags), env(world));
}

describe('kubectl config', () => {
	it('lists contexts with the current one starred', () => {
		expect(run('get-contexts', []).stdout).toBe(
			'CURRENT   NAME             CLUSTER          AUTHINFO   NAMESPACE\n' +
				'          prod-eu-west-1   prod-eu-west-1   oncall     default\n' +
				'*         prod-us-east-1   prod-us-east-1   oncall     payments\n'
		);
	});

	it('switches the current context in the world', () => {
		const out = run('use-context', ['prod-eu-west-1']);
		expect(out.stdout).toBe('Switched to context "prod-eu-west-1".\n');
		expect(out.world?.currentContext).toBe('prod-eu-west-1');
		expect(out.world?.contexts).toBe(world.contexts);
	});

	it('refuses an unknown context without changing the world', () => {
		expect(run('use-context', ['nope'])).toEqual({
			stdout: '',
			stderr: 'error: no context exists with the name: "nope"\n',
			exitCode: 1,
			rejected: true
		});
	});

	it('lists contexts by name, and refuses other output formats as kubectl does', () => {
		expect(run('get-contexts', [], { output: 'name' }).stdout).toBe(
			'prod-eu-west-1\nprod-us-east-1\n'
		);
		expect(run('get-contexts', [], { output: 'wide' })).toEqual({
			stdout: '',
			stderr:
				'error: --output wide is not available in kubectl config get-contexts; resetting to default output format\n',
			exitCode: 1,
			rejected: true
		});
	});

	it('sets the namespace of the current context', () => {
		const out = run('set-context', [], { current: true, namespace: 'kube-system' });
		expect(out.stdout).toBe('Context "prod-us-east-1" modified.\n');
		expect(out.world?.contexts[0]).toEqual({
			name: 'prod-us-east-1',
			cluster: 'prod-us-east-1',
			user: 'oncall',
			namespace: 'kube-system'
		});
	});

	it('prints the current context and the clusters', () => {
		expect(run('current-context', []).stdout).toBe('prod-us-east-1\n');
		expect(run('get-clusters', []).stdout).toBe('NAME\nprod-us-east-1\nprod-eu-west-1\n');
	});

	it('views the kubeconfig redacted, and minified to the current context', () => {
		expect(run('view', [], { minify: true }).stdout).toBe(`apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://10.0.0.1:6443
  name: prod-us-east-1
contexts:
- context:
    cluster: prod-us-east-1
    namespace: payments
    user: oncall
  name: prod-us-east-1
current-context: prod-us-east-1
kind: Config
preferences: {}
users:
- name: oncall
  user:
    token: REDACTED
`);
	});
});
