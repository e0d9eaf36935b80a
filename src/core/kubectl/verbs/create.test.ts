import { describe, expect, it } from 'vitest';
import { createVerb as create } from './create';
import { makeWorld, read, runVerb, T0 } from '../mutate/test-fixture';
import type { World } from '../../cluster/types';

const sub = (name: string) => create.subcommands!.find((s) => s.name === name)!;
const generic = sub('secret').subcommands!.find((s) => s.name === 'generic')!;
const run = (name: string, argv: string[], world: World = makeWorld()) =>
	runVerb(
		name === 'generic' ? generic : sub(name),
		['create', ...(name === 'generic' ? ['secret', 'generic'] : [name])],
		argv,
		world
	);

describe('kubectl create deployment', () => {
	it('prints the object kubectl would send with -o yaml --dry-run=client', () => {
		const out = run('deployment', [
			'web',
			'--image=nginx:1.27',
			'--replicas=3',
			'--port=8080',
			'-n',
			'payments',
			'--dry-run=client',
			'-o',
			'yaml'
		]);
		expect(out.stdout).toBe(`apiVersion: apps/v1
kind: Deployment
metadata:
  creationTimestamp: null
  labels:
    app: web
  name: web
  namespace: payments
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  strategy: {}
  template:
    metadata:
      creationTimestamp: null
      labels:
        app: web
    spec:
      containers:
      - image: nginx:1.27
        name: nginx
        ports:
        - containerPort: 8080
        resources: {}
status: {}
`);
		expect(out.world).toBeUndefined();
	});

	it('keeps Go field order in -o json', () => {
		const out = run('deployment', ['web', '--image=nginx', '--dry-run=client', '-o', 'json']);
		expect(Object.keys(JSON.parse(out.stdout))).toEqual([
			'kind',
			'apiVersion',
			'metadata',
			'spec',
			'status'
		]);
		expect(JSON.parse(out.stdout).metadata).toEqual({
			name: 'web',
			creationTimestamp: null,
			labels: { app: 'web' }
		});
	});

	it('creates it with the server defaults, once', () => {
		const out = run('deployment', ['web', '--image=nginx:1.27', '-n', 'payments']);
		expect(out).toMatchObject({
			stdout: 'deployment.apps/web created\n',
			exitCode: 0,
			mutating: true
		});
		const d = read(out.world!, 'deployments.apps', 'payments', 'web')!;
		expect(d.metadata).toMatchObject({
			namespace: 'payments',
			generation: 1,
			creationTimestamp: '2025-03-01T12:00:00Z'
		});
		expect(d.spec.strategy).toEqual({
			type: 'RollingUpdate',
			rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' }
		});
		expect(d.spec.template.spec.containers).toEqual([
			{
				name: 'nginx',
				image: 'nginx:1.27',
				resources: {},
				imagePullPolicy: 'IfNotPresent',
				terminationMessagePath: '/dev/termination-log',
				terminationMessagePolicy: 'File'
			}
		]);
		expect(run('deployment', ['web', '--image=nginx', '-n', 'payments'], out.world!).stderr).toBe(
			'error: failed to create deployment: deployments.apps "web" already exists\n'
		);
	});

	it('rejects what kubectl rejects', () => {
		expect(run('deployment', ['web'])).toMatchObject({
			stderr: 'error: required flag(s) "image" not set\n',
			rejected: true
		});
		expect(run('deployment', ['--image=x']).stderr).toBe(
			"error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n"
		);
		expect(run('deployment', ['web', '--image=x', '-n', 'nope']).stderr).toBe(
			'error: failed to create deployment: namespaces "nope" not found\n'
		);
	});
});

