/**
 * `blastRadius` and `deriveRollback` on the built-in payments world: each simulates the action
 * through kubectl and diffs the worlds. Part of `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { BUILTIN_CLUSTERS } from '../src/core/cluster/builtin/index';
import { blastRadius } from '../src/core/guard/blast-radius';
import { deriveRollback } from '../src/core/guard/rollback';

const { world, now } = BUILTIN_CLUSTERS.payments();

const LINES = [
	'kubectl scale deployment/payments-secondary -n payments --replicas=6',
	'kubectl set image deployment/payments-secondary -n payments payments=registry.example.com/payments:v2.5.0',
	'kubectl drain ip-10-0-22-204.ec2.internal --ignore-daemonsets --delete-emptydir-data'
];

function p50(fn: () => void, runs = 2000): { p50: number; p95: number } {
	for (let i = 0; i < 100; i++) fn();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		fn();
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return { p50: times[Math.floor(runs / 2)], p95: times[Math.floor(runs * 0.95)] };
}

console.log('\n## guard: blast radius + rollback on payments (part of the ≤ 1 ms budget)');
for (const line of LINES) {
	const { p50: mid, p95 } = p50(() => {
		if (!blastRadius(world, now, line).ok || !deriveRollback(world, now, line).ok)
			throw new Error(line);
	});
	console.log(
		`${line.slice(0, 58).padEnd(58)} p50 ${mid.toFixed(3).padStart(7)} ms  p95 ${p95.toFixed(3).padStart(7)} ms`
	);
}
