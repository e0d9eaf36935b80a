import { describe, expect, it } from 'vitest';
import { BUILTIN_CLUSTERS } from '../../cluster/builtin/index';
import { ClusterTx, emptyCluster } from '../../cluster/store';
import type { KubeObject, World } from '../../cluster/types';
import { runKubectl } from '../run';

const NOW = Date.parse('2026-03-14T10:00:00Z');
const meta = (
	name: string,
	namespace: string | undefined,
	labels: Record<string, string>,
	created: string
) => ({
	name,
	...(namespace ? { namespace } : {}),
	uid: `uid-${name}`,
	resourceVersion: '1',
	creationTimestamp: created,
	labels
});

function pod(
	name: string,
	labels: Record<string, string>,
	phase: string,
	node: string
): KubeObject {
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: meta(name, 'shop', labels, '2026-03-14T09:00:00Z'),
		spec: { containers: [{ name: 'app', image: 'shop:1' }], nodeName: node },
		status: {
			phase,
			podIP: '10.0.0.9',
			containerStatuses: [
				{
					name: 'app',
					image: 'shop:1',
					imageID: '',
					ready: phase === 'Running',
					restartCount: 0,
					state:
						phase === 'Running'
							? { running: { startedAt: '2026-03-14T09:00:05Z' } }
							: { waiting: { reason: 'ContainerCreating' } },
					lastState: {}
				}
			]
		}
	};
}

function testWorld(): World {
	const tx = new ClusterTx(emptyCluster('c1', 'https://c1.example:443', 7));
	tx.put({
		apiVersion: 'v1',
		kind: 'Namespace',
		metadata: meta('shop', undefined, {}, '2026-03-01T00:00:00Z'),
		status: { phase: 'Active' }
	});
	tx.put(pod('web-a', { app: 'web', tier: 'front' }, 'Running', 'n1'));
	tx.put(pod('web-b', { app: 'web' }, 'Pending', 'n2'));
	tx.put({
		apiVersion: 'apps/v1',
		kind: 'Deployment',
		metadata: meta('web', 'shop', { app: 'web' }, '2026-03-10T10:00:00Z'),
		spec: {
			replicas: 2,
			selector: { matchLabels: { app: 'web' } },
			template: { spec: { containers: [{ name: 'app', image: 'shop:1' }] } }
		},
		status: { replicas: 2, readyReplicas: 1, updatedReplicas: 2, availableReplicas: 1 }
	});
	tx.put({
		apiVersion: 'v1',
		kind: 'Service',
		metadata: meta('web', 'shop', {}, '2026-03-10T10:00:00Z'),
		spec: {
			type: 'ClusterIP',
			clusterIP: '172.20.0.10',
			ports: [{ port: 80, protocol: 'TCP' }],
			selector: { app: 'web' }
		}
	});
	tx.put({
		apiVersion: 'v1',
		kind: 'Node',
		metadata: meta(
			'n1',
			undefined,
			{ 'node-role.kubernetes.io/control-plane': '' },
			'2026-03-01T00:00:00Z'
		),
		spec: { unschedulable: true },
		status: {
			conditions: [{ type: 'Ready', status: 'True' }],
			addresses: [{ type: 'InternalIP', address: '10.0.1.1' }],
			capacity: {},
			allocatable: {},
			nodeInfo: {
				kubeletVersion: 'v1.32.4',
				osImage: 'Amazon Linux 2023',
				kernelVersion: '6.1',
				containerRuntimeVersion: 'containerd://1.7',
				operatingSystem: 'linux',
				architecture: 'amd64'
			}
		}
	});
	return {
		contexts: [
			{ name: 'prod', cluster: 'c1', user: 'me', namespace: 'shop' },
			{ name: 'other', cluster: 'c1', user: 'me' }
		],
		currentContext: 'prod',
		clusters: { c1: tx.commit() }
	};
}

function k(line: string, world = testWorld(), now = NOW) {
	const r = runKubectl(world, line.split(' ').filter(Boolean), now);
	return {
		out: r.stdout,
		err: r.stderr,
		code: r.exitCode,
		rejected: r.rejected,
		audit: r.audit,
		follow: r.follow
	};
}

