/**
 * Recording `v1 Event`s the way components do through client-go's recorder: one object per
 * distinct occurrence, named `<object>.<hex nanoseconds>`, and an identical repeat bumps `count`
 * and `lastTimestamp` of the existing event instead of adding another (the EventCorrelator).
 * Events live for an hour (the API server's default --event-ttl), then `expireEvents` drops them.
 */
import { fnv32a } from '../clock/random';
import type { ClusterTx } from './store';
import { keyForKind } from './resources';
import type { KubeEvent, KubeObject } from './types';
import { parseTimestamp, timestamp } from './world';

export interface EventInput {
	involved: KubeObject;
	type: 'Normal' | 'Warning';
	reason: string;
	message: string;
	/** Reporting component: `kubelet`, `default-scheduler`, `deployment-controller`, … */
	source: string;
	/** Node name, for kubelet events. */
	host?: string;
	/** `spec.containers{app}` for container-level kubelet events. */
	fieldPath?: string;
	/** Virtual ms of the occurrence. */
	now: number;
	/**
	 * For periodic occurrences whose total the caller knows (probe failures): the count to show,
	 * instead of one more than before.
	 */
	count?: number;
	/** With `count`: when the first of them happened, for a new event's `firstTimestamp`. */
	first?: number;
	/** A uid for a new event instead of one from the cluster's random stream. */
	uid?: string;
}

export const EVENT_TTL_MS = 3_600_000;

/** Records one occurrence; returns the stored event (new or bumped). */
export function recordEvent(tx: ClusterTx, input: EventInput): KubeEvent {
	const namespace = input.involved.metadata.namespace ?? 'default';
	const existing = findSimilar(tx, namespace, input);
	const at = timestamp(input.now);
	if (existing) {
		const count = input.count ?? existing.count + 1;
		if (count === existing.count && existing.lastTimestamp === at) return existing;
		return tx.put<KubeEvent>({ ...existing, count, lastTimestamp: at });
	}
	const event: KubeEvent = {
		apiVersion: 'v1',
		kind: 'Event',
		metadata: {
			name: eventName(tx, namespace, input.involved.metadata.name, input.now),
			namespace,
			uid: input.uid ?? tx.uid(),
			resourceVersion: '',
			creationTimestamp: at
		},
		involvedObject: involvedObject(input),
		reason: input.reason,
		message: input.message,
		source: input.host
			? { component: input.source, host: input.host }
			: { component: input.source },
		firstTimestamp: input.first === undefined ? at : timestamp(input.first),
		lastTimestamp: at,
		count: input.count ?? 1,
		type: input.type,
		eventTime: null,
		reportingComponent: input.source,
		reportingInstance: input.host ?? ''
	};
	return tx.put(event);
}

/** Removes events whose last occurrence is older than the TTL. */
export function expireEvents(tx: ClusterTx, now: number): void {
	const key = keyForKind('Event');
	for (const event of tx.list<KubeEvent>(key)) {
		if (parseTimestamp(event.lastTimestamp) < now - EVENT_TTL_MS) {
			tx.delete(key, event.metadata.namespace ?? '', event.metadata.name);
		}
	}
}

/** The time the oldest event expires, for the wakeup computation. */
export function nextEventExpiry(tx: ClusterTx): number | undefined {
	let next: number | undefined;
	for (const event of tx.list<KubeEvent>(keyForKind('Event'))) {
		// Expiry is swept once a minute, as a TTL store would, not once per event.
		const at =
			Math.ceil((parseTimestamp(event.lastTimestamp) + EVENT_TTL_MS + 1) / 60_000) * 60_000;
		if (next === undefined || at < next) next = at;
	}
	return next;
}

function involvedObject(input: EventInput): KubeEvent['involvedObject'] {
	const obj = input.involved;
	return {
		kind: obj.kind,
		namespace: obj.metadata.namespace,
		name: obj.metadata.name,
		uid: obj.metadata.uid,
		apiVersion: obj.apiVersion,
		resourceVersion: obj.metadata.resourceVersion,
		...(input.fieldPath ? { fieldPath: input.fieldPath } : {})
	};
}

function findSimilar(tx: ClusterTx, namespace: string, input: EventInput): KubeEvent | undefined {
	const obj = input.involved;
	return tx
		.list<KubeEvent>(keyForKind('Event'), namespace)
		.find(
			(e) =>
				e.involvedObject.name === obj.metadata.name &&
				e.involvedObject.kind === obj.kind &&
				e.involvedObject.uid === obj.metadata.uid &&
				(e.involvedObject.fieldPath ?? '') === (input.fieldPath ?? '') &&
				e.reason === input.reason &&
				e.message === input.message &&
				e.type === input.type &&
				e.source.component === input.source &&
				(e.source.host ?? '') === (input.host ?? '')
		);
}

/** `<name>.<nanoseconds in hex>`, nudged forward while the name is taken. */
function eventName(tx: ClusterTx, namespace: string, objectName: string, now: number): string {
	// Low digits vary like a real clock's nanoseconds yet stay ordered within one millisecond.
	let nanos =
		BigInt(Math.floor(now)) * 1_000_000n + BigInt(fnv32a(`${objectName}@${now}`) % 900_000);
	const key = keyForKind('Event');
	while (tx.get(key, namespace, `${objectName}.${nanos.toString(16)}`)) nanos += 1n;
	return `${objectName}.${nanos.toString(16)}`;
}
