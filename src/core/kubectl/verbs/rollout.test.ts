import { describe, expect, it } from 'vitest';
import { advanceWorld } from '../../cluster/advance';
import { BUILTIN_CLUSTERS } from '../../cluster/builtin';
import type { World } from '../../cluster/types';
import { runKubectl } from '../run';
import { rolloutVerb as rollout } from './rollout';
import { setVerb as set } from './set';
import {
	deployment,
	makeWorld,
	read,
	replicaSet,
	runVerb,
	baseObjects,
	HASH,
	T0
} from '../mutate/test-fixture';
import type { Outcome, VerbSpec } from '../types';

/** An image the built-in registry holds (a made-up tag would fail to pull and never roll out). */
const PULLABLE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/payments-api:v2.4.0';
const sub = (name: string) => rollout.subcommands!.find((s) => s.name === name)!;
const setImage = set.subcommands!.find((s) => s.name === 'image')!;
const run = (spec: VerbSpec, argv: string[], world: World, now = T0) =>
	runVerb(spec, ['rollout', spec.name], [...argv, '-n', 'payments'], world, now);
const dep = (w: World) => read(w, 'deployments.apps', 'payments', 'payments-primary')!;
const image = (w: World) => dep(w).spec.template.spec.containers[0].image;

/** Drives a Follow every two virtual seconds, moving the world with the controllers. */
function drive(out: Outcome, world: World, start: number, seconds: number) {
	let text = out.stdout;
	let w = world;
	for (let t = start + 2000; t <= start + seconds * 1000; t += 2000) {
		w = advanceWorld(w, t - 2000, t);
		const p = out.follow!.poll(w, t);
		text += p.stdout + p.stderr;
		if (p.exitCode !== undefined) return { text, exitCode: p.exitCode, world: w, at: t };
	}
	return { text, exitCode: undefined, world: w, at: start + seconds * 1000 };
}

/** Revision 1 (1.4.1) and 2 (1.4.2, current). */
function twoRevisions(): World {
	const objects = baseObjects().filter((o) => o.kind !== 'ReplicaSet');
	const d = deployment();
	d.metadata.annotations!['deployment.kubernetes.io/revision'] = '2';
	const old = replicaSet(1, '5f6d7c8b9', 'registry.example.com/payments:1.4.1', 0);
	old.metadata.annotations!['kubernetes.io/change-cause'] = 'release 1.4.1';
	return makeWorld([
		...objects.filter((o) => o.kind !== 'Deployment'),
		d,
		old,
		replicaSet(2, HASH, 'registry.example.com/payments:1.4.2', 3)
	]);
}

