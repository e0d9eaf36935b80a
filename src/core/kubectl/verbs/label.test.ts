import { describe, expect, it } from 'vitest';
import { labelVerb as label } from './label';
import { annotateVerb as annotate } from './annotate';
import { makeWorld, read, runVerb } from '../mutate/test-fixture';

const run = (argv: string[], world = makeWorld()) => runVerb(label, ['label'], argv, world);
const dep = (w: ReturnType<typeof makeWorld>) =>
	read(w, 'deployments.apps', 'payments', 'payments-primary')!;

describe('kubectl label', () => {
	it('adds a label without touching the spec generation', () => {
		const out = run(['deploy', 'payments-primary', 'tier=web', '-n', 'payments']);
		expect(out).toMatchObject({
			stdout: 'deployment.apps/payments-primary labeled\n',
			stderr: '',
			exitCode: 0,
			mutating: true
		});
		expect(dep(out.world!).metadata.labels).toEqual({
			app: 'payments',
			pool: 'primary',
			tier: 'web'
		});
		expect(dep(out.world!).metadata.generation).toBe(1);
	});

	it('refuses to overwrite without --overwrite, and overwrites with it', () => {
		expect(run(['deploy/payments-primary', 'app=web', '-n', 'payments'])).toEqual({
			stdout: '',
			stderr: "error: 'app' already has a value (payments), and --overwrite is false\n",
			exitCode: 1
		});
		const out = run(['deploy/payments-primary', 'app=web', '--overwrite', '-n', 'payments']);
		expect(dep(out.world!).metadata.labels?.app).toBe('web');
	});

	it('removes a label and says not labeled when nothing changes', () => {
		const out = run(['deploy/payments-primary', 'pool-', '-n', 'payments']);
		expect(dep(out.world!).metadata.labels).toEqual({ app: 'payments' });
		const again = run(['deploy/payments-primary', 'pool-', '-n', 'payments'], out.world);
		expect(again.stdout).toBe(
			'label "pool" not found.\ndeployment.apps/payments-primary not labeled\n'
		);
		expect(again.world).toBeUndefined();
	});

	it('labels every pod a selector picks, and lists labels', () => {
		const out = run(['pods', '-l', 'pool=primary', 'drain=yes', '-n', 'payments']);
		expect(out.stdout.split('\n').filter(Boolean)).toHaveLength(3);
		expect(out.stdout.split('\n')[0]).toBe('pod/payments-primary-7d9c8b6f5-abcde labeled');
		expect(run(['deploy/payments-primary', '--list', '-n', 'payments']).stdout).toBe(
			'app=payments\npool=primary\n'
		);
	});

	it('changes nothing in a dry run', () => {
		const out = run(['deploy/payments-primary', 'tier=web', '--dry-run=client', '-n', 'payments']);
		expect(out).toMatchObject({
			stdout: 'deployment.apps/payments-primary labeled (dry run)\n',
			mutating: false
		});
		expect(out.world).toBeUndefined();
	});

	it('rejects what kubectl rejects', () => {
		expect(run(['deploy/x']).stderr).toBe('error: at least one label update is required\n');
		expect(run(['deploy', 'x', 'a=b', 'a-']).stderr).toBe(
			'error: can not both modify and remove a label in the same command\n'
		);
		expect(run(['pods', 'x', 'a=b@']).rejected).toBe(true);
		expect(run(['pods', 'a=b', '-n', 'payments']).stderr).toBe(
			'error: resource(s) were provided, but no name was specified\n'
		);
	});

	it('reports NotFound for a missing object', () => {
		expect(run(['deploy/nope', 'a=b', '-n', 'payments'])).toEqual({
			stdout: '',
			stderr: 'Error from server (NotFound): deployments.apps "nope" not found\n',
			exitCode: 1,
			resources: [],
			mutating: true
		});
	});
});

describe('kubectl annotate', () => {
	it('annotates, and says annotated even when nothing changes', () => {
		const argv = ['deploy/payments-primary', 'kubernetes.io/change-cause=hotfix', '-n', 'payments'];
		const out = runVerb(annotate, ['annotate'], argv, makeWorld());
		expect(out.stdout).toBe('deployment.apps/payments-primary annotated\n');
		expect(dep(out.world!).metadata.annotations).toEqual({
			'deployment.kubernetes.io/revision': '1',
			'kubernetes.io/change-cause': 'hotfix'
		});
		expect(runVerb(annotate, ['annotate'], argv, out.world!).stdout).toBe(
			'deployment.apps/payments-primary annotated\n'
		);
	});

	it('names the annotation kubectl cannot both set and remove', () => {
		const out = runVerb(annotate, ['annotate'], ['deploy', 'x', 'a=b', 'a-'], makeWorld());
		expect(out.stderr).toBe(
			'error: can not both modify and remove the following annotation(s) in the same command: a\n'
		);
	});
});
