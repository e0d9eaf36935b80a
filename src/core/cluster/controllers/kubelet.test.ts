import { describe, expect, it } from 'vitest';
import { advanceCluster } from '../advance';
import { ClusterTx } from '../store';
import type { KubeEvent, Pod } from '../types';
import { timestamp } from '../world';
import { pullMs } from './container-timeline';
import {
	clusterWith,
	deployment,
	events,
	node,
	podSummary,
	pods,
	T0,
	update
} from './fixtures.test-util';

const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

function at(seconds: number, fault: Record<string, string>, image?: string) {
	const c = clusterWith([
		node('node-a'),
		deployment('api', { replicas: 1, podAnnotations: fault, image })
	]);
	return pods(advanceCluster(c, T0, T0 + seconds * SEC))[0];
}

describe('kubelet and faults', () => {
	it('starts a pod: ContainerCreating, then Running and Ready with IPs and kubelet events', () => {
		const c = advanceCluster(
			clusterWith([node('node-a'), deployment('api', { replicas: 1 })]),
			T0,
			T0 + 30 * SEC
		);
		const pod = pods(c)[0];
		expect(podSummary(pod)).toBe('1/1 Running 0');
		expect(pod.status.podIP).toMatch(/^10\.244\.1\.\d+$/);
		expect(pod.status.startTime).toBe('2025-01-15T12:00:00Z');
		expect(pod.status.conditions!.map((x) => `${x.type}=${x.status}`)).toEqual([
			'PodReadyToStartContainers=True',
			'Initialized=True',
			'Ready=True',
			'ContainersReady=True',
			'PodScheduled=True'
		]);
		const mine = events(c).filter((e) => e.object === `Pod/${pod.metadata.name}`);
		expect(mine.map((e) => e.message)).toEqual([
			`Successfully assigned payments/${pod.metadata.name} to node-a`,
			'Pulling image "registry.example.com/payments:v2.4.0"',
			expect.stringMatching(
				/^Successfully pulled image "registry\.example\.com\/payments:v2\.4\.0" in \d\.\d+s \(\d\.\d+s including waiting\)\. Image size: \d+ bytes\.$/
			),
			'Created container app',
			'Started container app'
		]);
	});

	// Timelines start when the kubelet starts the pod (T0) plus the image pull.
	const V240 = 'registry.example.com/payments:v2.4.0';
	const V241 = 'registry.example.com/payments:v2.4.1';

	it('CrashLoopBackOff restarts with back-off 10s, 20s, 40s … and alternates Error/CrashLoopBackOff', () => {
		const fault = { 'preflight.dev/fault': 'CrashLoopBackOff', 'preflight.dev/exit-code': '2' };
		const s0 = pullMs(V240) / SEC;
		// Each run lasts 3s; the first restart is immediate (1s), then 10s, 20s, 40s back-off.
		const seen = [1, 3.5, 5, 7.5, 10, 18, 30, 41, 60, 100].map(
			(s) => `+${s}s ${podSummary(at(s0 + s, fault))}`
		);
		expect(seen).toEqual([
			'+1s 1/1 Running 0',
			'+3.5s 0/1 Error 0',
			'+5s 1/1 Running 1',
			'+7.5s 0/1 Error 1',
			'+10s 0/1 CrashLoopBackOff 1',
			'+18s 1/1 Running 2',
			'+30s 0/1 CrashLoopBackOff 2',
			'+41s 1/1 Running 3',
			'+60s 0/1 CrashLoopBackOff 3',
			'+100s 0/1 CrashLoopBackOff 4'
		]);
		const pod = at(s0 + 30, fault);
		const status = pod.status.containerStatuses![0];
		expect(status.lastState.terminated).toEqual({
			exitCode: 2,
			reason: 'Error',
			startedAt: timestamp(T0 + (s0 + 17) * SEC),
			finishedAt: timestamp(T0 + (s0 + 20) * SEC)
		});
		expect(status.state.waiting).toEqual({
			reason: 'CrashLoopBackOff',
			message: `back-off 20s restarting failed container=app pod=${pod.metadata.name}_payments(${pod.metadata.uid})`
		});
	});

	it('CrashLoopBackOff back-off is capped at 5m', () => {
		const pod = at(3 * 3600, { 'preflight.dev/fault': 'CrashLoopBackOff' });
		const status = pod.status.containerStatuses![0];
		// Restarts 1-6 take ~5.5 minutes, then one every 5m3s.
		expect(status.restartCount).toBe(40);
		expect(status.state.waiting?.message ?? '').toMatch(
			/^(back-off 5m0s restarting failed container=app .*)?$/
		);
	});

	it('OOMKilled exits 137 with reason OOMKilled', () => {
		const pod = at(pullMs(V240) / SEC + 10.5, { 'preflight.dev/fault': 'OOMKilled' });
		expect(pod.status.containerStatuses![0].state.terminated).toMatchObject({
			exitCode: 137,
			reason: 'OOMKilled'
		});
		expect(podSummary(pod)).toBe('0/1 OOMKilled 0');
	});

	it('ImagePullBackOff goes through ErrImagePull and applies only to the faulty image', () => {
		const fault = { 'preflight.dev/fault': 'ImagePullBackOff', 'preflight.dev/fault-image': V241 };
		const fail = pullMs(V241) / SEC;
		expect(podSummary(at(fail - 0.5, fault, V241))).toBe('0/1 ContainerCreating 0');
		expect(podSummary(at(fail + 1, fault, V241))).toBe('0/1 ErrImagePull 0');
		expect(podSummary(at(fail + 3, fault, V241))).toBe('0/1 ImagePullBackOff 0');
		expect(podSummary(at(fail + 3, fault, V240))).toBe('1/1 Running 0');
		const pod = at(fail + 3, fault, V241);
		expect(pod.status.phase).toBe('Pending');
		expect(pod.status.containerStatuses![0].state.waiting!.message).toBe(
			`Back-off pulling image "${V241}": ErrImagePull: rpc error: code = NotFound desc = failed to pull and unpack image "${V241}": failed to resolve reference "${V241}": ${V241}: not found`
		);
	});

	it('ReadinessFailing keeps the pod Running 0/1 with counted Unhealthy events', () => {
		const c = clusterWith([
			node('node-a'),
			deployment('api', {
				replicas: 1,
				podAnnotations: { 'preflight.dev/fault': 'ReadinessFailing' }
			})
		]);
		const start = pullMs(V240);
		// Probes fail from 1s after start, every 10s: 6 failures by start + 52s.
		const later = advanceCluster(c, T0, T0 + start + 52 * SEC);
		const pod: Pod = pods(later)[0];
		expect(podSummary(pod)).toBe('0/1 Running 0');
		const unhealthy = events(later).filter((e) => e.reason === 'Unhealthy');
		expect(unhealthy).toEqual([
			{
				reason: 'Unhealthy',
				type: 'Warning',
				message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
				count: 6,
				object: `Pod/${pod.metadata.name}`
			}
		]);
	});

	it('counts Unhealthy from when a fault hits a long-running pod, not from its start', () => {
		const running = advanceCluster(
			clusterWith([node('node-a'), deployment('api', { replicas: 1 })]),
			T0,
			T0 + 3 * DAY
		);
		const name = pods(running)[0].metadata.name;
		const hit = T0 + 3 * DAY;
		const faulted = update(running, (tx) => {
			const pod = tx.get<Pod>('pods', 'payments', name)!;
			tx.put<Pod>({
				...pod,
				metadata: {
					...pod.metadata,
					annotations: { ...pod.metadata.annotations, 'preflight.dev/fault': 'ReadinessFailing' }
				}
			});
		});
		// Reconciled right after the change, then 13 minutes later and again past the event TTL.
		const after = advanceCluster(advanceCluster(faulted, hit, hit), hit, hit + 13 * MIN);
		const stamps = (c: typeof after) =>
			new ClusterTx(c)
				.list<KubeEvent>('events', 'payments')
				.filter((e) => e.reason === 'Unhealthy')
				.map((e) => `x${e.count} ${e.firstTimestamp} .. ${e.lastTimestamp}`);
		// Probes tick every 10s from the container's first probe (start + 1s).
		const first = timestamp(hit + (10 * SEC - ((hit - T0 - pullMs(V240) - SEC) % (10 * SEC))));
		const tick = (ms: number) => timestamp(Date.parse(first) + ms);
		expect(stamps(after)).toEqual([`x78 ${first} .. ${tick(77 * 10 * SEC)}`]);
		const later = advanceCluster(after, hit + 13 * MIN, hit + 3 * HOUR);
		expect(stamps(later)).toEqual([`x1080 ${first} .. ${tick(1079 * 10 * SEC)}`]);
	});

	it('SlowStart delays readiness by preflight.dev/start-delay', () => {
		const fault = { 'preflight.dev/fault': 'SlowStart', 'preflight.dev/start-delay': '90s' };
		expect(podSummary(at(60, fault))).toBe('0/1 Running 0');
		expect(podSummary(at(100, fault))).toBe('1/1 Running 0');
	});

	it('deleting a pod shows Terminating, records Killing, and the pod is gone after it stops', async () => {
		const { markForDeletion } = await import('./pods');
		const { ClusterTx } = await import('../store');
		let c = advanceCluster(
			clusterWith([node('node-a'), deployment('api', { replicas: 1 })]),
			T0,
			T0 + 30 * SEC
		);
		const victim = pods(c)[0];
		const tx = new ClusterTx(c);
		markForDeletion(tx, victim, T0 + 30 * SEC);
		c = advanceCluster(tx.commit(), T0 + 30 * SEC, T0 + 30.5 * SEC);
		expect(
			pods(c)
				.map((p) => `${p.metadata.name === victim.metadata.name} ${podSummary(p)}`)
				.sort()
		).toEqual(['false 0/1 ContainerCreating 0', 'true 1/1 Terminating 0']);
		c = advanceCluster(c, T0 + 30.5 * SEC, T0 + 40 * SEC);
		expect(pods(c).map((p) => p.metadata.name === victim.metadata.name)).toEqual([false]);
		expect(
			events(c)
				.filter((e) => e.reason === 'Killing')
				.map((e) => e.message)
		).toEqual(['Stopping container app']);
	});
});
