/**
 * The dashboards of an opened scenario, computed once per scenario text. Sampling the health
 * model over the scenario's history takes a second or more, so it runs in a Web Worker; where no
 * worker can start (tests, odd hosts) the sampling code is imported and run in the page.
 */
import type { Scenario } from '../../core/scenario/schema';
import type { Catalog, LoadedEntry } from './catalog';
import type { ChartsReply, ChartsRequest } from './charts-protocol';
import type { ChartsResult } from './compute-charts';

/** The result and how long preparing and sampling took, in ms, for the record. */
export type TimedCharts = ChartsResult & { ms: number };

const cache = new WeakMap<Scenario, Promise<TimedCharts>>();

export function chartsFor(catalog: Catalog, entry: LoadedEntry): Promise<TimedCharts> {
	let result = cache.get(entry.scenario);
	if (!result) cache.set(entry.scenario, (result = compute(catalog, entry)));
	return result;
}

async function compute(catalog: Catalog, entry: LoadedEntry): Promise<TimedCharts> {
	const files = await catalog.filesFor(entry);
	const worker = chartsWorker();
	if (worker) {
		const reply = await worker.request(entry.scenario, files);
		if (reply) return reply;
	}
	return computeInPage(entry.scenario, files);
}

async function computeInPage(scenario: Scenario, files: Record<string, string>) {
	const { computeCharts } = await import('./compute-charts');
	const started = performance.now();
	const result = computeCharts(scenario, files);
	return { ...result, ms: Math.round(performance.now() - started) };
}

interface ChartsWorker {
	/** The worker's answer, or undefined when the worker failed (the caller falls back). */
	request(scenario: Scenario, files: Record<string, string>): Promise<TimedCharts | undefined>;
}

let shared: ChartsWorker | null | undefined;

function chartsWorker(): ChartsWorker | undefined {
	if (shared === undefined) shared = typeof Worker === 'undefined' ? null : startWorker();
	return shared ?? undefined;
}

function startWorker(): ChartsWorker | null {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./charts.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
	const pending = new Map<number, (reply: TimedCharts | undefined) => void>();
	let next = 1;
	worker.onmessage = ({ data }: MessageEvent<ChartsReply>) => {
		const done = pending.get(data.id);
		pending.delete(data.id);
		done?.(data.payload ?? (data.error ? { ok: false, message: data.error, ms: 0 } : undefined));
	};
	worker.onerror = () => {
		// The worker cannot run here: answer everyone with "fall back", and stop using it.
		for (const done of pending.values()) done(undefined);
		pending.clear();
		shared = null;
		worker.terminate();
	};
	return {
		request(scenario, files) {
			const id = next++;
			const message: ChartsRequest = { id, type: 'charts', payload: { scenario, files } };
			return new Promise((resolve) => {
				pending.set(id, resolve);
				try {
					worker.postMessage(message);
				} catch {
					// Not cloneable: compute in the page instead.
					pending.delete(id);
					resolve(undefined);
				}
			});
		}
	};
}
