import { describe, expect, it } from 'vitest';
import { visibleAnnotations, visibleObject } from './directives';
import type { KubeObject } from './types';

describe('visibleObject', () => {
	it('hides directives on the object and in its pod template, keeping everything else', () => {
		const deploy = {
			apiVersion: 'apps/v1',
			kind: 'Deployment',
			metadata: {
				name: 'web',
				uid: 'u',
				resourceVersion: '1',
				creationTimestamp: '2026-03-14T09:00:00Z',
				annotations: {
					'preflight.dev/cpu-utilization': '85',
					'deployment.kubernetes.io/revision': '3'
				}
			},
			spec: {
				replicas: 2,
				template: {
					metadata: {
						labels: { app: 'web' },
						annotations: { 'preflight.dev/fault': 'CrashLoopBackOff' }
					},
					spec: { containers: [] }
				}
			}
		} as KubeObject;
		expect(visibleObject(deploy)).toEqual({
			...deploy,
			metadata: { ...deploy.metadata, annotations: { 'deployment.kubernetes.io/revision': '3' } },
			spec: {
				replicas: 2,
				template: { metadata: { labels: { app: 'web' } }, spec: { containers: [] } }
			}
		});
	});

	it('hides directives in a CronJob job template and returns untouched objects as they are', () => {
		const cron = {
			apiVersion: 'batch/v1',
			kind: 'CronJob',
			metadata: {
				name: 'c',
				uid: 'u',
				resourceVersion: '1',
				creationTimestamp: '2026-03-14T09:00:00Z'
			},
			spec: {
				jobTemplate: {
					spec: {
						template: { metadata: { annotations: { 'preflight.dev/logs': 'x', team: 'a' } } }
					}
				}
			}
		} as KubeObject;
		expect(visibleObject(cron).spec.jobTemplate.spec.template.metadata.annotations).toEqual({
			team: 'a'
		});
		const plain = { ...cron, spec: {} } as KubeObject;
		expect(visibleObject(plain)).toBe(plain);
		expect(visibleAnnotations({ a: '1' })).toEqual({ a: '1' });
		expect(visibleAnnotations({ 'preflight.dev/x': '1' })).toBeUndefined();
	});
});