describe('kubectl get', () => {
	it('prints a table in the context namespace', () => {
		expect(k('get pods')).toMatchObject({
			out: 'NAME    READY   STATUS              RESTARTS   AGE\nweb-a   1/1     Running             0          60m\nweb-b   0/1     ContainerCreating   0          60m\n',
			err: '',
			code: 0
		});
	});

	it('prints wide, labels, -L and -A columns', () => {
		expect(k('get po -l tier=front -o wide').out).toBe(
			'NAME    READY   STATUS    RESTARTS   AGE   IP         NODE   NOMINATED NODE   READINESS GATES\nweb-a   1/1     Running   0          60m   10.0.0.9   n1     <none>           <none>\n'
		);
		expect(k('get pods -A --show-labels -L tier').out).toBe(
			'NAMESPACE   NAME    READY   STATUS              RESTARTS   AGE   TIER    LABELS\nshop        web-a   1/1     Running             0          60m   front   app=web,tier=front\nshop        web-b   0/1     ContainerCreating   0          60m           app=web\n'
		);
		expect(k('get pods --no-headers --field-selector status.phase=Pending').out).toBe(
			'web-b   0/1   ContainerCreating   0     60m\n'
		);
	});

	it('prints several types with type/name and a blank line between', () => {
		expect(k('get deploy,svc').out).toBe(
			'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE\ndeployment.apps/web   1/2     2            1           4d\n\nNAME          TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE\nservice/web   ClusterIP   172.20.0.10   <none>        80/TCP    4d\n'
		);
	});

	it('prints nodes, cluster-scoped whatever -n says', () => {
		expect(k('get nodes -n shop -o wide').out).toBe(
			'NAME   STATUS                     ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP   OS-IMAGE            KERNEL-VERSION   CONTAINER-RUNTIME\nn1     Ready,SchedulingDisabled   control-plane   13d   v1.32.4   10.0.1.1      <none>        Amazon Linux 2023   6.1              containerd://1.7\n'
		);
	});

	it('reports NotFound per name and still prints the rest', () => {
		expect(k('get pod web-a nope')).toMatchObject({
			out: 'NAME    READY   STATUS    RESTARTS   AGE\nweb-a   1/1     Running   0          60m\n',
			err: 'Error from server (NotFound): pods "nope" not found\n',
			code: 1
		});
		expect(k('get deploy/nope --ignore-not-found')).toMatchObject({ out: '', err: '', code: 0 });
	});

	it('says when nothing is found', () => {
		expect(k('get pods -n empty')).toMatchObject({
			out: '',
			err: 'No resources found in empty namespace.\n',
			code: 0
		});
		expect(k('get pods -A -l app=none')).toMatchObject({ err: 'No resources found\n', code: 0 });
		expect(k('get cm --context other')).toMatchObject({
			err: 'No resources found in default namespace.\n'
		});
	});

	it('prints name, jsonpath, custom-columns, json and yaml', () => {
		expect(k('get pods -o name').out).toBe('pod/web-a\npod/web-b\n');
		expect(k('get pods -o jsonpath={.items[*].metadata.name}').out).toBe('web-a web-b');
		expect(k('get pod web-a -o jsonpath={.status.phase}').out).toBe('Running');
		expect(
			k('get pods -o custom-columns=NAME:.metadata.name,NODE:.spec.nodeName,X:.nope').out
		).toBe('NAME    NODE   X\nweb-a   n1     <none>\nweb-b   n2     <none>\n');
		expect(JSON.parse(k('get svc web -o json').out).spec.clusterIP).toBe('172.20.0.10');
		const list = k('get svc -o yaml').out;
		expect(list.startsWith('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Service\n')).toBe(
			true
		);
		expect(list.endsWith('kind: List\nmetadata:\n  resourceVersion: ""\n')).toBe(true);
	});

	it('sorts by a field', () => {
		expect(k('get pods -o name --sort-by=.status.phase').out).toBe('pod/web-b\npod/web-a\n');
	});

	it('refuses bad command lines with kubectl errors', () => {
		expect(k('get pods pod/x')).toMatchObject({ code: 1, rejected: true });
		expect(k('get pod x -A').err).toBe(
			'error: a resource cannot be retrieved by name across all namespaces\n'
		);
		expect(k('get pods x -l a=b').err).toBe(
			'error: name cannot be provided when a selector is specified\n'
		);
		expect(k('get foo')).toMatchObject({
			err: 'error: the server doesn\'t have a resource type "foo"\n',
			code: 1,
			rejected: false
		});
		expect(k('get pods -o json --show-labels').err).toBe(
			'error: --show-labels option cannot be used with json printer\n'
		);
		expect(k('get pods -o jsonpath').err).toBe(
			'error: template format specified but no template given\n'
		);
		expect(k('get pods --context nope').err).toBe('error: context "nope" does not exist\n');
		expect(k('get pods -l a=b --field-selector spec.replicas=1').err).toBe(
			'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "a=b", field selector "spec.replicas=1": field label not supported: spec.replicas\n'
		);
	});

	it('fills the audit entry', () => {
		expect(k('get pods -n shop web-a').audit).toEqual({
			at: NOW,
			command: 'kubectl get pods -n shop web-a',
			context: 'prod',
			namespace: 'shop',
			verb: 'get',
			resources: ['pod/web-a'],
			mutating: false,
			exitCode: 0
		});
	});

	it('watches: prints a row when an object changes', () => {
		const world = testWorld();
		const r = k('get pods -w', world);
		expect(r.follow).toBeDefined();
		expect(r.follow!.poll(world, NOW + 1000)).toEqual({ stdout: '', stderr: '' });
		const tx = new ClusterTx(world.clusters.c1);
		const b = tx.get('pods', 'shop', 'web-b')!;
		tx.put({
			...b,
			status: {
				...b.status,
				phase: 'Running',
				containerStatuses: [
					{ ...b.status.containerStatuses[0], ready: true, state: { running: { startedAt: '' } } }
				]
			}
		});
		const next = { ...world, clusters: { c1: tx.commit() } };
		expect(r.follow!.poll(next, NOW + 2000).stdout).toBe(
			'web-b   1/1     Running             0          60m\n'
		);
	});

	it('prints help', () => {
		const help = k('get --help').out;
		expect(help.startsWith('Display one or many resources.\n\n Prints a table')).toBe(true);
		expect(help).toContain(
			'\nOptions:\n    -A, --all-namespaces=false:\n\tIf present, list the requested object(s) across all namespaces.'
		);
		expect(
			help.endsWith(
				'\nUse "kubectl options" for a list of global command-line options (applies to all commands).\n'
			)
		).toBe(true);
	});
});