describe('kubectl rollout status', () => {
	// The built-in world under the real controllers is slow to reconcile: allow it time.
	it('follows a rollout to the end on virtual time', { timeout: 60_000 }, () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const w = runVerb(
			setImage,
			['set', 'image'],
			['deploy/payments-primary', `payments=${PULLABLE}`, '-n', 'payments'],
			world,
			now
		).world!;
		const out = run(sub('status'), ['deploy/payments-primary'], w, now);
		expect(out.stdout).toBe('Waiting for deployment spec update to be observed...\n');
		const done = drive(out, w, now, 120);
		expect(done.exitCode).toBe(0);
		expect(done.text.split('\n').filter(Boolean)).toEqual([
			'Waiting for deployment spec update to be observed...',
			'Waiting for deployment "payments-primary" rollout to finish: 1 out of 4 new replicas have been updated...',
			'Waiting for deployment "payments-primary" rollout to finish: 2 out of 4 new replicas have been updated...',
			'Waiting for deployment "payments-primary" rollout to finish: 3 out of 4 new replicas have been updated...',
			'Waiting for deployment "payments-primary" rollout to finish: 1 old replicas are pending termination...',
			'deployment "payments-primary" successfully rolled out'
		]);
	});

	it('prints once with --watch=false, and times out', () => {
		const stuck = makeWorld([
			...baseObjects().filter((o) => o.kind !== 'Deployment'),
			{
				...deployment(),
				status: { observedGeneration: 1, replicas: 3, updatedReplicas: 3, availableReplicas: 1 }
			}
		]);
		const once = run(sub('status'), ['deploy/payments-primary', '--watch=false'], stuck);
		expect(once).toMatchObject({
			stdout:
				'Waiting for deployment "payments-primary" rollout to finish: 1 of 3 updated replicas are available...\n',
			exitCode: 0
		});
		expect(once.follow).toBeUndefined();
		const timed = run(sub('status'), ['deploy/payments-primary', '--timeout=10s'], stuck);
		expect(timed.follow!.deadline).toBe(T0 + 10_000);
		expect(timed.follow!.poll(stuck, T0 + 5000)).toEqual({ stdout: '', stderr: '' });
		expect(timed.follow!.poll(stuck, T0 + 10_000)).toEqual({
			stdout: '',
			stderr: 'error: timed out waiting for the condition\n',
			exitCode: 1
		});
	});

	it('reads --timeout as a duration through the real parser (5s, not 5000s)', () => {
		const stuck = makeWorld([
			...baseObjects().filter((o) => o.kind !== 'Deployment'),
			{
				...deployment(),
				status: { observedGeneration: 1, replicas: 3, updatedReplicas: 3, availableReplicas: 1 }
			}
		]);
		const argv = ['rollout', 'status', 'deploy/payments-primary', '-n', 'payments', '--timeout=5s'];
		const out = runKubectl(stuck, argv, T0);
		expect(out.follow!.deadline).toBe(T0 + 5000);
		expect(out.follow!.poll(stuck, T0 + 5000)).toEqual({
			stdout: '',
			stderr: 'error: timed out waiting for the condition\n',
			exitCode: 1
		});
	});

	it('says a finished rollout is done, and rejects a missing resource', () => {
		expect(run(sub('status'), ['deployment/payments-primary'], makeWorld())).toMatchObject({
			stdout: 'deployment "payments-primary" successfully rolled out\n',
			exitCode: 0
		});
		expect(runVerb(sub('status'), ['rollout', 'status'], [], makeWorld())).toMatchObject({
			stderr: 'error: required resource not specified\n',
			rejected: true
		});
	});
});

describe('kubectl rollout history', () => {
	it('prints the REVISION table', () => {
		expect(run(sub('history'), ['deploy/payments-primary'], twoRevisions()).stdout).toBe(
			'deployment.apps/payments-primary \nREVISION  CHANGE-CAUSE\n1         release 1.4.1\n2         <none>\n\n'
		);
	});

	it('prints one revision as a pod template, with raw tabs', () => {
		expect(
			run(sub('history'), ['deploy/payments-primary', '--revision=1'], twoRevisions()).stdout
		).toBe(
			'deployment.apps/payments-primary with revision #1\nPod Template:\n  Labels:\tapp=payments\n\tpod-template-hash=5f6d7c8b9\n\tpool=primary\n  Containers:\n   payments:\n    Image:\tregistry.example.com/payments:1.4.1\n    Port:\t8080/TCP\n    Host Port:\t0/TCP\n    Environment:\t<none>\n    Mounts:\t<none>\n  Volumes:\t<none>\n  Node-Selectors:\t<none>\n  Tolerations:\t<none>\n\n'
		);
		expect(
			run(sub('history'), ['deploy/payments-primary', '--revision=7'], twoRevisions()).stderr
		).toBe('error: unable to find the specified revision\n');
	});
});

