/**
 * The in-page runtime: the session in a Web Worker, or — when a Worker cannot start (old browser,
 * blocked by policy, its script fails to load) — on the page's own thread, with a note saying so.
 * The first answer waits for the worker to build its cluster, hence the generous ready limit.
 */
import type { Runtime } from './runtime';
import { WorkerRuntime } from './worker-runtime';

export interface StartedRuntime {
	runtime: Runtime;
	mode: 'worker' | 'direct';
	/** Why the worker was not used, for one visible line in the UI. */
	note?: string;
}

export async function startInPageRuntime(readyTimeoutMs = 60_000): Promise<StartedRuntime> {
	let started: WorkerRuntime | undefined;
	try {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		started = new WorkerRuntime(worker, 10_000, readyTimeoutMs);
		await started.status();
		return { runtime: started, mode: 'worker' };
	} catch (error) {
		started?.dispose();
		const { createHost } = await import('./create-host');
		const { DirectRuntime } = await import('./direct-runtime');
		const reason = error instanceof Error ? error.message : String(error);
		return {
			runtime: new DirectRuntime(createHost()),
			mode: 'direct',
			note: `Commands run on the page's thread (the worker could not start: ${reason}).`
		};
	}
}
