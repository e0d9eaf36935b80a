import { describe, expect, it } from 'vitest';
import { unknownContext } from '../errors';
import { scaleVerb as scale } from './scale';
import { invocation, makeWorld, read, runVerb } from '../mutate/test-fixture';

const run = (argv: string[], world = makeWorld()) => runVerb(scale, ['scale'], argv, world);
const replicasOf = (w: ReturnType<typeof makeWorld>) =>
	read(w, 'deployments.apps', 'payments', 'payments-primary')!;

describe('kubectl scale', () => {
	it('sets spec.replicas, bumps generation and prints the success line', () => {
		const out = run(['deploy/payments-primary', '--replicas=5', '-n', 'payments']);
		expect(out).toMatchObject({
			stdout: 'deployment.apps/payments-primary scaled\n',
			stderr: '',
			exitCode: 0,
			mutating: true,
			resources: ['deployment.apps/payments-primary']
		});
		const d = replicasOf(out.world!);
		expect(d.spec.replicas).toBe(5);
		expect(d.metadata.generation).toBe(2);
	});

	it('scales back to restore the original replicas', () => {
		const up = run(['deployment', 'payments-primary', '--replicas=6', '-n', 'payments']);
		const down = run(
			['deployment', 'payments-primary', '--replicas=3', '-n', 'payments'],
			up.world
		);
		expect(replicasOf(down.world!).spec).toEqual(replicasOf(makeWorld()).spec);
	});

	it('checks --current-replicas before scaling', () => {
		const out = run([
			'deploy/payments-primary',
			'--replicas=5',
			'--current-replicas=4',
			'-n',
			'payments'
		]);
		expect(out).toEqual({
			stdout: '',
			stderr: 'error: Expected replicas to be 4, was 3\n',
			exitCode: 1
		});
	});

	it('changes nothing in a dry run', () => {
		const out = run([
			'deploy/payments-primary',
			'--replicas=5',
			'--dry-run=client',
			'-n',
			'payments'
		]);
		expect(out).toEqual({
			stdout: 'deployment.apps/payments-primary scaled (dry run)\n',
			stderr: '',
			exitCode: 0,
			resources: ['deployment.apps/payments-primary'],
			mutating: false
		});
		const server = run([
			'deploy/payments-primary',
			'--replicas=5',
			'--dry-run=server',
			'-n',
			'payments'
		]);
		expect(server.stdout).toBe('deployment.apps/payments-primary scaled (server dry run)\n');
		expect(server.world).toBeUndefined();
	});

	it('selects targets with -l and prints -o name', () => {
		const out = run([
			'deploy,rs',
			'-l',
			'app=payments',
			'--replicas=2',
			'-n',
			'payments',
			'-o',
			'name'
		]);
		expect(out.stdout).toBe(
			'deployment.apps/payments-primary\nreplicaset.apps/payments-primary-7d9c8b6f5\n'
		);
	});

	it('rejects what kubectl rejects, in its words', () => {
		expect(run(['deploy/x'])).toEqual({
			stdout: '',
			stderr: 'error: required flag(s) "replicas" not set\n',
			exitCode: 1,
			rejected: true
		});
		expect(run(['deploy', '--replicas=1']).stderr).toBe(
			'error: resource(s) were provided, but no name was specified\n'
		);
		expect(run(['deploy/x', '--replicas=-1']).stderr).toBe(
			'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n'
		);
		expect(run(['deploy/x', '--replicas=1', '--dry-run=maybe']).stderr).toBe(
			'error: Invalid dry-run value (maybe). Must be "none", "server", or "client".\n'
		);
	});

	it('reports a missing deployment', () => {
		expect(run(['deploy/nope', '--replicas=1', '-n', 'payments'])).toEqual({
			stdout: '',
			stderr: 'error: no objects passed to scale deployments.apps "nope" not found\n',
			exitCode: 1
		});
	});

	it('wraps every lookup error when nothing was found, as kubectl 1.32 does', () => {
		expect(run(['deploy/x', 'deploy/y', '--replicas=1', '-n', 'payments'])).toEqual({
			stdout: '',
			stderr:
				'error: no objects passed to scale [deployments.apps "x" not found, deployments.apps "y" not found]\n',
			exitCode: 1
		});
		expect(run(['deploy/x', '--replicas=1', '-n', 'paymnets']).stderr).toBe(
			'error: no objects passed to scale namespaces "paymnets" not found\n'
		);
		expect(run(['deploy', '-l', 'app=nope', '--replicas=1', '-n', 'payments']).stderr).toBe(
			'error: no objects passed to scale\n'
		);
	});

	it('scales what exists, then reports what does not (exit 1)', () => {
		const out = run(['deploy/x', 'deploy/payments-primary', '--replicas=5', '-n', 'payments']);
		expect(out).toMatchObject({
			stdout: 'deployment.apps/payments-primary scaled\n',
			stderr: 'Error from server (NotFound): deployments.apps "x" not found\n',
			exitCode: 1
		});
		expect(replicasOf(out.world!).spec.replicas).toBe(5);
	});

	it('answers an unknown --context as kubectl does', () => {
		const { inv } = invocation(scale, ['scale'], ['deploy/payments-primary', '--replicas=1']);
		const env = {
			world: makeWorld(),
			now: 0,
			context: 'nope',
			namespace: 'payments',
			namespaceGiven: true
		};
		expect(scale.run!(inv, env)).toEqual({
			stdout: '',
			stderr: unknownContext('nope').message,
			exitCode: 1
		});
	});
});
