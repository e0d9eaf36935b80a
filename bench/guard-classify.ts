/**
 * `classify` on typical drafted lines (a pre-flight, an action, a chained line with a pipe into
 * xargs): figures for the guard's command classification. Part of `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { classify } from '../src/core/guard/classify';

const LINES = [
	'kubectl get deploy payments-secondary -n payments -o wide',
	'kubectl scale deployment/payments-secondary -n payments --replicas=6',
	'kubectl get pods -n payments -l pool=secondary -o name | xargs -I{} kubectl delete {} -n payments --grace-period=30'
];

function p50(fn: () => void, runs = 5000): { p50: number; p95: number } {
	for (let i = 0; i < 200; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { p50: times[Math.floor(runs / 2)], p95: times[Math.floor(runs * 0.95)] };
}

console.log('\n## guard: classify (part of the ≤ 1 ms classify + blast radius + lint budget)');
for (const line of LINES) {
	const { p50: mid, p95 } = p50(() => classify(line));
	console.log(
		`${line.slice(0, 58).padEnd(58)} p50 ${mid.toFixed(3).padStart(7)} ms  p95 ${p95.toFixed(3).padStart(7)} ms`
	);
}
