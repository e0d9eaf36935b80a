import { describe, expect, it } from 'vitest';
import { expireEvents, recordEvent } from './events';
import { keyForKind } from './resources';
import { ClusterTx, emptyCluster } from './store';
import type { KubeEvent, KubeObject } from './types';

const T0 = Date.UTC(2025, 0, 15, 12, 0, 0);
const pod: KubeObject = {
	apiVersion: 'v1',
	kind: 'Pod',
	metadata: {
		name: 'web-1',
		namespace: 'payments',
		uid: 'u-1',
		resourceVersion: '5',
		creationTimestamp: '2025-01-15T11:00:00Z'
	}
};

describe('recordEvent', () => {
	it('creates a v1 Event named <object>.<hex>, then bumps count and lastTimestamp for a repeat', () => {
		const tx = new ClusterTx(emptyCluster('c', 'https://c', 1));
		const input = {
			involved: pod,
			type: 'Warning' as const,
			reason: 'BackOff',
			message: 'Back-off restarting failed container app in pod web-1_payments(u-1)',
			source: 'kubelet',
			host: 'node-a',
			fieldPath: 'spec.containers{app}'
		};
		const first = recordEvent(tx, { ...input, now: T0 });
		const again = recordEvent(tx, { ...input, now: T0 + 30_000 });
		const list = tx.list<KubeEvent>(keyForKind('Event'), 'payments');
		expect(list).toHaveLength(1);
		expect(first.metadata.name).toMatch(/^web-1\.[0-9a-f]{16}$/);
		const { metadata, ...rest } = again;
		expect(metadata.name).toBe(first.metadata.name);
		expect(rest).toEqual({
			apiVersion: 'v1',
			kind: 'Event',
			involvedObject: {
				kind: 'Pod',
				namespace: 'payments',
				name: 'web-1',
				uid: 'u-1',
				apiVersion: 'v1',
				resourceVersion: '5',
				fieldPath: 'spec.containers{app}'
			},
			reason: 'BackOff',
			message: input.message,
			source: { component: 'kubelet', host: 'node-a' },
			firstTimestamp: '2025-01-15T12:00:00Z',
			lastTimestamp: '2025-01-15T12:00:30Z',
			count: 2,
			type: 'Warning',
			eventTime: null,
			reportingComponent: 'kubelet',
			reportingInstance: 'node-a'
		});
		recordEvent(tx, { ...input, message: 'other', now: T0 + 31_000 });
		expect(tx.list(keyForKind('Event'), 'payments')).toHaveLength(2);
	});

	it('expires events an hour after their last occurrence', () => {
		const tx = new ClusterTx(emptyCluster('c', 'https://c', 1));
		recordEvent(tx, {
			involved: pod,
			type: 'Normal',
			reason: 'Pulled',
			message: 'x',
			source: 'kubelet',
			now: T0
		});
		expireEvents(tx, T0 + 3_599_000);
		expect(tx.list(keyForKind('Event'), 'payments')).toHaveLength(1);
		expireEvents(tx, T0 + 3_601_000);
		expect(tx.list(keyForKind('Event'), 'payments')).toHaveLength(0);
	});
});
