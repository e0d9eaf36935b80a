/**
 * The page side of the worker runtime: each call posts a typed request and resolves with the
 * matching reply. A call that goes unanswered past `timeoutMs` (a runaway command) stops the
 * worker, so the page never waits forever; later calls then fail at once. Until the first reply
 * the worker is still building its cluster, so calls get the longer `startupTimeoutMs`.
 */
import type { Calls, CallType, Reply, Request } from './protocol';
import { CallRuntime } from './call-runtime';

export interface ClientEndpoint {
	postMessage(message: Request): void;
	onmessage: ((event: MessageEvent<Reply>) => void) | null;
	onerror?: ((event: ErrorEvent) => void) | null;
	terminate?(): void;
	close?(): void;
}

/** Calls that build a world or replay a whole run, not one command. */
const SLOW_CALLS: ReadonlySet<CallType> = new Set<CallType>(['load', 'score']);

interface Pending {
	resolve(value: unknown): void;
	reject(error: Error): void;
	timer: ReturnType<typeof setTimeout>;
}

export class WorkerRuntime extends CallRuntime {
	readonly #endpoint: ClientEndpoint;
	readonly #timeoutMs: number;
	readonly #pending = new Map<number, Pending>();
	#nextId = 1;
	readonly #startupTimeoutMs: number;
	readonly #slowTimeoutMs: number;
	#answered = false;
	#stopped: string | undefined;

	constructor(
		endpoint: ClientEndpoint,
		timeoutMs = 10_000,
		startupTimeoutMs = 60_000,
		slowTimeoutMs = 60_000
	) {
		super();
		this.#endpoint = endpoint;
		this.#timeoutMs = timeoutMs;
		this.#startupTimeoutMs = startupTimeoutMs;
		this.#slowTimeoutMs = slowTimeoutMs;
		endpoint.onmessage = ({ data }) => this.#settle(data);
		if ('onerror' in endpoint) {
			endpoint.onerror = (event) => this.#stop(`the runtime worker failed: ${event.message}`);
		}
	}

	protected call<K extends CallType>(
		type: K,
		payload: Calls[K]['args']
	): Promise<Calls[K]['result']> {
		if (this.#stopped) return Promise.reject(new Error(this.#stopped));
		const id = this.#nextId++;
		const quick = SLOW_CALLS.has(type) ? this.#slowTimeoutMs : this.#timeoutMs;
		const limit = Math.max(quick, this.#answered ? 0 : this.#startupTimeoutMs);
		return new Promise((resolve, reject) => {
			const timer = setTimeout(
				() => this.#stop(`the runtime did not answer within ${limit / 1000}s`),
				limit
			);
			this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
			this.#endpoint.postMessage({ id, type, payload } as Request);
		});
	}

	#settle(reply: Reply): void {
		const pending = this.#pending.get(reply.id);
		if (!pending) return;
		this.#answered = true;
		this.#pending.delete(reply.id);
		clearTimeout(pending.timer);
		if (reply.error !== undefined) pending.reject(new Error(reply.error));
		else pending.resolve(reply.payload);
	}

	#stop(reason: string): void {
		this.#stopped ??= reason;
		this.#endpoint.terminate?.();
		this.#endpoint.close?.();
		for (const { reject, timer } of this.#pending.values()) {
			clearTimeout(timer);
			reject(new Error(reason));
		}
		this.#pending.clear();
	}

	dispose(): void {
		this.#stop('the runtime was stopped');
	}
}
