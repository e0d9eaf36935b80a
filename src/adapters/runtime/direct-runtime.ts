/**
 * The same-thread runtime: the session runs on the page's own thread. Used by tests, and as the
 * fallback when a Worker cannot start. A thrown bug becomes a rejected promise, as over the wire.
 */
import type { Calls, CallType } from './protocol';
import { CallRuntime } from './call-runtime';
import type { SessionHost } from './session-host';

export class DirectRuntime extends CallRuntime {
	readonly #host: SessionHost;

	constructor(host: SessionHost) {
		super();
		this.#host = host;
	}

	protected call<K extends CallType>(
		type: K,
		payload: Calls[K]['args']
	): Promise<Calls[K]['result']> {
		try {
			return Promise.resolve(this.#host.handle(type, payload));
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new Error(String(error)));
		}
	}

	dispose(): void {}
}
