/** A resumed scenario: hosted from its checkpoint without the world it would throw away. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { libraryText, preparedScenario } from '../../../test/support/library';
import { decodeWorld, encodeWorld } from '../../core/cluster/world-codec';
import { replay } from '../../core/rehearsal/replay';
import { scoreRun } from '../../core/scoring/score';
import type { ScenarioLoad } from './runtime';
import {
	hostScenario,
	observeRun,
	scoreOf,
	SETTLE_AFTER_MS,
	SLICE,
	type HostedScenario
} from './scenario-host';

const DRAIN: ScenarioLoad = {
	yaml: libraryText('payments-pool-drain'),
	file: 'payments-pool-drain.yaml',
	files: {}
};

function host(load: ScenarioLoad): HostedScenario {
	const hosting = hostScenario(load);
	if (!hosting.ok) throw new Error(hosting.message);
	return hosting.hosted;
}

const p = preparedScenario('payments-pool-drain');
const run = replay(p, 'approve', [
	{ act: 'run', command: 'kubectl get deploy -n payments -o wide' },
	{ act: 'confirm', step: 1 },
	{
		act: 'stage-rollback',
		step: 2,
		command: 'kubectl scale deployment/payments-secondary -n payments --replicas=2'
	},
	{ act: 'confirm', step: 2 },
	{ act: 'run', command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6' },
	{ act: 'wait', seconds: 40 }
]);
const checkpoint = { world: encodeWorld(run.world), now: run.now };

/** A longer run: step 1 drafted, then 60 looks, each a `run` act and its command record. */
const looks = replay(
	p,
	'approve',
	Array.from({ length: 60 }, (_, i) => ({
		act: 'run' as const,
		command: i % 2 ? 'kubectl get pods -n payments' : 'kubectl get deploy -n payments'
	}))
);

describe('hostScenario with resume', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('starts at the checkpoint, with the times a new run has', () => {
		const resumed = host({ ...DRAIN, resume: checkpoint });
		const decoded = decodeWorld(checkpoint.world);
		if (!decoded.ok) throw new Error(decoded.message);
		expect(resumed.session.now).toBe(run.now);
		expect(resumed.session.world).toEqual(decoded.world);
		expect([resumed.prepared.now, resumed.prepared.t0]).toEqual([p.now, p.t0]);
		expect(resumed.happened).toEqual([]);
	});

	it('builds the world at -history, when scoring asks, as a new run has it', () => {
		const resumed = host({ ...DRAIN, resume: checkpoint });
		expect(resumed.prepared.world).toEqual(p.world);
		expect(resumed.tracer).toBe(resumed.tracer);
		expect(resumed.tracer.size).toBe(0);
	});

	it('scores the whole log as the core does', () => {
		const resumed = host({ ...DRAIN, resume: checkpoint });
		expect(scoreOf(resumed, structuredClone(run.events))).toEqual(scoreRun(p, run.events));
		expect(resumed.tracer.size).toBe(run.events.length);
	});

	it('still names a scenario problem that needs no world, checkpoint or not', () => {
		const typo = { ...DRAIN, yaml: DRAIN.yaml.replace('builtin: payments', 'builtin: paymnts') };
		const line = DRAIN.yaml.split('\n').indexOf('  builtin: payments') + 1;
		expect(hostScenario({ ...typo, resume: checkpoint })).toEqual({
			ok: false,
			message: `payments-pool-drain.yaml:${line}:12: world.builtin: no built-in world "paymnts" (built-in: payments)`
		});
	});

	it('takes the whole log observed after a resume once idle, a slice at a time, then settles', () => {
		vi.useFakeTimers();
		const log = looks.events;
		expect(log.length).toBe(121);
		const resumed = host({
			...DRAIN,
			resume: { world: encodeWorld(looks.world), now: looks.now }
		});
		observeRun(resumed, structuredClone(log.slice(0, 100)));
		// A live batch arriving meanwhile waits behind the backlog, in order.
		observeRun(resumed, structuredClone(log.slice(100)));
		vi.advanceTimersByTime(SETTLE_AFTER_MS - 1);
		expect(resumed.traced).toBeUndefined();
		vi.advanceTimersByTime(1);
		expect(resumed.traced?.size).toBe(0);
		const sizes: number[] = [];
		while (resumed.settling !== undefined) {
			vi.advanceTimersToNextTimer();
			sizes.push(resumed.tracer.size);
		}
		expect(sizes).toEqual([SLICE, 2 * SLICE, 121]);
		expect(resumed.backlog).toEqual([]);
		expect(scoreOf(resumed, structuredClone(log))).toEqual(scoreRun(p, log));
	});
});
