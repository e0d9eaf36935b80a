import { describe, expect, it } from 'vitest';
import type { Container, Pod } from '../types';
import { containerTimeline } from './container-timeline';

const container: Container = { name: 'app', image: 'registry.example.com/payments:v2.4.1' };
const pod = {
	apiVersion: 'v1',
	kind: 'Pod',
	metadata: { name: 'payments-api-0', namespace: 'payments', uid: 'u1', resourceVersion: '1' },
	spec: { containers: [container] },
	status: {}
} as unknown as Pod;
const T0 = Date.parse('2026-03-12T09:41:00Z');

describe('containerTimeline', () => {
	it('knows where a container that crash-looped for two days is now', () => {
		const until = T0 + 2 * 24 * 3_600_000;
		const segments = containerTimeline({
			pod,
			container,
			t0: T0,
			until,
			fault: { kind: 'CrashLoopBackOff', exitCode: 1, crashAfterMs: 3000 } as never,
			present: true
		});
		const current = [...segments].reverse().find((s) => s.at <= until)!;
		const last = current.lastState.terminated ?? current.state.terminated;
		// Back-off is capped at five minutes: the last crash is never longer ago than that.
		expect(until - Date.parse(last!.finishedAt!)).toBeLessThanOrEqual(300_000 + 3000);
		// Ten-second doubling to the cap, then one run every 5m3s.
		expect(current.restartCount).toBeGreaterThan(560);
		expect(segments.some((s) => s.at > until)).toBe(true);
	});
});
