import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../cluster/types';
import { printObjects as printWritten } from '../mutate/print-object';
import { toJson, toYaml } from './print-objects';
import { withTemplateTimestamps } from './zero-timestamps';

const labels = { app: 'web' };
const deployment = {
	apiVersion: 'apps/v1',
	kind: 'Deployment',
	metadata: {
		name: 'web',
		namespace: 'demo',
		creationTimestamp: '2025-11-12T10:03:44Z',
		labels,
		annotations: { 'preflight.dev/cpu-utilization': '42', note: 'x' }
	},
	spec: {
		replicas: 1,
		selector: { matchLabels: labels },
		template: {
			metadata: { labels, annotations: { 'preflight.dev/past-restarts': '2' } },
			spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] }
		}
	}
} as unknown as KubeObject;

describe('toYaml', () => {
	it('prints a shared object in full each time, never as an anchor and alias', () => {
		expect(toYaml({ a: labels, b: labels })).toBe('a:\n  app: web\nb:\n  app: web\n');
	});

	it('quotes YAML 1.1 look-alikes such as timestamps', () => {
		expect(toYaml({ t: '2025-11-12T10:03:44Z', v: 'yes' })).toBe(
			't: "2025-11-12T10:03:44Z"\nv: "yes"\n'
		);
	});
});

describe('toJson', () => {
	it('sorts keys at every level, as Go does for decoded maps', () => {
		expect(toJson({ b: { d: 1, c: [{ z: 1, y: 2 }] }, a: 0 })).toBe(
			'{\n    "a": 0,\n    "b": {\n        "c": [\n            {\n                "y": 2,\n                "z": 1\n            }\n        ],\n        "d": 1\n    }\n}\n'
		);
	});

	it('keeps field order for typed objects', () => {
		expect(toJson({ kind: 'X', apiVersion: 'v1' }, false)).toBe(
			'{\n    "kind": "X",\n    "apiVersion": "v1"\n}\n'
		);
	});
});

describe('a mutating verb printing what it wrote', () => {
	it("hides directives, quotes timestamps, prints shared labels without aliases and the template's null creationTimestamp", () => {
		expect(printWritten('yaml', [deployment], ['deployment.apps/web'])).toBe(
			[
				'apiVersion: apps/v1',
				'kind: Deployment',
				'metadata:',
				'  annotations:',
				'    note: x',
				'  creationTimestamp: "2025-11-12T10:03:44Z"',
				'  labels:',
				'    app: web',
				'  name: web',
				'  namespace: demo',
				'spec:',
				'  replicas: 1',
				'  selector:',
				'    matchLabels:',
				'      app: web',
				'  template:',
				'    metadata:',
				'      creationTimestamp: null',
				'      labels:',
				'        app: web',
				'    spec:',
				'      containers:',
				'      - image: nginx:1.27',
				'        name: web',
				''
			].join('\n')
		);
		expect(printWritten('json', [deployment], ['deployment.apps/web'])).not.toContain(
			'preflight.dev'
		);
	});
});

describe('withTemplateTimestamps', () => {
	it('adds a null creationTimestamp to CronJob job and pod templates, keeping set ones', () => {
		const cron = {
			apiVersion: 'batch/v1',
			kind: 'CronJob',
			metadata: { name: 'c' },
			spec: { jobTemplate: { spec: { template: { metadata: { creationTimestamp: 'x' } } } } }
		} as unknown as KubeObject;
		expect(withTemplateTimestamps(cron).spec).toEqual({
			jobTemplate: {
				metadata: { creationTimestamp: null },
				spec: { template: { metadata: { creationTimestamp: 'x' } } }
			}
		});
	});
});
