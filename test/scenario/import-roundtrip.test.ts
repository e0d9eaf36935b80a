/**
 * The import round trip: break the built-in payments world with its own faults, dump every kind
 * the simulator serves with our kubectl as a user would (YAML and JSON, several files), import the
 * dump as a scenario, and the imported cluster prints what the original printed at the dump time —
 * every kind, AGE included — and keeps moving the same way afterwards.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { advanceWorld } from '../../src/core/cluster/advance';
import { API_RESOURCES, type ApiResource } from '../../src/core/cluster/api-resources';
import { BUILTIN_CLUSTERS } from '../../src/core/cluster/builtin/index';
import type { World } from '../../src/core/cluster/types';
import { runKubectl } from '../../src/core/kubectl/run';
import { importDump, scenarioFromDump, type DumpFile } from '../../src/core/scenario/import-dump';
import { loadScenario } from '../../src/core/scenario/load';
import { prepareScenario } from '../../src/core/scenario/prepare';
import { scenarioAt } from '../../src/core/scenario/timeline';

const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const WORKLOADS = ['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'];

/**
 * Every resource the simulator lists, as `kubectl get` names it. Not metrics.k8s.io: PodMetrics and
 * NodeMetrics are computed from usage when read, not objects a cluster stores or a dump restores.
 */
const SERVED: ApiResource[] = API_RESOURCES.filter(
	(r) => r.preferred && r.verbs.includes('list') && r.group !== 'metrics.k8s.io'
);
const typeName = (r: ApiResource) => (r.group ? `${r.name}.${r.group}` : r.name);
const ALL_TYPES = SERVED.map(typeName);

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
	// Off the minute, so AGEs of a few minutes read `3m17s`, and a wrong t=0 shows.
	o.advanceTo(o.now + 3 * 60_000 + 17_000);
}

/** Every served kind, split the way people export: cluster-scoped, workloads, pods, the rest. */
function dumpEverything(o: Original): DumpFile[] {
	const scoped = SERVED.filter((r) => !r.namespaced).map(typeName);
	const workloads = SERVED.filter((r) => WORKLOADS.includes(r.name)).map(typeName);
	const rest = ALL_TYPES.filter((t) => !scoped.includes(t) && !workloads.includes(t));
	const get = (types: string[], output: string) =>
		o.kubectl(['get', types.filter((t) => t !== 'pods').join(','), '-A', '-o', output]);
	return [
		{ name: 'cluster.yaml', text: get(scoped, 'yaml') },
		{ name: 'workloads.json', text: get(workloads, 'json') },
		{ name: 'pods.yaml', text: o.kubectl('get pods -A -o yaml') },
		{ name: 'namespaced.json', text: get(rest, 'json') }
	];
}

function importedWorld(
	files: DumpFile[],
	at: number
): { world: World; now: number; t: (ms: number) => World } {
	const made = scenarioFromDump(files, {
		id: 'payments-imported',
		title: 'Imported',
		context: 'prod',
		at
	});
	if (!made.ok) throw new Error(JSON.stringify(made.problems));
	const loaded = loadScenario(made.yaml, 'payments-imported.yaml');
	if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
	const prepared = prepareScenario(loaded.scenario);
	if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
	const moment = (ms: number) => scenarioAt(prepared.prepared, ms);
	return { world: moment(0).world, now: moment(0).now, t: (ms) => moment(ms).world };
}

/** `kubectl get TYPE -A -o wide` for every served type, keyed by type. */
function printAll(world: World, now: number): Record<string, string> {
	return Object.fromEntries(
		ALL_TYPES.map((type) => {
			const r = runKubectl(world, ['get', type, '-A', '-o', 'wide'], now);
			return [type, `${r.stdout}${r.stderr}`];
		})
	);
}

/**
 * The original's events without the `Pulling` a pod recorded in the pass it started, when a later
 * pass found another pod had pulled the same image on that node at the same moment and switched it
 * to "already present on machine" (kubelet.ts `firstUses`). The imported kubelet knows both pods
 * from the start and tells the consistent story only.
 */
function withoutRetractedPulls(events: string): string {
	const lines = events.split('\n');
	const present = (pod: string) =>
		lines.some((l) => l.includes(` ${pod} `) && l.includes('already present on machine'));
	return lines
		.filter((l) => {
			const m = / Pulling +(pod\/\S+) /.exec(l);
			return !m || !present(m[1]);
		})
		.join('\n');
}

function expectSamePrints(imported: Record<string, string>, original: Record<string, string>) {
	const { events, ...rest } = original;
	const { events: importedEvents, ...importedRest } = imported;
	expect(importedRest).toEqual(rest);
	expect(importedEvents).toBe(withoutRetractedPulls(events));
}

