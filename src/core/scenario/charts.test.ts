import { beforeAll, describe, expect, it } from 'vitest';
import { advanceWorld } from '../cluster/advance';
import type { World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import { briefingCharts, chartsFromSamples } from './charts';
import { NOW, testWorld, US_MANIFESTS } from './health-world.test-util';
import { prepareScenario } from './prepare';
import { Scenario, type ScenarioInput } from './schema';

const DASHBOARDS: NonNullable<ScenarioInput['briefing']['dashboards']> = [
	{
		title: 'Checkout error rate',
		unit: 'percent',
		threshold: 5,
		series: [{ service: 'payments', metric: 'errorRate' }]
	},
	{
		title: 'Latency and load',
		series: [
			{ label: 'p50 latency', service: 'payments', metric: 'latency' },
			{ label: 'saturation', service: 'payments', metric: 'saturation' },
			{ label: 'error fraction', service: 'payments', metric: 'errorRate' }
		]
	},
	{
		title: 'Pods',
		unit: 'count',
		series: [
			{ label: 'Ready', service: 'payments', metric: 'ready' },
			{ label: 'secondary replicas', value: 'deploy/payments-secondary@payments{.spec.replicas}' },
			{
				label: 'image',
				value: 'deploy/payments-primary@payments{.spec.template.spec.containers[0].image}'
			},
			{
				label: 'max connections',
				value: "cm/payments-pools@payments{.data['primary.maxConnections']}"
			},
			{ label: 'unknown service', service: 'checkout', metric: 'ready' }
		]
	}
];

function scenario(extra: Partial<ScenarioInput> = {}): Scenario {
	return Scenario.parse({
		id: 'payments-pool-errors',
		title: 'Payments primary pool returns errors',
		summary: 'A quarter of requests to the primary pool fail.',
		difficulty: 2,
		minutes: 15,
		briefing: {
			alert: { severity: 'SEV2', title: 'payments 5xx above 5%', text: 'Error rate is 16.8%.' },
			dashboards: DASHBOARDS
		},
		runbook: { title: 'Payments pools', markdown: '1. Drain the primary pool.' },
		world: {
			contexts: [{ name: 'prod-us-east-1', namespace: 'payments', manifests: US_MANIFESTS }]
		},
		health: {
			services: [
				{
					id: 'payments',
					title: 'payments-api',
					demand: 300,
					routes: [
						{
							namespace: 'payments',
							pools: [
								{ selector: 'pool=primary', rpsPerPod: 100, errorRate: 0.25 },
								{ selector: 'pool=secondary', rpsPerPod: 100 }
							]
						}
					]
				}
			]
		},
		...extra
	});
}

describe('chartsFromSamples', () => {
	let before: World;
	let after: World;
	beforeAll(() => {
		before = testWorld();
		const scaled = runKubectl(
			before,
			['scale', 'deploy/payments-secondary', '--replicas=6'],
			NOW
		).world;
		after = advanceWorld(scaled, NOW, NOW + 60_000);
	});

	it('draws each dashboard in its unit, one point per sample', () => {
		const samples = [
			{ t: -60_000, now: NOW, world: before },
			{ t: 0, now: NOW + 60_000, world: after }
		];
		const points = (...values: (number | null)[]) =>
			values.map((value, i) => ({ t: [-60_000, 0][i], value }));
		expect(chartsFromSamples(scenario(), samples)).toEqual([
			{
				title: 'Checkout error rate',
				unit: 'percent',
				threshold: 5,
				series: [{ label: 'payments-api', points: points(16.766667, 10.1) }]
			},
			{
				title: 'Latency and load',
				series: [
					{ label: 'p50 latency', points: points(160, 114.285714) },
					{ label: 'saturation', points: points(0.5, 0.3) },
					{ label: 'error fraction', points: points(0.167667, 0.101) }
				]
			},
			{
				title: 'Pods',
				unit: 'count',
				series: [
					{ label: 'Ready', points: points(6, 10) },
					{ label: 'secondary replicas', points: points(2, 6) },
					{ label: 'image', points: points(null, null) },
					{ label: 'max connections', points: points(200, 200) },
					{ label: 'unknown service', points: points(null, null) }
				]
			}
		]);
	});

	it('has empty series without samples, and no charts without dashboards', () => {
		const empty = chartsFromSamples(scenario(), []);
		expect(empty.map((c) => c.series.map((s) => s.points.length))).toEqual([
			[0],
			[0, 0, 0],
			[0, 0, 0, 0, 0]
		]);
		const plain = scenario({
			briefing: { alert: { severity: 'SEV3', title: 'x', text: 'y' } }
		});
		expect(chartsFromSamples(plain, [{ t: 0, now: NOW, world: before }])).toEqual([]);
	});
});

describe('briefingCharts', () => {
	it('samples from -history to t=0 every 30s with the timeline applied', () => {
		const prepared = prepareScenario(
			scenario({
				world: {
					contexts: [{ name: 'prod-us-east-1', namespace: 'payments', manifests: US_MANIFESTS }],
					history: '3m'
				},
				timeline: [
					{
						at: '-90s',
						by: 'another engineer',
						note: 'Scaled the secondary pool to 6 to absorb the errors.',
						kubectl: 'kubectl scale deploy/payments-secondary -n payments --replicas=6'
					}
				]
			})
		);
		if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
		const charts = briefingCharts(prepared.prepared);
		expect(charts[2].series[0].points).toEqual([
			{ t: -180_000, value: 6 },
			{ t: -150_000, value: 6 },
			{ t: -120_000, value: 6 },
			{ t: -90_000, value: 6 },
			{ t: -60_000, value: 10 },
			{ t: -30_000, value: 10 },
			{ t: 0, value: 10 }
		]);
		expect(charts[0].series[0].points.map((p) => p.value)).toEqual([
			16.766667, 16.766667, 16.766667, 16.766667, 10.1, 10.1, 10.1
		]);
		expect(
			briefingCharts(prepared.prepared, { until: 60_000, step: 60_000 })[2].series[1].points
		).toEqual([
			{ t: -180_000, value: 2 },
			{ t: -120_000, value: 2 },
			{ t: -60_000, value: 6 },
			{ t: 0, value: 6 },
			{ t: 60_000, value: 6 }
		]);
	});
});
