import { describe, expect, it } from 'vitest';
import { advanceWorld } from '../../cluster/advance';
import type { KubeObject } from '../../cluster/types';
import { runKubectl } from '../run';
import { baseObjects, makeWorld, read, T0 } from './test-fixture';

const cronJob: KubeObject = {
	apiVersion: 'batch/v1',
	kind: 'CronJob',
	metadata: {
		name: 'payments-nightly',
		namespace: 'payments',
		uid: 'cj-uid-1',
		resourceVersion: '1',
		creationTimestamp: '2025-03-01T00:00:00Z'
	},
	spec: {
		schedule: '0 3 * * *',
		jobTemplate: {
			metadata: { annotations: { team: 'payments' } },
			spec: {
				backoffLimit: 2,
				template: {
					metadata: { labels: { app: 'payments-nightly' } },
					spec: {
						restartPolicy: 'Never',
						containers: [{ name: 'reconcile', image: 'registry.internal/payments:1.4.2' }]
					}
				}
			}
		}
	}
};
const world = () => makeWorld([...baseObjects(), cronJob]);
const run = (w: ReturnType<typeof world>, ...argv: string[]) => {
	const r = runKubectl(w, argv, T0);
	return {
		stdout: r.stdout,
		stderr: r.stderr,
		exitCode: r.exitCode,
		rejected: r.rejected,
		world: r.world
	};
};

describe('kubectl create job', () => {
	it('instantiates a CronJob by hand, owned by it, and the Job controller runs it', () => {
		const out = run(
			world(),
			'create',
			'job',
			'reconcile-now',
			'--from=cronjob/payments-nightly',
			'-n',
			'payments'
		);
		expect([out.stdout, out.stderr, out.exitCode]).toEqual([
			'job.batch/reconcile-now created\n',
			'',
			0
		]);
		const job = read(out.world, 'jobs.batch', 'payments', 'reconcile-now')!;
		const uid = job.metadata.uid;
		const uidLabels = {
			'batch.kubernetes.io/controller-uid': uid,
			'batch.kubernetes.io/job-name': 'reconcile-now',
			'controller-uid': uid,
			'job-name': 'reconcile-now'
		};
		expect(job.metadata.annotations).toEqual({
			'cronjob.kubernetes.io/instantiate': 'manual',
			team: 'payments'
		});
		expect(job.metadata.ownerReferences).toEqual([
			{
				apiVersion: 'batch/v1',
				kind: 'CronJob',
				name: 'payments-nightly',
				uid: 'cj-uid-1',
				controller: true
			}
		]);
		expect(job.metadata.labels).toEqual({ app: 'payments-nightly', ...uidLabels });
		expect({ ...job.spec, template: undefined }).toEqual({
			parallelism: 1,
			completions: 1,
			backoffLimit: 2,
			selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } },
			completionMode: 'NonIndexed',
			suspend: false,
			podReplacementPolicy: 'TerminatingOrFailed',
			template: undefined
		});
		const later = advanceWorld(out.world, T0, T0 + 120_000);
		expect(
			run(later, 'get', 'pods', '-n', 'payments', '-l', 'job-name=reconcile-now', '-o', 'name')
				.stdout
		).toMatch(/^pod\/reconcile-now-[a-z0-9]{5}\n$/);
	});

	it('prints the Job it would send for --image with a command', () => {
		const out = run(
			world(),
			'create',
			'job',
			'once',
			'--image=busybox',
			'-n',
			'payments',
			'--dry-run=client',
			'-o',
			'yaml',
			'--',
			'date',
			'-u'
		);
		expect(out.stdout).toBe(`apiVersion: batch/v1
kind: Job
metadata:
  creationTimestamp: null
  name: once
  namespace: payments
spec:
  template:
    metadata:
      creationTimestamp: null
    spec:
      containers:
      - command:
        - date
        - -u
        image: busybox
        name: once
        resources: {}
      restartPolicy: Never
status: {}
`);
	});

	// Messages as kubectl v1.32 prints them (scripts/kubectl-oracle.sh).
	it('refuses what kubectl refuses, and reports what the server would', () => {
		const refused = (stderr: string) => ({ stdout: '', stderr, exitCode: 1, rejected: true });
		const failed = (stderr: string) => ({ stdout: '', stderr, exitCode: 1, rejected: false });
		const w = world();
		const strip = (o: ReturnType<typeof run>) => ({ ...o, world: undefined });
		const either = 'error: either --image or --from must be specified\n';
		expect(strip(run(w, 'create', 'job', 'x'))).toEqual({ ...refused(either), world: undefined });
		expect(strip(run(w, 'create', 'job', 'x', '--image=a', '--from=cronjob/b'))).toEqual({
			...refused(either),
			world: undefined
		});
		expect(strip(run(w, 'create', 'job', 'x', '--from=cronjob/b', '--', 'echo'))).toEqual({
			...refused('error: cannot specify --from and command\n'),
			world: undefined
		});
		expect(strip(run(w, 'create', 'job', '--image=a'))).toEqual({
			...refused(
				"error: exactly one NAME is required, got 0\nSee 'kubectl create job -h' for help and examples\n"
			),
			world: undefined
		});
		expect(strip(run(w, 'create', 'job', 'x', '--from=cronjob/nope', '-n', 'payments'))).toEqual({
			...failed('Error from server (NotFound): cronjobs.batch "nope" not found\n'),
			world: undefined
		});
		expect(
			strip(run(w, 'create', 'job', 'x', '--from=deploy/payments-primary', '-n', 'payments'))
		).toEqual({
			...failed('error: unknown object type *v1.Deployment\n'),
			world: undefined
		});
	});
});
