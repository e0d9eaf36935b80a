import { describe, expect, it } from 'vitest';
import type { RunResult, RunStore } from '../../adapters/store/run-types';
import type { RunEvent } from '../../core/rehearsal/schema';
import { RunWriter } from './run-writer';

const T0 = 1_773_483_060_000;

function wait(seq: number): RunEvent {
	return { seq, at: T0, t: 0, kind: 'act', act: { act: 'wait', seconds: 5 } };
}

/** A store that records each write, answers after a macrotask and says when two writes overlap. */
function recordingStore(answer: (call: string) => RunResult = () => ({ ok: true })) {
	const calls: string[] = [];
	let inFlight = 0;
	let overlapped = false;
	const write = async (call: string): Promise<RunResult> => {
		if (++inFlight > 1) overlapped = true;
		calls.push(call);
		await new Promise((resolve) => setTimeout(resolve, 1));
		inFlight--;
		return answer(call);
	};
	const store = {
		append: (id: string, events: RunEvent[]) =>
			write(`append ${id} ${events.map((e) => e.seq).join(',')}`),
		saveCheckpoint: (id: string, c: { seq: number; now: number }) =>
			write(`checkpoint ${id} ${c.seq} ${c.now}`),
		finish: (id: string) => write(`finish ${id}`)
	} as unknown as RunStore;
	return { store, calls, overlapped: () => overlapped };
}

describe('RunWriter', () => {
	it('writes one thing at a time, in order, batching the events queued before a write starts', async () => {
		const { store, calls, overlapped } = recordingStore();
		const writer = new RunWriter(store, 'run-1', () => {});
		writer.append(wait(0));
		await Promise.resolve();
		writer.append(wait(1));
		writer.append(wait(2));
		void writer.checkpoint({ world: { encoding: 'preflight-world/1' }, now: T0, seq: 3 });
		writer.append(wait(3));
		await writer.settled();
		expect(calls).toEqual(['append run-1 0', 'append run-1 1,2,3', `checkpoint run-1 3 ${T0}`]);
		expect(overlapped()).toBe(false);
	});

	it('hands a notice or a refusal to onNotice and goes on writing', async () => {
		const notices: string[] = [];
		const { store, calls } = recordingStore((call) =>
			call.startsWith('append run-1 0')
				? { ok: true, notice: 'Storage is full: this run is kept in this tab only.' }
				: call.startsWith('checkpoint')
					? { ok: false, message: 'checkpoint 9 is past the 2 events stored' }
					: { ok: true }
		);
		const writer = new RunWriter(store, 'run-1', (n) => notices.push(n));
		writer.append(wait(0));
		await writer.settled();
		writer.append(wait(1));
		const refused = await writer.checkpoint({
			world: { encoding: 'preflight-world/1' },
			now: T0,
			seq: 9
		});
		expect(refused).toEqual({ ok: false, message: 'checkpoint 9 is past the 2 events stored' });
		expect(await writer.finish({ report: {} as never, samples: [], scoredAt: 1 })).toEqual({
			ok: true
		});
		expect(calls).toEqual([
			'append run-1 0',
			'append run-1 1',
			`checkpoint run-1 9 ${T0}`,
			'finish run-1'
		]);
		expect(notices).toEqual([
			'Storage is full: this run is kept in this tab only.',
			'checkpoint 9 is past the 2 events stored'
		]);
	});

	it('turns a thrown write into a notice', async () => {
		const notices: string[] = [];
		const store = {
			append: () => Promise.reject(new Error('QuotaExceededError'))
		} as unknown as RunStore;
		const writer = new RunWriter(store, 'run-1', (n) => notices.push(n));
		writer.append(wait(0));
		await writer.settled();
		expect(notices).toEqual(['Could not save the run: QuotaExceededError']);
	});
});
