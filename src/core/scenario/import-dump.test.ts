import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { runKubectl } from '../kubectl/run';
import { importDump, scenarioFromDump } from './import-dump';
import { loadScenario } from './load';
import { prepareScenario } from './prepare';
import { Scenario } from './schema';
import { scenarioAt } from './timeline';

const DUMPS = join(__dirname, '../../../test/scenario/dumps');
const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const files = ['checkout-eks.yaml', 'checkout-workloads.json'].map((name) => ({
	name,
	text: readFileSync(join(DUMPS, name), 'utf8')
}));

/** `get pods -n checkout` at t=0 of a scenario imported from the checkout dumps. */
const PODS_AT_DUMP = [
	'NAME                                    READY   STATUS              RESTARTS        AGE',
	'checkout-api-7d9c6b5f8-h7rvd            0/1     ContainerCreating   0               18m',
	'checkout-api-7d9c6b5f8-q8wzn            0/1     CrashLoopBackOff    8 (2m30s ago)   18m',
	'checkout-api-7d9c6b5f8-t9mbc            1/1     Running             0               2d19h',
	'checkout-api-7d9c6b5f8-x2k4p            1/1     Running             1 (34h ago)     2d19h',
	'checkout-cache-warmer-6d4c8b7f9-k2n8x   0/1     CrashLoopBackOff    12 (52s ago)    45m',
	'checkout-gateway-84f6d9c7b5-wq7lp       0/1     Running             0               28m',
	'checkout-migrate-29557801-7xk2d         0/1     Completed           0               3h39m',
	'checkout-worker-5b8f7c9d6-m5tj2         0/1     ImagePullBackOff    0               9m7s',
	''
].join('\n');

function directives(annotations: Record<string, string> | undefined): Record<string, string> {
	return Object.fromEntries(
		Object.entries(annotations ?? {}).filter(
			([k]) => k.startsWith('preflight.dev/') && k !== 'preflight.dev/rolled-out-at'
		)
	);
}

describe('importDump on an EKS dump (kubectl 1.32, managedFields, List, JSON stream)', () => {
	const imported = importDump(files);
	if (!imported.ok) throw new Error(JSON.stringify(imported.problems));

	it('keeps what it can simulate, says what it left out, and is seen at the newest timestamp', () => {
		expect(imported.warnings).toEqual([
			'checkout-eks.yaml:1382:9: ENIConfig us-east-1a left out: no matches for kind "ENIConfig" in version "crd.k8s.amazonaws.com/v1alpha1"',
			'Pod checkout/checkout-migrate-29557801-7xk2d: its owner Job checkout-migrate-29557801 is not in the dump; the owner reference is dropped so the object is kept'
		]);
		expect(new Date(imported.now).toISOString()).toBe('2026-03-14T09:40:51.000Z');
		expect(imported.objects.every((o) => !('managedFields' in o.metadata))).toBe(true);
		expect(imported.objects.every((o) => !('resourceVersion' in o.metadata))).toBe(true);
	});

	it('turns status into faults with the parameters the status gives', () => {
		const faults = Object.fromEntries(
			imported.objects.map((o) => [
				`${o.kind}/${o.metadata.name}`,
				directives(o.metadata.annotations)
			])
		);
		expect(faults).toEqual({
			'Node/ip-10-0-12-37.ec2.internal': {},
			'Node/ip-10-0-28-114.ec2.internal': {},
			'Node/ip-10-0-44-9.ec2.internal': {
				'preflight.dev/fault': 'NodeNotReady',
				'preflight.dev/fault-after': '279h33m44s'
			},
			'Pod/checkout-api-7d9c6b5f8-x2k4p': {},
			'Pod/checkout-api-7d9c6b5f8-q8wzn': {
				'preflight.dev/fault': 'CrashLoopBackOff',
				'preflight.dev/exit-code': '2',
				'preflight.dev/crash-after': '4s',
				'preflight.dev/fault-image': `${ECR}/checkout-api:v1.18.3`
			},
			'Pod/checkout-api-7d9c6b5f8-h7rvd': {},
			'Pod/checkout-worker-5b8f7c9d6-m5tj2': {
				'preflight.dev/fault': 'ImagePullBackOff',
				'preflight.dev/fault-image': `${ECR}/checkout-worker:v1.19.0-rc1`
			},
			'Pod/checkout-cache-warmer-6d4c8b7f9-k2n8x': {
				'preflight.dev/fault': 'OOMKilled',
				'preflight.dev/crash-after': '45s',
				'preflight.dev/fault-image': `${ECR}/checkout-cache-warmer:v0.9.2`
			},
			'Pod/checkout-gateway-84f6d9c7b5-wq7lp': {
				'preflight.dev/fault': 'ReadinessFailing',
				'preflight.dev/fault-image': `${ECR}/checkout-gateway:v3.2.0`
			},
			'Pod/checkout-migrate-29557801-7xk2d': {},
			'Pod/checkout-api-7d9c6b5f8-t9mbc': {},
			'Deployment/checkout-api': {},
			'ReplicaSet/checkout-api-7d9c6b5f8': {}
		});
	});

	it('becomes a scenario that loads, with the cluster as the dump describes it', () => {
		const made = scenarioFromDump(files, {
			id: 'checkout-eks',
			title: 'Checkout',
			context: 'prod'
		});
		if (!made.ok) throw new Error(JSON.stringify(made.problems));
		expect(Scenario.safeParse(parse(made.yaml)).success).toBe(true);
		const loaded = loadScenario(made.yaml, 'checkout-eks.yaml');
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
		expect(loaded.scenario.briefing.alert.title).toBe('Describe the page here');
		expect(loaded.scenario.runbook.steps).toEqual([]);
		expect(loaded.scenario.world.start).toBe('2026-03-14T09:40:51Z');
		const prepared = prepareScenario(loaded.scenario);
		if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
		const at = (t: number, line: string) => {
			const m = scenarioAt(prepared.prepared, t);
			return runKubectl(m.world, line.split(' '), m.now).stdout;
		};
		// The crash-looping pod's timeline is re-derived from its start and run length: one more
		// restart than the dump shows (8, not 7), the rest as exported. The Pending pod is left to the
		// scheduler, and these three nodes have room for it.
		expect(at(0, 'get pods -n checkout')).toBe(PODS_AT_DUMP);
		expect(at(0, 'get nodes')).toBe(
			[
				'NAME                          STATUS     ROLES    AGE   VERSION',
				'ip-10-0-12-37.ec2.internal    Ready      <none>   11d   v1.32.1-eks-5d632ec',
				'ip-10-0-28-114.ec2.internal   Ready      <none>   11d   v1.32.1-eks-5d632ec',
				'ip-10-0-44-9.ec2.internal     NotReady   <none>   11d   v1.32.1-eks-5d632ec',
				''
			].join('\n')
		);
		const later = at(10 * 60_000, 'get pods -n checkout');
		expect(later).toMatch(
			/^checkout-api-7d9c6b5f8-q8wzn +0\/1 +(CrashLoopBackOff|Error|Running) +(9|10) /m
		);
		expect(later).toMatch(
			/^checkout-worker-5b8f7c9d6-m5tj2 +0\/1 +(ImagePullBackOff|ErrImagePull) +0 /m
		);
		expect(later).toMatch(/^checkout-gateway-84f6d9c7b5-wq7lp +0\/1 +Running +0 /m);
		expect(later).toMatch(/^checkout-migrate-29557801-7xk2d +0\/1 +Completed +0 /m);
		expect(at(10 * 60_000, 'get nodes')).toMatch(/^ip-10-0-44-9\.ec2\.internal +NotReady /m);
	});
});

