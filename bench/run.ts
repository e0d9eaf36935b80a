/**
 * `npm run bench`: prints figures for the kubectl simulator (not pass/fail). Targets from the
 * foundation issue are printed beside each figure for scale.
 *   - a typical command on the built-in `payments` cluster (p50 ≤ 0.5 ms)
 *   - 10,000 pods in 50 namespaces: `get pods -A` (p50 ≤ 50 ms), `get pods -n X -l app=Y`
 *     (p50 ≤ 5 ms), heap for that cluster (≤ 150 MB)
 *   - the real `kubectl version --client` process start, for scale
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { paymentsWorld } from '../src/core/cluster/builtin/payments';
import { generateWorld } from '../src/core/cluster/generate';
import { runKubectl } from '../src/core/kubectl/run';
import type { World } from '../src/core/cluster/types';
import { measure, type Timing } from './measure';

interface Figure extends Timing {
	name: string;
	target?: string;
}

function figure(name: string, runs: number, fn: () => void, target?: string): Figure {
	return { name, ...measure(fn, runs), target };
}

function kubectl(world: World, now: number, line: string): () => void {
	const argv = line.split(' ');
	return () => {
		const result = runKubectl(world, argv, now);
		if (result.exitCode !== 0) throw new Error(`${line}: ${result.stderr}`);
	};
}

function gc(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

function print(f: Figure): void {
	const ms = (n: number) => `${n.toFixed(3)} ms`;
	console.log(
		`${f.name.padEnd(58)} p50 ${ms(f.p50).padStart(11)}  p95 ${ms(f.p95).padStart(11)}  (${f.runs} runs)${f.target ? `  target ${f.target}` : ''}`
	);
}

function realKubectlStart(): string {
	const onPath = spawnSync('sh', ['-c', 'command -v kubectl'], { encoding: 'utf8' }).stdout.trim();
	const candidates = [
		process.env.KUBECTL_1_32,
		onPath && join(dirname(realpath(onPath)), 'kubectl.1.32'),
		onPath
	].filter((p): p is string => !!p && existsSync(p));
	if (candidates.length === 0) return 'real kubectl not installed: skipped';
	const bin = candidates[0];
	const start = measure(() => spawnSync(bin, ['version', '--client'], { encoding: 'utf8' }), 7, 0);
	return `real \`kubectl version --client\` process (${bin}): median ${start.p50.toFixed(1)} ms over 7 runs`;
}

function realpath(p: string): string {
	try {
		return join(dirname(p), readlinkSync(p));
	} catch {
		return p;
	}
}

const payments = paymentsWorld();
console.log('# kubectl simulator benchmarks (Node ' + process.version + ')\n');
console.log('## built-in payments cluster');
for (const line of [
	'get pods -n payments',
	'get deploy payments-secondary -n payments -o wide',
	'describe deployment payments-primary -n payments',
	'scale deployment/payments-secondary -n payments --replicas=6'
]) {
	print(figure(line, 2000, kubectl(payments.world, payments.now, line), '≤ 0.5 ms p50'));
}
print(figure('version --client', 2000, kubectl(payments.world, payments.now, 'version --client')));

console.log('\n## generated cluster: 10,000 pods in 50 namespaces');
gc();
const heapBefore = process.memoryUsage().heapUsed;
const buildStart = performance.now();
const big = generateWorld({ pods: 10_000, namespaces: 50, seed: 7 });
const buildMs = performance.now() - buildStart;
gc();
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
console.log(
	`built in ${buildMs.toFixed(0)} ms; heap for the cluster ${heapMb.toFixed(1)} MB (target ≤ 150 MB${(globalThis as { gc?: unknown }).gc ? '' : '; run with --expose-gc for an exact figure'})`
);
const sample = runKubectl(big.world, ['get', 'deploy', '-A', '--no-headers'], big.now)
	.stdout.split('\n')[0]
	.split(/\s+/);
const [ns, deploy] = sample;
print(figure('get pods -A', 30, kubectl(big.world, big.now, 'get pods -A'), '≤ 50 ms p50'));
print(
	figure(
		`get pods -n ${ns} -l app=${deploy}`,
		300,
		kubectl(big.world, big.now, `get pods -n ${ns} -l app=${deploy}`),
		'≤ 5 ms p50'
	)
);

console.log('\n## for scale');
console.log(realKubectlStart());
await import('./guard-classify');
await import('./guard-derive');
await import('./guard-lint');
await import('./score');
await import('./resume');
