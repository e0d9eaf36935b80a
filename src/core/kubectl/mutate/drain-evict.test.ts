import { describe, expect, it } from 'vitest';
import { newRun, step } from './drain-evict';
import { makeWorld, pod, T0 } from './test-fixture';

/** A pod whose node stopped answering: marked for deletion a minute ago, still there. */
function stuck() {
	const p = pod('payments-primary-7d9c8b6f5-abcde', 'node-a', { kind: 'ReplicaSet', name: 'x' });
	const terminating = {
		...p,
		metadata: { ...p.metadata, deletionTimestamp: '2025-03-01T11:59:00Z' }
	};
	return { world: makeWorld([terminating]), pod: terminating };
}

describe('drain waiting for deletions', () => {
	const runFor = (skipWaitSeconds: number, pods: ReturnType<typeof stuck>['pod'][]) => {
		const run = newRun('prod-us-east-1', ['node-a'], pods, {
			deleteOnly: false,
			timeoutMs: 0,
			skipWaitSeconds,
			start: T0
		});
		for (const item of run.items) item.evicted = true;
		return run;
	};

	it('keeps waiting for a pod stuck terminating without --skip-wait-for-delete-timeout', () => {
		const { world, pod } = stuck();
		expect(step(world, runFor(0, [pod]), T0)).toEqual({ stdout: '', stderr: '' });
	});

	it('gives up on it once its deletion is older than the timeout, as kubectl says', () => {
		const { world, pod } = stuck();
		expect(step(world, runFor(30, [pod]), T0)).toEqual({
			stdout:
				'pod "payments-primary-7d9c8b6f5-abcde" has DeletionTimestamp older than 30 seconds, skipping\n' +
				'node/node-a drained\n',
			stderr: '',
			exitCode: 0
		});
		expect(step(world, runFor(90, [pod]), T0)).toEqual({ stdout: '', stderr: '' });
	});
});
