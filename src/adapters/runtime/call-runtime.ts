/**
 * The Runtime methods as typed protocol calls, shared by the runtimes that differ only in how a
 * call travels (same thread in `direct-runtime.ts`, a Worker message in `worker-runtime.ts`).
 */
import type { RunEvent } from '../../core/rehearsal/schema';
import type { Calls, CallType } from './protocol';
import type { Runtime, ScenarioLoad } from './runtime';

export abstract class CallRuntime implements Runtime {
	/** Sends one call and resolves with its result (rejects on a thrown bug or a dead worker). */
	protected abstract call<K extends CallType>(
		type: K,
		payload: Calls[K]['args']
	): Promise<Calls[K]['result']>;

	abstract dispose(): void;

	execute(line: string) {
		return this.call('execute', { line });
	}
	advance(ms: number) {
		return this.call('advance', { ms });
	}
	interrupt() {
		return this.call('interrupt', null);
	}
	status() {
		return this.call('status', null);
	}
	snapshot() {
		return this.call('snapshot', null);
	}
	complete(line: string, cursor: number) {
		return this.call('complete', { line, cursor });
	}
	load(load: ScenarioLoad) {
		return this.call('load', load);
	}
	draft(step: number) {
		return this.call('draft', { step });
	}
	health() {
		return this.call('health', null);
	}
	checkpoint() {
		return this.call('checkpoint', null);
	}
	score(events: RunEvent[]) {
		return this.call('score', { events });
	}
	async observe(events: RunEvent[]) {
		await this.call('observe', { events });
	}
}
