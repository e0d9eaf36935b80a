/**
 * The same-thread runtime: the session runs on the page's own thread. Used by tests, and as the
 * fallback when a Worker cannot start. A thrown bug becomes a rejected promise, as over the wire.
 */
import type { Calls, CallType } from './protocol';
import type { Runtime } from './runtime';
import type { SessionHost } from './session-host';

export class DirectRuntime implements Runtime {
	readonly #host: SessionHost;

	constructor(host: SessionHost) {
		this.#host = host;
	}

	#call<K extends CallType>(type: K, payload: Calls[K]['args']): Promise<Calls[K]['result']> {
		try {
			return Promise.resolve(this.#host.handle(type, payload));
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	execute(line: string) {
		return this.#call('execute', { line });
	}
	advance(ms: number) {
		return this.#call('advance', { ms });
	}
	interrupt() {
		return this.#call('interrupt', null);
	}
	status() {
		return this.#call('status', null);
	}
	snapshot() {
		return this.#call('snapshot', null);
	}
	complete(line: string, cursor: number) {
		return this.#call('complete', { line, cursor });
	}
	dispose(): void {}
}
