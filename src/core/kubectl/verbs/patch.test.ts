import { describe, expect, it } from 'vitest';
import { patchVerb as patch } from './patch';
import { makeWorld, read, runVerb } from '../mutate/test-fixture';

const run = (argv: string[], world = makeWorld()) => runVerb(patch, ['patch'], argv, world);
const dep = (w: ReturnType<typeof makeWorld>) =>
	read(w, 'deployments.apps', 'payments', 'payments-primary')!;

describe('kubectl patch', () => {
	it('merges a container by name (strategic, the default) and bumps generation', () => {
		const p =
			'{"spec":{"template":{"spec":{"containers":[{"name":"payments","image":"registry.example.com/payments:1.4.3"}]}}}}';
		const out = run(['deploy', 'payments-primary', '-p', p, '-n', 'payments']);
		expect(out).toMatchObject({
			stdout: 'deployment.apps/payments-primary patched\n',
			stderr: '',
			exitCode: 0,
			mutating: true
		});
		expect(dep(out.world!).spec.template.spec.containers).toEqual([
			{
				name: 'payments',
				image: 'registry.example.com/payments:1.4.3',
				ports: [{ containerPort: 8080, protocol: 'TCP' }]
			}
		]);
		expect(dep(out.world!).metadata.generation).toBe(2);
	});

	it('says (no change) when the patch changes nothing', () => {
		const out = run(['deploy/payments-primary', '-p', '{"spec":{"replicas":3}}', '-n', 'payments']);
		expect(out.stdout).toBe('deployment.apps/payments-primary patched (no change)\n');
		expect(out.world).toBeUndefined();
	});

	it('applies merge and json patches', () => {
		const merge = run([
			'deploy/payments-primary',
			'--type=merge',
			'-p',
			'{"metadata":{"labels":{"pool":null}}}',
			'-n',
			'payments'
		]);
		expect(dep(merge.world!).metadata.labels).toEqual({ app: 'payments' });
		const json = run([
			'deploy/payments-primary',
			'--type=json',
			'-p',
			'[{"op":"replace","path":"/spec/replicas","value":1}]',
			'-n',
			'payments'
		]);
		expect(dep(json.world!).spec.replicas).toBe(1);
	});

	it('changes nothing in a dry run', () => {
		const out = run([
			'deploy/payments-primary',
			'-p',
			'{"spec":{"replicas":9}}',
			'--dry-run=server',
			'-n',
			'payments'
		]);
		expect(out).toMatchObject({
			stdout: 'deployment.apps/payments-primary patched (server dry run)\n',
			mutating: false
		});
		expect(out.world).toBeUndefined();
	});

	it('reports bad patches and flags in kubectl words', () => {
		expect(run(['deploy', 'x']).stderr).toBe(
			'error: must specify --patch or --patch-file containing the contents of the patch\n'
		);
		expect(run(['deploy', 'x', '-p', '{}', '--type=foo']).stderr).toBe(
			'error: --type must be one of [json merge strategic], not "foo"\n'
		);
		expect(run(['deploy/payments-primary', '-p', '{', '-n', 'payments']).stderr).toBe(
			'error: unable to parse "{": yaml: line 1: did not find expected node content\n'
		);
		expect(
			run([
				'deploy/payments-primary',
				'--type=json',
				'-p',
				'[{"op":"replace","path":"/spec/nope/x","value":1}]',
				'-n',
				'payments'
			]).stderr
		).toBe(
			'The request is invalid: replace operation does not apply: doc is missing path: "/spec/nope/x": missing value\n'
		);
		expect(run(['deploy/nope', '-p', '{}', '-n', 'payments']).stderr).toBe(
			'Error from server (NotFound): deployments.apps "nope" not found\n'
		);
	});

	it('refuses a patch that is not an object, as the API server does', () => {
		const args = (p: string, type = 'strategic') => [
			'deploy/payments-primary',
			'-p',
			p,
			`--type=${type}`,
			'-n',
			'payments'
		];
		expect(run(args('not json'))).toEqual({
			stdout: '',
			stderr:
				'Error from server (BadRequest): json: cannot unmarshal string into Go value of type map[string]interface {}\n',
			exitCode: 1
		});
		expect(run(args('[1]')).stderr).toBe(
			'Error from server (BadRequest): json: cannot unmarshal array into Go value of type map[string]interface {}\n'
		);
		expect(run(args('not json', 'merge')).stderr).toBe(
			'Error from server (BadRequest): Invalid JSON Patch\n'
		);
	});

	it('refuses a wrong field type and invalid workload fields without writing', () => {
		const patchWith = (p: string, type = 'strategic') =>
			run(['deploy/payments-primary', '-p', p, `--type=${type}`, '-n', 'payments']);
		expect(patchWith('{"spec":{"replicas":"three"}}')).toEqual({
			stdout: '',
			stderr:
				'The Deployment "payments-primary" is invalid: spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string"\n',
			exitCode: 1
		});
		expect(patchWith('{"spec":"x"}', 'merge').stderr).toBe(
			'The Deployment "payments-primary" is invalid: spec: Invalid value: "string": spec in body must be of type object: "string"\n'
		);
		expect(patchWith('{"spec":{"replicas":-1}}').stderr).toBe(
			'The Deployment "payments-primary" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0\n'
		);
		expect(
			patchWith('{"spec":{"template":{"spec":{"containers":[{"name":"payments","image":null}]}}}}')
				.stderr
		).toBe(
			'The Deployment "payments-primary" is invalid: spec.template.spec.containers[0].image: Required value\n'
		);
		expect(
			patchWith(
				'{"spec":{"selector":{"matchLabels":{"app":"x"}},"template":{"metadata":{"labels":{"app":"x"}}}}}',
				'merge'
			).stderr
		).toBe(
			'The Deployment "payments-primary" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"x", "pool":"primary"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable\n'
		);
	});

	it('lists every cause when the template labels stop matching a changed selector', () => {
		const out = run([
			'deploy/payments-primary',
			'--type=merge',
			'-p',
			'{"spec":{"selector":{"matchLabels":{"app":"x"}}}}',
			'-n',
			'payments'
		]);
		expect(out.stderr).toBe(
			[
				'The Deployment "payments-primary" is invalid: ',
				'* spec.template.metadata.labels: Invalid value: map[string]string{"app":"payments", "pool":"primary"}: `selector` does not match template `labels`',
				'* spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"x", "pool":"primary"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
				''
			].join('\n')
		);
	});
});