describe('import round trip: the payments world, broken and dumped whole', () => {
	const original = new Original();
	let files: DumpFile[] = [];
	let atDump: Record<string, string> = {};
	let dumpedAt = 0;

	beforeAll(() => {
		breakIt(original);
		files = dumpEverything(original);
		dumpedAt = original.now;
		atDump = printAll(original.world, original.now);
	}, 120_000);

	it('dumps every served kind, CronJobs, Jobs, claims and events among them', () => {
		const kinds = new Set(
			files
				.flatMap((f) => [...f.text.matchAll(/^ {2}kind: (\w+)$|"kind": "(\w+)"/gm)])
				.map((m) => m[1] ?? m[2])
		);
		for (const kind of ['CronJob', 'Job', 'PersistentVolumeClaim', 'DaemonSet', 'Event'])
			expect(kinds).toContain(kind);
		for (const kind of ['StatefulSet', 'Endpoints', 'HorizontalPodAutoscaler', 'Node'])
			expect(kinds).toContain(kind);
	});

	it('the broken world shows what the dump should keep', () => {
		const pods = atDump.pods;
		expect(pods).toMatch(
			/^payments +payments-api-\w+-\w+ +0\/1 +(CrashLoopBackOff|Running|Error) +[1-9]\d* \(\w+ ago\) +\w+ /m
		);
		expect(pods).toMatch(
			/^payments +payments-secondary-\w+-\w+ +0\/1 +(ImagePullBackOff|ErrImagePull) +0 +\w+ /m
		);
		expect(atDump.nodes).toMatch(
			/^ip-10-0-22-204\.ec2\.internal +NotReady +<none> +8d +v1\.32\.3-eks-473151a /m
		);
		expect(atDump['cronjobs.batch']).toMatch(/^payments +payments-reconcile +15 \*\/4 \* \* \* /m);
	});

	it('prints exactly what the original printed at the dump time, every kind, AGE included', () => {
		const imported = importedWorld(files, dumpedAt);
		expect(imported.now).toBe(dumpedAt);
		expectSamePrints(printAll(imported.world, imported.now), atDump);

		// Two minutes on, both worlds moved the same way: still crash-looping, still failing to pull.
		const later = printAll(imported.t(120_000), dumpedAt + 120_000);
		const moved = advanceWorld(original.world, dumpedAt, dumpedAt + 120_000);
		expectSamePrints(later, printAll(moved, dumpedAt + 120_000));
		// Ten minutes on, the crash-looping pod has restarted more.
		const restarts = (text: string) =>
			Number(/^payments +payments-api-\w+-\w+ +0\/1 +\S+ +(\d+)/m.exec(text)?.[1]);
		const after = printAll(imported.t(600_000), dumpedAt + 600_000).pods;
		expect(restarts(after)).toBeGreaterThan(restarts(atDump.pods));
		expect(after).toMatch(
			/^payments +payments-secondary-\w+-\w+ +0\/1 +(ImagePullBackOff|ErrImagePull) +0 +\w+ /m
		);
	}, 120_000);

	it('without --at, starts at the newest timestamp in the dump and says so', () => {
		const imported = importDump(files);
		if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
		expect(imported.estimated).toBe(true);
		expect(imported.now).toBeLessThanOrEqual(dumpedAt);
		expect(imported.now).toBeGreaterThan(dumpedAt - 5 * 60_000);
		const made = scenarioFromDump(files, { id: 'p', title: 'P', context: 'prod' });
		if (!made.ok) throw new Error(JSON.stringify(made.problems));
		const start = new Date(imported.now).toISOString().replace('.000Z', 'Z');
		expect(made.yaml).toContain(
			`  start: ${start} # the dump's newest timestamp; it was taken then or later, so AGE may read younger than it did (preflight import --at TIME sets when)\n`
		);
	});

	it('refuses an export time before something the dump holds', () => {
		const early = dumpedAt - 3_600_000;
		const r = importDump(files, { at: early });
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.problems).toHaveLength(1);
		expect(r.problems[0].message).toMatch(
			/^the dump cannot have been taken at 2026-03-14T08:44:17Z: it holds a later time, 2026-03-14T09:\d\d:\d\dZ$/
		);
	});

	it('reads the same dump as one YAML file as it does split across YAML and JSON files', () => {
		const one = [
			{ name: 'all.yaml', text: original.kubectl(['get', ALL_TYPES.join(','), '-A', '-o', 'yaml']) }
		];
		const a = importDump(one, { at: dumpedAt });
		const b = importDump(files, { at: dumpedAt });
		if (!a.ok || !b.ok) throw new Error('import failed');
		const key = (o: { kind: string; metadata: { namespace?: string; name: string } }) =>
			`${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
		expect(a.objects.map(key).sort()).toEqual(b.objects.map(key).sort());
		expect(a.warnings).toEqual([]);
	});
});