describe('kubectl get on the payments world', () => {
	it('lists the payments pools by label', () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const r = runKubectl(
			world,
			['get', 'deploy', '-n', 'payments', '-l', 'pool', '-o', 'name'],
			now
		);
		expect(r.stdout).toBe('deployment.apps/payments-primary\ndeployment.apps/payments-secondary\n');
		const missing = runKubectl(
			world,
			['get', 'deploy', 'payments-tertiary', '-n', 'payments'],
			now
		);
		expect(missing.stderr).toBe(
			'Error from server (NotFound): deployments.apps "payments-tertiary" not found\n'
		);
	});
});

describe('kubectl get: empty names and sorted JSON', () => {
	it('refuses an empty name, and an empty type is an unknown one', () => {
		const world = testWorld();
		for (const argv of [
			['get', 'pods', ''],
			['describe', 'pod', ''],
			['delete', 'pod', '']
		])
			expect(runKubectl(world, argv, NOW)).toMatchObject({
				stdout: '',
				stderr: 'error: resource name may not be empty\n',
				exitCode: 1,
				rejected: true
			});
		expect(runKubectl(world, ['get', ''], NOW)).toMatchObject({
			stdout: '',
			stderr: 'error: the server doesn\'t have a resource type ""\n',
			exitCode: 1
		});
	});

	it('prints -o json with keys sorted at every level, as kubectl does for decoded maps', () => {
		const { world, now } = BUILTIN_CLUSTERS.payments();
		const argv = ['get', 'deploy', 'payments-primary', '-n', 'payments', '-o', 'json'];
		const text = runKubectl(world, argv, now).stdout;
		const unsorted: string[] = [];
		const walk = (v: unknown, path: string): void => {
			if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
			if (typeof v !== 'object' || v === null) return;
			const keys = Object.keys(v);
			if (keys.join() !== [...keys].sort().join()) unsorted.push(path);
			for (const k of keys) walk((v as Record<string, unknown>)[k], `${path}.${k}`);
		};
		const doc = JSON.parse(text);
		walk(doc, '');
		expect(unsorted).toEqual([]);
		expect(Object.keys(doc)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
		expect(text).not.toContain('preflight.dev/');
	});
});
