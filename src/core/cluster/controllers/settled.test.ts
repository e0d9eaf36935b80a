import { afterEach, describe, expect, it } from 'vitest';
import { runKubectl } from '../../kubectl/run';
import { advanceWorld } from '../advance';
import { paymentsWorld } from '../builtin/payments';
import type { World } from '../types';
import { clusterWith, deployment, node, T0 } from './fixtures.test-util';
import { reconcileWithWakeup } from './reconcile';
import { settledCheck } from './settled';

afterEach(() => {
	settledCheck.on = false;
});

function kubectl(world: World, now: number, line: string): World {
	const r = runKubectl(world, line.split(' '), now);
	expect(r.stderr).toBe('');
	return r.world;
}

/** The world moved in uneven steps, as a rehearsal moves it (commands, waits, samples). */
function walk(world: World, from: number, steps: readonly number[]): World {
	let now = from;
	for (const step of steps) {
		world = advanceWorld(world, now, now + step);
		now += step;
	}
	return world;
}

const STEPS = [700, 15_000, 3_200, 1, 45_000, 9_999, 15_000, 120_000, 2_500, 15_000, 301_000];

describe('settled clusters', () => {
	it('skip a pass before the next wakeup: same objects, the pass time moved on', () => {
		const cluster = clusterWith([node('node-a'), deployment('api', { replicas: 2 })]);
		const first = reconcileWithWakeup(cluster, T0);
		const second = reconcileWithWakeup(first.cluster, T0);
		const settled = reconcileWithWakeup(second.cluster, T0 + 500);
		expect(settled.cluster.objects).toBe(second.cluster.objects);
		expect(settled.cluster.resourceVersion).toBe(second.cluster.resourceVersion);
		expect(settled.cluster.lastReconciled).toBe(T0 + 500);
		expect(settled.wakeup).toBe(second.wakeup);
	});

	it('give what full passes give through a rollout, a drain and readiness faults (checked)', () => {
		settledCheck.on = true;
		const { world, now } = paymentsWorld();
		let w = kubectl(world, now, 'scale deploy/payments-secondary -n payments --replicas=6');
		w = walk(w, now, STEPS.slice(0, 4));
		const at = now + STEPS.slice(0, 4).reduce((a, b) => a + b, 0);
		w = kubectl(w, at, 'scale deploy/payments-primary -n payments --replicas=0');
		w = kubectl(
			w,
			at,
			'annotate pods -n payments -l pool=secondary preflight.dev/fault=ReadinessFailing'
		);
		expect(() => walk(w, at, STEPS.slice(4))).not.toThrow();
	});

	it('follow an HPA through its sync periods (checked)', () => {
		settledCheck.on = true;
		const { world, now } = paymentsWorld();
		const w = kubectl(world, now, 'scale deploy/payments-api -n payments --replicas=9');
		const later = walk(w, now, STEPS);
		const out = runKubectl(later, ['get', 'hpa', '-n', 'payments', '--no-headers'], now + 528_400);
		expect(out.stdout.split(/\s+/).slice(0, 2)).toEqual([
			'payments-api',
			'Deployment/payments-api'
		]);
	});
});
