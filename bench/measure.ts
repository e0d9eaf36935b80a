/**
 * The measuring loop every benchmark shares: warm the JIT, time each run with `performance.now()`,
 * and read the p50 and p95 of the sorted times.
 */
import { performance } from 'node:perf_hooks';

export interface Timing {
	p50: number;
	p95: number;
	runs: number;
}

/** `runs` timed calls of `fn` (ms each) after `warmup` untimed ones. */
export function measure(fn: () => void, runs: number, warmup = Math.min(20, runs)): Timing {
	return measureEach(runs, () => undefined, fn, warmup);
}

/** The same, with an untimed `setup` before each call whose result the call takes. */
export function measureEach<T>(
	runs: number,
	setup: () => T,
	fn: (x: T) => void,
	warmup = 0
): Timing {
	for (let i = 0; i < warmup; i++) fn(setup());
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const x = setup();
		const start = performance.now();
		fn(x);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
	return { p50: at(0.5), p95: at(0.95), runs };
}

/** `name` in 58 columns, then p50 and p95 in ms: one aligned row of figures. */
export function figureRow(name: string, t: Timing): string {
	const ms = (n: number) => `${n.toFixed(3).padStart(7)} ms`;
	return `${name.padEnd(58)} p50 ${ms(t.p50)}  p95 ${ms(t.p95)}`;
}
