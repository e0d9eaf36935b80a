/**
 * The import round trip: break the built-in payments world with its own faults, dump it with our
 * kubectl as a user would (YAML and JSON, several files), import the dump as a scenario, and the
 * imported cluster prints what the original printed at the dump time — and keeps moving the same
 * way afterwards.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { advanceWorld, nextWakeup } from '../../src/core/cluster/advance';
import { BUILTIN_CLUSTERS } from '../../src/core/cluster/builtin/index';
import type { World } from '../../src/core/cluster/types';
import { runKubectl } from '../../src/core/kubectl/run';
import { importDump, scenarioFromDump, type DumpFile } from '../../src/core/scenario/import-dump';
import { loadScenario } from '../../src/core/scenario/load';
import { prepareScenario } from '../../src/core/scenario/prepare';
import { scenarioAt } from '../../src/core/scenario/timeline';

const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const CHECKS = ['get pods -A', 'get nodes', 'get deploy -A -o wide'];

/** The payments world with its own faults, moved on a few minutes; a kubectl to look at it. */
class Original {
	world: World;
	now: number;
	constructor() {
		({ world: this.world, now: this.now } = BUILTIN_CLUSTERS.payments(undefined));
	}
	kubectl(line: string | string[]): string {
		const argv = typeof line === 'string' ? line.split(' ') : line;
		const r = runKubectl(this.world, argv, this.now);
		if (r.exitCode !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
		this.world = r.world;
		return r.stdout;
	}
	advanceTo(to: number): void {
		this.world = advanceWorld(this.world, this.now, to);
		this.now = to;
	}
	/** Moves to the next moment the dump's newest timestamp is the time itself, as in a real export. */
	advanceToDumpableMoment(dump: () => DumpFile[]): DumpFile[] {
		for (let i = 0; i < 100; i++) {
			const cluster = this.world.clusters[this.world.contexts[0].cluster];
			this.advanceTo(nextWakeup(cluster, this.now)!);
			const files = dump();
			const imported = importDump(files);
			if (imported.ok && imported.now === this.now) return files;
		}
		throw new Error('no moment where the dump is up to date');
	}
}

function breakIt(o: Original): void {
	const crash = {
		spec: { template: { metadata: { annotations: { 'preflight.dev/fault': 'CrashLoopBackOff' } } } }
	};
	o.kubectl(['patch', 'deploy', 'payments-api', '-n', 'payments', '-p', JSON.stringify(crash)]);
	o.kubectl(`set image deploy/payments-secondary -n payments payments=${ECR}/payments:v2.5.0-typo`);
	// 43h55m after it joined: two minutes after the world's own time.
	o.kubectl([
		'annotate',
		'node',
		'ip-10-0-22-204.ec2.internal',
		'preflight.dev/fault=NodeNotReady',
		'preflight.dev/fault-after=43h55m'
	]);
	o.advanceTo(o.now + 3 * 60_000);
}

function importedWorld(files: DumpFile[]): { world: World; now: number; t: (ms: number) => World } {
	const made = scenarioFromDump(files, {
		id: 'payments-imported',
		title: 'Imported',
		context: 'prod'
	});
	if (!made.ok) throw new Error(JSON.stringify(made.problems));
	const loaded = loadScenario(made.yaml, 'payments-imported.yaml');
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
	const prepared = prepareScenario(loaded.scenario);
	if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
	const at = (ms: number) => scenarioAt(prepared.prepared, ms);
	return { world: at(0).world, now: at(0).now, t: (ms) => at(ms).world };
}

function print(world: World, now: number): string[] {
	return CHECKS.map((c) => {
		const r = runKubectl(world, c.split(' '), now);
		return `$ kubectl ${c}\n${r.stdout}${r.stderr}`;
	});
}

describe('import round trip: the payments world, broken and dumped', () => {
	const original = new Original();
	let files: DumpFile[] = [];
	let atDump: string[] = [];
	let dumpedAt = 0;

	beforeAll(() => {
		breakIt(original);
		files = original.advanceToDumpableMoment(() => [
			{ name: 'nodes.yaml', text: original.kubectl('get nodes,namespaces -o yaml') },
			{
				name: 'workloads.json',
				text: original.kubectl('get deployments,replicasets,statefulsets,daemonsets -A -o json')
			},
			{ name: 'pods.yaml', text: original.kubectl('get pods -A -o yaml') },
			{ name: 'config.json', text: original.kubectl('get services,configmaps,pdb,hpa -A -o json') }
		]);
		dumpedAt = original.now;
		atDump = print(original.world, original.now);
	}, 120_000);

	it('the broken world shows what the dump should keep', () => {
		const pods = atDump[0];
		expect(pods).toMatch(
			/^payments +payments-api-\w+-\w+ +0\/1 +(CrashLoopBackOff|Running|Error) +[1-9]\d* \(\w+ ago\) +\w+$/m
		);
		expect(pods).toMatch(
			/^payments +payments-secondary-\w+-\w+ +0\/1 +(ImagePullBackOff|ErrImagePull) +0 +\w+$/m
		);
		expect(atDump[1]).toMatch(
			/^ip-10-0-22-204\.ec2\.internal +NotReady +<none> +8d +v1\.32\.3-eks-473151a$/m
		);
	});

	it('prints exactly what the original printed at the dump time, AGE included', () => {
		const imported = importedWorld(files);
		expect(imported.now).toBe(dumpedAt);
		expect(print(imported.world, imported.now)).toEqual(atDump);

		// Two minutes on, both worlds moved the same way: still crash-looping, still failing to pull.
		const later = print(imported.t(120_000), dumpedAt + 120_000);
		original.advanceTo(dumpedAt + 120_000);
		expect(later).toEqual(print(original.world, original.now));
		// Ten minutes on, the crash-looping pod has restarted more.
		const restarts = (text: string) =>
			Number(/^payments +payments-api-\w+-\w+ +0\/1 +\S+ +(\d+)/m.exec(text)?.[1]);
		const after = print(imported.t(600_000), dumpedAt + 600_000)[0];
		expect(restarts(after)).toBeGreaterThan(restarts(atDump[0]));
		expect(after).toMatch(
			/^payments +payments-secondary-\w+-\w+ +0\/1 +(ImagePullBackOff|ErrImagePull) +0 +\w+$/m
		);
	}, 120_000);

	it('reads the same dump as one YAML file as it does split across YAML and JSON files', () => {
		const one = [
			{
				name: 'all.yaml',
				text: original.kubectl(
					'get nodes,namespaces,deployments,replicasets,statefulsets,daemonsets,pods,services,configmaps,pdb,hpa -A -o yaml'
				)
			}
		];
		const a = importDump(one);
		const b = importDump(files);
		if (!a.ok || !b.ok) throw new Error('import failed');
		const key = (o: { kind: string; metadata: { namespace?: string; name: string } }) =>
			`${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
		expect(a.objects.map(key).sort()).toEqual(b.objects.map(key).sort());
	});
});
