/** The runtime observing a run as it is logged, so that scoring it at the end is cheap. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { libraryText, preparedScenario } from '../../../test/support/library';
import { replay } from '../../core/rehearsal/replay';
import type { RunEvent } from '../../core/rehearsal/schema';
import { scoreRun } from '../../core/scoring/score';
import { createHost } from './create-host';
import { DirectRuntime } from './direct-runtime';
import type { ScenarioLoad } from './runtime';
import { hostScenario, observeRun, scoreOf, SETTLE_AFTER_MS, settleRun } from './scenario-host';

const DRAIN: ScenarioLoad = {
	yaml: libraryText('payments-pool-drain'),
	file: 'payments-pool-drain.yaml',
	files: {}
};

const p = preparedScenario('payments-pool-drain');
const { events } = replay(p, 'approve', [
	{ act: 'run', command: 'kubectl get deploy -n payments -o wide' },
	{ act: 'wait', seconds: 8 },
	{ act: 'confirm', step: 1 },
	{ act: 'run', command: 'kubectl describe deploy/payments-secondary -n payments' },
	{ act: 'wait', seconds: 5 },
	{
		act: 'stage-rollback',
		step: 2,
		command: 'kubectl scale deployment/payments-secondary -n payments --replicas=2'
	},
	{ act: 'confirm', step: 2 },
	{ act: 'run', command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6' },
	{ act: 'run', command: 'kubectl get pods -n payments -l pool=secondary' },
	{ act: 'wait', seconds: 30 }
]);

/** The log in the batches a controller would send: a copy each, as over the worker boundary. */
function batches(log: readonly RunEvent[], size: number): RunEvent[][] {
	const out: RunEvent[][] = [];
	for (let i = 0; i < log.length; i += size) out.push(structuredClone(log.slice(i, i + size)));
	return out;
}

describe('observe', () => {
	afterEach(() => {
		vi.useRealTimers();
	});

	it('takes the log as it grows; the score is the core score of the whole log', async () => {
		const runtime = new DirectRuntime(createHost());
		// Before a scenario is loaded there is nothing to trace: the hint is ignored.
		await expect(runtime.observe(events.slice(0, 3))).resolves.toBeUndefined();
		const loaded = await runtime.load(DRAIN);
		expect(loaded.ok).toBe(true);
		for (const batch of batches(events, 4)) await runtime.observe(batch);
		expect(await runtime.score(structuredClone(events))).toEqual(scoreRun(p, events));
	});

	it('settles once the log is still, and leaves a gap in the log for the score to fill', () => {
		vi.useFakeTimers();
		const hosting = hostScenario(DRAIN);
		if (!hosting.ok) throw new Error(hosting.message);
		const hosted = hosting.hosted;
		const [first, , ...rest] = batches(events, 5);
		observeRun(hosted, first.slice(0, 2));
		vi.advanceTimersByTime(SETTLE_AFTER_MS - 1);
		observeRun(hosted, first.slice(2));
		vi.advanceTimersByTime(SETTLE_AFTER_MS - 1);
		expect(hosted.settling).toBeDefined();
		vi.advanceTimersByTime(1);
		expect(hosted.settling).toBeUndefined();
		expect(hosted.tracer.size).toBe(5);
		// The second batch never came: the rest would leave a gap, so it is not taken.
		observeRun(hosted, rest.flat());
		expect(hosted.tracer.size).toBe(5);
		// Settling now (the host idle) cancels the settle it was waiting to do.
		settleRun(hosted);
		expect(hosted.settling).toBeUndefined();
		expect(scoreOf(hosted, structuredClone(events))).toEqual(scoreRun(p, events));
		expect(hosted.tracer.size).toBe(events.length);
		expect(hosted.settling).toBeUndefined();
	});
});