describe('kubectl create namespace / configmap / secret generic', () => {
	it('creates a namespace, and says when it exists', () => {
		expect(run('namespace', ['foo', '--dry-run=client', '-o', 'yaml']).stdout).toBe(
			'apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: foo\nspec: {}\nstatus: {}\n'
		);
		const out = run('namespace', ['foo']);
		expect(out.stdout).toBe('namespace/foo created\n');
		expect(read(out.world!, 'namespaces', '', 'foo')!.status).toEqual({ phase: 'Active' });
		expect(run('namespace', ['payments']).stderr).toBe(
			'Error from server (AlreadyExists): namespaces "payments" already exists\n'
		);
		expect(run('namespace', ['Bad_Name']).stderr).toContain(
			'The Namespace "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 label'
		);
	});

	it('creates a configmap from literals', () => {
		expect(
			run('configmap', [
				'cfg',
				'--from-literal=b=2',
				'--from-literal=a=1',
				'-n',
				'payments',
				'--dry-run=client',
				'-o',
				'yaml'
			]).stdout
		).toBe(
			'apiVersion: v1\ndata:\n  a: "1"\n  b: "2"\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: cfg\n  namespace: payments\n'
		);
		const out = run('configmap', ['cfg', '--from-literal=mode=on', '-n', 'payments']);
		expect(out.stdout).toBe('configmap/cfg created\n');
		expect(read(out.world!, 'configmaps', 'payments', 'cfg')!.data).toEqual({ mode: 'on' });
		expect(run('configmap', ['cfg', '--from-literal=a']).stderr).toBe(
			'error: invalid literal source a, expected key=value\n'
		);
		expect(run('configmap', ['cfg', '-n', 'payments'], out.world!).stderr).toBe(
			'error: failed to create configmap: configmaps "cfg" already exists\n'
		);
	});

	it('creates an Opaque secret with base64 data', () => {
		expect(
			run('generic', ['s', '--from-literal=password=hunter2', '--dry-run=client', '-o', 'yaml'])
				.stdout
		).toBe(
			'apiVersion: v1\ndata:\n  password: aHVudGVyMg==\nkind: Secret\nmetadata:\n  creationTimestamp: null\n  name: s\n'
		);
		const out = run('generic', ['s', '--from-literal=password=hunter2', '-n', 'payments']);
		expect(out.stdout).toBe('secret/s created\n');
		expect(read(out.world!, 'secrets', 'payments', 's')).toMatchObject({
			type: 'Opaque',
			data: { password: 'aHVudGVyMg==' }
		});
		expect(run('generic', ['s', '--from-literal=a=1', '--from-literal=a=2']).stderr).toBe(
			'error: cannot add key a, another key by that name already exists\n'
		);
		expect(run('generic', ['s', '-n', 'payments'], out.world!).stderr).toBe(
			'error: failed to create secret secrets "s" already exists\n'
		);
	});

	it('tells kubectl create without a subcommand to use -f', () => {
		expect(runVerb(create, ['create'], [], makeWorld(), T0)).toMatchObject({
			stderr: 'error: must specify one of -f and -k\n',
			rejected: true
		});
	});

	it('takes the words after -- as the container command, and refuses stray args', () => {
		const argv = [
			'web',
			'--image=nginx',
			'--dry-run=client',
			'-o',
			'json',
			'--',
			'/bin/server',
			'--port=8080'
		];
		const out = run('deployment', argv);
		expect(JSON.parse(out.stdout).spec.template.spec.containers[0]).toEqual({
			name: 'nginx',
			image: 'nginx',
			command: ['/bin/server', '--port=8080'],
			resources: {}
		});
		expect(runVerb(create, ['create'], ['pod', 'x'], makeWorld(), T0).stderr).toBe(
			'error: Unexpected args: [pod x]\n'
		);
	});

	it('creates a docker-registry secret and refuses tls without readable files', () => {
		const secret = sub('secret');
		const docker = secret.subcommands!.find((s) => s.name === 'docker-registry')!;
		const tls = secret.subcommands!.find((s) => s.name === 'tls')!;
		const argv = [
			'regcred',
			'--docker-username=u',
			'--docker-password=p',
			'--docker-email=e@x',
			'--dry-run=client',
			'-o',
			'json'
		];
		const out = runVerb(docker, ['create', 'secret', 'docker-registry'], argv, makeWorld());
		expect(JSON.parse(out.stdout)).toEqual({
			kind: 'Secret',
			apiVersion: 'v1',
			metadata: { name: 'regcred', creationTimestamp: null },
			data: {
				'.dockerconfigjson':
					'eyJhdXRocyI6eyJodHRwczovL2luZGV4LmRvY2tlci5pby92MS8iOnsidXNlcm5hbWUiOiJ1IiwicGFzc3dvcmQiOiJwIiwiZW1haWwiOiJlQHgiLCJhdXRoIjoiZFRwdyJ9fX0='
			},
			type: 'kubernetes.io/dockerconfigjson'
		});
		expect(
			runVerb(
				tls,
				['create', 'secret', 'tls'],
				['t', '--cert=tls.crt', '--key=tls.key'],
				makeWorld()
			).stderr
		).toBe('error: Cannot read file tls.crt, open tls.crt: no such file or directory\n');
	});
});
