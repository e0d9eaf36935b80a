import { describe, expect, it } from 'vitest';
import type { World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import { prepareScenario, type Prepared } from './prepare';
import { scenario } from './scenario-fixture';
import type { ScenarioInput } from './schema';
import { advanceScenario, sampleScenario, scenarioAt } from './timeline';

const MIN = 60_000;

function prepared(timeline: ScenarioInput['timeline']): Prepared {
	const result = prepareScenario(scenario({ builtin: 'payments' }, timeline));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.prepared;
}

function kubectl(world: World, now: number, line: string): string {
	const r = runKubectl(world, line.split(' '), now);
	return r.stdout + r.stderr;
}

const secondary = (world: World, now: number) =>
	kubectl(world, now, 'get deploy payments-secondary -n payments -o jsonpath={.spec.replicas}');

const CONFIG_MAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: payments-failover
  namespace: payments
data:
  region: eu-west-1
`;

describe('the timeline', () => {
	const p = prepared([
		{
			at: '2m',
			by: 'another engineer',
			note: 'Wrote the failover plan down.',
			apply: CONFIG_MAP
		},
		{
			at: '-10m',
			by: 'automation',
			note: 'Scaled the secondary pool to zero.',
			kubectl: 'kubectl scale deploy/payments-secondary -n payments --replicas=0'
		},
		{
			at: '1m',
			by: 'a previous attempt',
			note: 'Tried to delete a pool that is not there.',
			kubectl: 'k delete deploy payments-tertiary -n payments'
		},
		{
			at: '1m',
			note: 'Scaled the European secondary pool.',
			context: 'prod-eu-west-1',
			kubectl: 'scale deploy/payments-secondary -n payments --replicas=5'
		}
	]);

	it('applies events before the page in order of time, seen by get deploy', () => {
		const before = scenarioAt(p, -15 * MIN);
		expect(secondary(before.world, before.now)).toBe('2');
		expect(before.happened).toEqual([]);
		const paged = scenarioAt(p, 0);
		expect(paged.now).toBe(p.t0);
		expect(kubectl(paged.world, paged.now, 'get deploy payments-secondary -n payments')).toBe(
			'NAME                 READY   UP-TO-DATE   AVAILABLE   AGE\npayments-secondary   0/0     0            0           123d\n'
		);
		expect(paged.happened.map((e) => e.note)).toEqual(['Scaled the secondary pool to zero.']);
		expect(paged.failed).toEqual([]);
	});

	it('applies events after the page: a ConfigMap created, a failure reported, another context', () => {
		const later = scenarioAt(p, 3 * MIN);
		expect(kubectl(later.world, later.now, 'get cm payments-failover -n payments')).toBe(
			'NAME                DATA   AGE\npayments-failover   1      60s\n'
		);
		expect(
			kubectl(later.world, later.now, 'get cm payments-failover -n payments -o jsonpath={.data}')
		).toBe('{"region":"eu-west-1"}');
		expect(later.failed).toEqual([
			{
				event: 2,
				message: 'Error from server (NotFound): deployments.apps "payments-tertiary" not found'
			}
		]);
		expect(later.happened.map((e) => e.note)).toEqual([
			'Scaled the secondary pool to zero.',
			'Scaled the European secondary pool.',
			'Wrote the failover plan down.'
		]);
		const eu = { ...later.world, currentContext: 'prod-eu-west-1' };
		expect(secondary(eu, later.now)).toBe('5');
		expect(secondary(later.world, later.now)).toBe('0');
	});

	it('applies the events in (from, to] of an advance, and none twice', () => {
		const at = (offset: number) => p.t0 + offset;
		const start = scenarioAt(p, 0);
		const first = advanceScenario(p, start.world, at(0), at(MIN));
		expect(first.happened.map((e) => e.note)).toEqual(['Scaled the European secondary pool.']);
		expect(first.failed.map((f) => f.event)).toEqual([2]);
		const second = advanceScenario(p, first.world, at(MIN), at(2 * MIN));
		expect(second.happened.map((e) => e.note)).toEqual(['Wrote the failover plan down.']);
		expect(second.failed).toEqual([]);
		expect(advanceScenario(p, second.world, at(2 * MIN), at(10 * MIN)).happened).toEqual([]);
	});

	it('caches a moment per offset', () => {
		expect(scenarioAt(p, 0)).toBe(scenarioAt(p, 0));
	});

	it('samples the world as it moves, in one pass', () => {
		const samples = [...sampleScenario(p, -12 * MIN, 0, 2 * MIN)];
		expect(samples.map((s) => s.t / MIN)).toEqual([-12, -10, -8, -6, -4, -2, 0]);
		expect(samples.map((s) => s.now - p.t0)).toEqual(samples.map((s) => s.t));
		expect(samples.map((s) => secondary(s.world, s.now))).toEqual([
			'2',
			'0',
			'0',
			'0',
			'0',
			'0',
			'0'
		]);
		const running = (s: (typeof samples)[number]) =>
			kubectl(s.world, s.now, 'get pods -n payments -l pool=secondary --no-headers')
				.split('\n')
				.filter((l) => l.includes('Running')).length;
		expect(samples.map(running)).toEqual([2, 0, 0, 0, 0, 0, 0]);
		const early = [...sampleScenario(p, -40 * MIN, -30 * MIN, 5 * MIN)];
		expect(early.map((s) => [s.t / MIN, s.now - p.now])).toEqual([
			[-40, 0],
			[-35, 0],
			[-30, 0]
		]);
	});
});

describe('timeline events', () => {
	it('keep the written order for events at the same time', () => {
		const p = prepared([
			{ at: '1m', note: 'Created.', apply: CONFIG_MAP },
			{
				at: '1m',
				note: 'Labelled.',
				kubectl: 'kubectl label cm payments-failover -n payments owner=sre'
			}
		]);
		const m = scenarioAt(p, MIN);
		expect(m.failed).toEqual([]);
		expect(
			kubectl(m.world, m.now, 'get cm payments-failover -n payments -o jsonpath={.metadata.labels}')
		).toBe('{"owner":"sre"}');
	});

	it('replace an object in place: same uid and creation time, next generation, rolled out', () => {
		const before = prepared([]);
		const jsonpath =
			'get deploy payments-secondary -n payments -o jsonpath={.metadata.uid}/{.metadata.creationTimestamp}/{.metadata.generation}';
		const original = kubectl(before.world, before.now, jsonpath).split('/');
		const manifest = kubectl(
			before.world,
			before.now,
			'get deploy payments-secondary -n payments -o json'
		).replace('"replicas": 2', '"replicas": 3');
		const p = prepared([{ at: '1m', note: 'Scaled up by hand.', apply: manifest }]);
		const m = scenarioAt(p, 5 * MIN);
		expect(m.failed).toEqual([]);
		const replaced = kubectl(m.world, m.now, jsonpath).split('/');
		expect(replaced).toEqual([original[0], original[1], String(Number(original[2]) + 1)]);
		expect(kubectl(m.world, m.now, 'get deploy payments-secondary -n payments --no-headers')).toBe(
			'payments-secondary   3/3   3     3     123d\n'
		);
	});

	it('fail as values: a pipeline, a bad manifest, a missing namespace', () => {
		const p = prepared([
			{ at: '1m', note: 'Piped.', kubectl: 'kubectl get pods -n payments | grep Running' },
			{ at: '2m', note: 'Broken.', apply: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n' },
			{
				at: '3m',
				note: 'Nowhere.',
				apply: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: orders}\n'
			}
		]);
		expect(scenarioAt(p, 5 * MIN).failed).toEqual([
			{ event: 0, message: 'a timeline command is one kubectl command (no |, ;, && or ||)' },
			{
				event: 1,
				message: 'timeline[1].apply:3:11: document 1 (ConfigMap): metadata.name: Required value'
			},
			{
				event: 2,
				message: 'Error from server (NotFound): namespaces "orders" not found (ConfigMap x)'
			}
		]);
	});
});

describe('an apply that names no namespace', () => {
	it("lands in the context's namespace, as kubectl apply puts it", () => {
		const result = prepareScenario(
			scenario(
				{
					contexts: [
						{
							name: 'lab',
							namespace: 'orders',
							manifests: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: orders}\n'
						}
					]
				},
				[
					{
						at: '1m',
						note: 'Config written.',
						apply: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: limits}\ndata: {rps: "400"}\n'
					}
				]
			)
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const { world, now } = scenarioAt(result.prepared, 2 * MIN);
		expect(kubectl(world, now, 'get cm limits -n orders -o jsonpath={.data.rps}')).toBe('400');
	});
});
