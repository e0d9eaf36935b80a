import { describe, expect, it } from 'vitest';
import { setVerb as set } from './set';
import { deployment, makeWorld, read, runVerb } from '../mutate/test-fixture';

const [setEnv, setImage] = set.subcommands!;
const image = (argv: string[], w = makeWorld()) => runVerb(setImage, ['set', 'image'], argv, w);
const env = (argv: string[], w = makeWorld()) => runVerb(setEnv, ['set', 'env'], argv, w);
const dep = (w: ReturnType<typeof makeWorld>) =>
	read(w, 'deployments.apps', 'payments', 'payments-primary')!;

describe('kubectl set image', () => {
	it('updates the named container and bumps generation', () => {
		const out = image([
			'deploy/payments-primary',
			'payments=registry.example.com/payments:1.5.0',
			'-n',
			'payments'
		]);
		expect(out).toMatchObject({
			stdout: 'deployment.apps/payments-primary image updated\n',
			stderr: '',
			exitCode: 0,
			mutating: true
		});
		expect(dep(out.world!).spec.template).toEqual(
			deployment(3, 'registry.example.com/payments:1.5.0').spec.template
		);
		expect(dep(out.world!).metadata.generation).toBe(2);
	});

	it('prints nothing when the image is already set, and supports *=', () => {
		const same = image([
			'deploy/payments-primary',
			'payments=registry.example.com/payments:1.4.2',
			'-n',
			'payments'
		]);
		expect(same).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
		expect(same.world).toBeUndefined();
		const star = image(['deployment', 'payments-primary', '*=busybox', '-n', 'payments']);
		expect(dep(star.world!).spec.template.spec.containers[0].image).toBe('busybox');
	});

	it('names an unknown container', () => {
		expect(image(['deploy/payments-primary', 'web=nginx', '-n', 'payments'])).toEqual({
			stdout: '',
			stderr: 'error: unable to find container named "web"\n',
			exitCode: 1
		});
	});

	it('changes nothing in a dry run', () => {
		const out = image([
			'deploy/payments-primary',
			'payments=x:2',
			'--dry-run=client',
			'-n',
			'payments'
		]);
		expect(out).toMatchObject({
			stdout: 'deployment.apps/payments-primary image updated (dry run)\n',
			mutating: false
		});
		expect(out.world).toBeUndefined();
	});
});

describe('kubectl set env', () => {
	it('sets and removes variables', () => {
		const out = env(['deploy/payments-primary', 'MODE=degraded', 'RETRIES=3', '-n', 'payments']);
		expect(out.stdout).toBe('deployment.apps/payments-primary env updated\n');
		expect(dep(out.world!).spec.template.spec.containers[0].env).toEqual([
			{ name: 'MODE', value: 'degraded' },
			{ name: 'RETRIES', value: '3' }
		]);
		const removed = env(['deploy/payments-primary', 'MODE-', '-n', 'payments'], out.world);
		expect(dep(removed.world!).spec.template.spec.containers[0].env).toEqual([
			{ name: 'RETRIES', value: '3' }
		]);
	});

	it('lists the environment per container', () => {
		const w = env(['deploy/payments-primary', 'MODE=on', '-n', 'payments']).world!;
		expect(env(['deploy/payments-primary', '--list', '-n', 'payments'], w)).toMatchObject({
			stdout: '# Deployment payments-primary, container payments\nMODE=on\n',
			exitCode: 0
		});
	});

	it('prints nothing without changes, and rejects misplaced resources', () => {
		expect(env(['deploy/payments-primary', '-n', 'payments'])).toMatchObject({
			stdout: '',
			stderr: '',
			exitCode: 0
		});
		expect(env(['deploy/x', 'A=1', 'deploy/y']).stderr).toBe(
			'error: all resources must be specified before environment changes: deploy/x A=1 deploy/y\n'
		);
		expect(env([]).stderr).toBe(
			'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n'
		);
	});

	it('warns when no container matches -c', () => {
		const out = env(['deploy/payments-primary', 'A=1', '-c', 'web', '-n', 'payments']);
		expect(out).toMatchObject({
			stdout: '',
			stderr: 'Warning: Deployment/payments-primary does not have any containers matching "web"\n',
			exitCode: 0
		});
	});
});