describe('a dump with a CronJob and its Job (kubectl get cronjobs,jobs)', () => {
	const withBatch = [
		...files,
		{ name: 'checkout-batch.yaml', text: readFileSync(join(DUMPS, 'checkout-batch.yaml'), 'utf8') }
	];

	it('keeps the Deployment on its ReplicaSet and pods: no rollout at t=0, the Job done', () => {
		const made = scenarioFromDump(withBatch, {
			id: 'checkout',
			title: 'Checkout',
			context: 'prod'
		});
		if (!made.ok) throw new Error(JSON.stringify(made.problems));
		// The migrate pod's Job is in the dump now: no owner reference is dropped.
		expect(made.warnings).toEqual([
			'checkout-eks.yaml:1382:9: ENIConfig us-east-1a left out: no matches for kind "ENIConfig" in version "crd.k8s.amazonaws.com/v1alpha1"'
		]);
		const loaded = loadScenario(made.yaml, 'checkout.yaml');
		if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
		const prepared = prepareScenario(loaded.scenario);
		if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
		const m = scenarioAt(prepared.prepared, 0);
		const get = (line: string) => runKubectl(m.world, line.split(' '), m.now).stdout;
		expect(get('get deploy,rs,cronjobs,jobs -n checkout')).toBe(
			[
				'NAME                           READY   UP-TO-DATE   AVAILABLE   AGE',
				'deployment.apps/checkout-api   1/4     4            1           102d',
				'',
				'NAME                                     DESIRED   CURRENT   READY   AGE',
				'replicaset.apps/checkout-api-7d9c6b5f8   4         4         1       2d19h',
				'',
				'NAME                             SCHEDULE      TIMEZONE   SUSPEND   ACTIVE   LAST SCHEDULE   AGE',
				'cronjob.batch/checkout-migrate   1 */6 * * *   <none>     False     0        3h39m           102d',
				'',
				'NAME                                  STATUS     COMPLETIONS   DURATION   AGE',
				'job.batch/checkout-migrate-29557801   Complete   1/1           38s        3h39m',
				''
			].join('\n')
		);
		expect(get('get pods -n checkout')).toBe(PODS_AT_DUMP);
	});
});

describe('importDump errors and odd input', () => {
	it('names file, line, column and field of a broken object', () => {
		const text =
			'apiVersion: v1\nkind: List\nitems:\n- apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: web}\n  spec:\n    replicas: four\n    selector: {matchLabels: {app: web}}\n    template:\n      metadata: {labels: {app: web}}\n      spec: {containers: [{name: web, image: nginx}]}\n';
		expect(importDump([{ name: 'web.yaml', text }])).toEqual({
			ok: false,
			problems: [
				{
					file: 'web.yaml',
					line: 8,
					column: 15,
					path: 'items[0].spec.replicas',
					message: 'document 1 (Deployment web): expected a number, got "four"',
					severity: 'error'
				}
			]
		});
	});

	it('reads JSON values printed one after another, and refuses an empty dump', () => {
		const cm = (name: string) =>
			JSON.stringify(
				{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'shop' } },
				null,
				2
			);
		const both = importDump([{ name: 'cms.json', text: `${cm('a')}\n${cm('b')}\n` }]);
		expect(both.ok && both.objects.map((o) => o.metadata.name)).toEqual(['a', 'b']);
		expect(
			importDump([{ name: 'empty.yaml', text: 'apiVersion: v1\nitems: []\nkind: List\n' }])
		).toEqual({
			ok: false,
			problems: [
				{
					file: 'empty.yaml',
					line: 1,
					column: 1,
					path: '',
					message: 'the dump holds no Kubernetes objects',
					severity: 'error'
				}
			]
		});
	});
});
