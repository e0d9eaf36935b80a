import { describe, expect, it } from 'vitest';
import { parseManifests } from './manifests';

const messages = (text: string, file = 'payments.yaml'): string[] => {
	const r = parseManifests(text, file);
	return r.ok ? [] : r.errors.map((e) => e.message);
};

const DEPLOYMENT = `apiVersion: v1
kind: Namespace
metadata:
  name: payments
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-primary
  namespace: payments
spec:
  replicas: four
  selector:
    matchLabels: {app: payments}
  template:
    metadata:
      labels: {app: payments}
    spec:
      containers:
      - name: app
        resources: {requests: {cpu: 1, memory: lots}}
`;

describe('parseManifests errors', () => {
	it('names file, line, column, document, object and field path', () => {
		expect(messages(DEPLOYMENT)).toEqual([
			'payments.yaml:12:13: document 2 (Deployment payments-primary): spec.replicas: expected a number, got "four"',
			'payments.yaml:20:9: document 2 (Deployment payments-primary): spec.template.spec.containers[0].image: Required value',
			'payments.yaml:21:48: document 2 (Deployment payments-primary): spec.template.spec.containers[0].resources.requests.memory: Invalid value: "lots": quantities must match the regular expression \'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$\''
		]);
	});

	it('reports bad YAML syntax at the yaml library position', () => {
		expect(messages('a: 1\nb: [\n---\nc: d\n  e: f\n', 'bad.yaml')).toEqual([
			'bad.yaml:3:1: document 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
			'bad.yaml:4:4: document 2: Nested mappings are not allowed in compact mappings',
			'bad.yaml:4:4: document 2: Implicit keys need to be on a single line'
		]);
	});

	it('rejects unknown kinds, wrong apiVersions, bad names, label types and enum values', () => {
		const text = `apiVersion: apps/v1
kind: Deploymnet
metadata: {name: x}
---
apiVersion: v1
kind: Deployment
metadata: {name: y}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: Bad_Name, labels: {version: 2}}
---
kind: List
apiVersion: v1
items:
- apiVersion: v1
  kind: Service
  metadata: {name: s}
  spec: {type: Foo, ports: [{port: 0, targetPort: {}}]}
`;
		expect(messages(text, 'm.yaml')).toEqual([
			'm.yaml:2:7: document 1 (Deploymnet x): kind: no matches for kind "Deploymnet" in version "apps/v1"',
			'm.yaml:5:13: document 2 (Deployment y): apiVersion: no matches for kind "Deployment" in version "v1"',
			`m.yaml:11:18: document 3 (ConfigMap Bad_Name): metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
			'm.yaml:11:46: document 3 (ConfigMap Bad_Name): metadata.labels.version: expected a string, got 2',
			'm.yaml:19:16: document 4 (Service s): items[0].spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "NodePort", "LoadBalancer", "ExternalName"',
			'm.yaml:19:36: document 4 (Service s): items[0].spec.ports[0].port: Invalid value: 0: must be greater than or equal to 1',
			'm.yaml:19:51: document 4 (Service s): items[0].spec.ports[0].targetPort: expected an integer or a string, got a mapping'
		]);
	});

	it('rejects a selector that does not select its template, and duplicates', () => {
		const text = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: other}}
    spec: {containers: [{name: web, image: nginx}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c, namespace: default}
`;
		expect(messages(text, 'd.yaml')).toEqual([
			'd.yaml:7:24: document 1 (Deployment web): spec.template.metadata.labels: Invalid value: {"app":"other"}: `selector` does not match template `labels`',
			'd.yaml:16:18: document 3 (ConfigMap c): metadata.name: Duplicate value: "c": ConfigMap already declared in namespace "default"'
		]);
	});
});

describe('parseManifests objects', () => {
	it('round-trips a List dump, keeping status, unknown fields and order; defaults the namespace', () => {
		const pod = {
			apiVersion: 'v1',
			kind: 'Pod',
			metadata: { name: 'web-1', creationTimestamp: '2026-03-01T10:00:00Z', uid: 'abc' },
			spec: {
				containers: [
					{ name: 'web', image: 'nginx:1.27', resources: { requests: { cpu: '250m' } } }
				],
				nodeName: 'n1',
				extra: { kept: true }
			},
			status: {
				phase: 'Running',
				containerStatuses: [
					{
						name: 'web',
						ready: true,
						restartCount: 3,
						state: { running: { startedAt: '2026-03-01T10:00:05Z' } }
					}
				],
				conditions: [{ type: 'Ready', status: 'True' }]
			}
		};
		const text = JSON.stringify({
			apiVersion: 'v1',
			kind: 'List',
			items: [pod],
			metadata: { resourceVersion: '' }
		});
		const r = parseManifests(text, 'dump.json');
		expect(r).toEqual({
			ok: true,
			objects: [{ ...pod, metadata: { ...pod.metadata, namespace: 'default' } }]
		});
	});

	it('reads typed lists and stores numeric quantities as strings', () => {
		const text = `apiVersion: apps/v1
kind: DeploymentList
items:
- metadata: {name: a, namespace: shop}
  spec:
    selector: {matchLabels: {a: b}}
    template:
      metadata: {labels: {a: b}}
      spec: {containers: [{name: c, image: i, resources: {requests: {cpu: 1}}}]}
---
apiVersion: v1
kind: Node
metadata: {name: n1, namespace: ignored}
`;
		expect(parseManifests(text, 'l.yaml')).toEqual({
			ok: true,
			objects: [
				{
					apiVersion: 'apps/v1',
					kind: 'Deployment',
					metadata: { name: 'a', namespace: 'shop' },
					spec: {
						selector: { matchLabels: { a: 'b' } },
						template: {
							metadata: { labels: { a: 'b' } },
							spec: {
								containers: [{ name: 'c', image: 'i', resources: { requests: { cpu: '1' } } }]
							}
						}
					}
				},
				{ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } }
			]
		});
	});

	it('skips empty documents', () => {
		expect(parseManifests('---\n---\n', 'e.yaml')).toEqual({ ok: true, objects: [] });
	});
});