describe('kubectl rollout undo', () => {
	it('restores the previous template and its change-cause', () => {
		const out = run(sub('undo'), ['deploy/payments-primary'], twoRevisions());
		expect(out).toMatchObject({
			stdout: 'deployment.apps/payments-primary rolled back\n',
			exitCode: 0,
			mutating: true
		});
		expect(image(out.world!)).toBe('registry.example.com/payments:1.4.1');
		expect(dep(out.world!).spec.template.metadata.labels).toEqual({
			app: 'payments',
			pool: 'primary'
		});
		expect(dep(out.world!).metadata.annotations).toEqual({
			'deployment.kubernetes.io/revision': '2',
			'kubernetes.io/change-cause': 'release 1.4.1'
		});
		expect(dep(out.world!).metadata.generation).toBe(2);
	});

	it('skips when already at that revision, and names a missing one', () => {
		expect(
			run(sub('undo'), ['deploy/payments-primary', '--to-revision=2'], twoRevisions()).stdout
		).toBe(
			'deployment.apps/payments-primary skipped rollback (current template already matches revision 2)\n'
		);
		expect(
			run(sub('undo'), ['deploy/payments-primary', '--to-revision=7'], twoRevisions()).stderr
		).toBe('error: unable to find specified revision 7 in history\n');
		expect(run(sub('undo'), ['deploy/payments-primary'], makeWorld()).stderr).toBe(
			'error: no rollout history found for deployment "payments-primary"\n'
		);
	});

	it('round-trips set image → undo once the controllers reconcile', { timeout: 60_000 }, () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const before = image(world);
		let w = runVerb(
			setImage,
			['set', 'image'],
			['deploy/payments-primary', `payments=${PULLABLE}`, '-n', 'payments'],
			world,
			now
		).world!;
		w = advanceWorld(w, now, now + 60_000);
		expect(image(w)).toBe(PULLABLE);
		const undo = run(sub('undo'), ['deploy/payments-primary'], w, now + 60_000);
		expect(undo.stdout).toBe('deployment.apps/payments-primary rolled back\n');
		w = advanceWorld(undo.world!, now + 60_000, now + 120_000);
		expect(image(w)).toBe(before);
		const history = run(sub('history'), ['deploy/payments-primary'], w, now + 120_000).stdout;
		expect(
			history
				.split('\n')
				.slice(2, 4)
				.map((l) => l.split(' ')[0])
		).toEqual(['2', '3']);
		const pods = Object.values(w.clusters)[0].objects.get('pods')!.get('payments')!;
		const images = [...pods.values()]
			.filter((p) => p.metadata.labels?.pool === 'primary' && !p.metadata.deletionTimestamp)
			.map((p) => p.spec.containers[0].image);
		expect(new Set(images)).toEqual(new Set([before]));
	});

	it('refuses a paused deployment and prints the template in a client dry run', () => {
		const paused = run(sub('pause'), ['deploy/payments-primary'], twoRevisions()).world!;
		expect(run(sub('undo'), ['deploy/payments-primary'], paused).stderr).toBe(
			"error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume deployment/payments-primary' and try again\n"
		);
		const dry = run(sub('undo'), ['deploy/payments-primary', '--dry-run=client'], twoRevisions());
		expect(
			dry.stdout.startsWith(
				'deployment.apps/payments-primary Pod Template:\n  Labels:\tapp=payments\n'
			)
		).toBe(true);
		expect(dry.stdout.endsWith('  Tolerations:\t<none>\n (dry run)\n')).toBe(true);
		expect(dry.world).toBeUndefined();
	});
});

describe('kubectl rollout restart / pause / resume', () => {
	it('stamps restartedAt from virtual time', () => {
		const out = run(sub('restart'), ['deploy/payments-primary'], makeWorld(), T0 + 90_000);
		expect(out.stdout).toBe('deployment.apps/payments-primary restarted\n');
		expect(dep(out.world!).spec.template.metadata.annotations).toEqual({
			'kubectl.kubernetes.io/restartedAt': '2025-03-01T12:01:30Z'
		});
	});

	it('pauses once and resumes once', () => {
		const paused = run(sub('pause'), ['deploy/payments-primary'], makeWorld());
		expect(paused.stdout).toBe('deployment.apps/payments-primary paused\n');
		expect(dep(paused.world!).spec.paused).toBe(true);
		expect(run(sub('pause'), ['deploy/payments-primary'], paused.world!)).toMatchObject({
			stderr: 'error: deployments.apps "payments-primary" is already paused\n',
			exitCode: 1
		});
		expect(run(sub('restart'), ['deploy/payments-primary'], paused.world!).stderr).toBe(
			'error: deployments.apps "payments-primary" can\'t restart paused deployment (run rollout resume first)\n'
		);
		const resumed = run(sub('resume'), ['deploy/payments-primary'], paused.world!);
		expect(resumed.stdout).toBe('deployment.apps/payments-primary resumed\n');
		expect(dep(resumed.world!).spec.paused).toBeUndefined();
		expect(run(sub('resume'), ['deploy/payments-primary'], resumed.world!).stderr).toBe(
			'error: deployments.apps "payments-primary" is not paused\n'
		);
	});
});
