/** A Running pod and a crash-looping one, shaped as the kubelet leaves them, for logs/metrics tests. */
import type { Pod } from './types';

export const T0 = Date.parse('2026-03-14T09:00:00Z');

export function runningPod(annotations: Record<string, string> = {}): Pod {
	return {
		apiVersion: 'v1',
		kind: 'Pod',
		metadata: {
			name: 'payments-primary-7d9c-abcde',
			namespace: 'payments',
			uid: 'u1',
			resourceVersion: '1',
			creationTimestamp: '2026-03-14T09:00:00Z',
			labels: { app: 'payments' },
			annotations
		},
		spec: {
			containers: [
				{
					name: 'payments',
					image: 'ecr/payments:v2.4.0',
					resources: { requests: { cpu: '500m', memory: '512Mi' } }
				}
			],
			nodeName: 'n1'
		},
		status: {
			phase: 'Running',
			podIP: '10.0.4.17',
			containerStatuses: [
				{
					name: 'payments',
					image: 'ecr/payments:v2.4.0',
					imageID: '',
					ready: true,
					restartCount: 0,
					state: { running: { startedAt: '2026-03-14T09:00:00Z' } },
					lastState: {}
				}
			]
		}
	};
}

export function crashingPod(annotations: Record<string, string> = {}): Pod {
	const pod = runningPod(annotations);
	return {
		...pod,
		status: {
			...pod.status,
			containerStatuses: [
				{
					...pod.status.containerStatuses![0],
					ready: false,
					restartCount: 4,
					state: { waiting: { reason: 'CrashLoopBackOff' } },
					lastState: {
						terminated: {
							exitCode: 1,
							reason: 'Error',
							startedAt: '2026-03-14T09:05:00Z',
							finishedAt: '2026-03-14T09:05:03Z'
						}
					}
				}
			]
		}
	};
}
