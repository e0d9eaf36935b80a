import { beforeAll, describe, expect, it } from 'vitest';
import { advanceWorld } from '../cluster/advance';
import type { World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import { budgetBurned, resolutionHolds, resolvedAt, slisAt, type Sli } from './health';
import { NOW, testWorld } from './health-world.test-util';
import { Health, Service, type ScenarioInput } from './schema';

type HealthInput = NonNullable<ScenarioInput['health']>;
type ServiceInput = NonNullable<HealthInput['services']>[number];

let world: World;
beforeAll(() => {
	world = testWorld();
});

const PRIMARY = { selector: 'app=payments,pool=primary', rpsPerPod: 100, errorRate: 0.25 };
const SECONDARY = { selector: 'app=payments,pool=secondary', rpsPerPod: 100 };

function service(overrides: Partial<ServiceInput> = {}): ServiceInput {
	return {
		id: 'payments',
		title: 'Payments API',
		demand: 300,
		routes: [{ namespace: 'payments', pools: [PRIMARY, SECONDARY] }],
		...overrides
	};
}

function slis(input: ServiceInput, w = world, now = NOW): Sli {
	return rounded(slisAt(Health.parse({ services: [input] }), w, now, 0)[input.id]);
}

/** Nine decimals, so hand-written formulas and the model's order of operations agree. */
function rounded(sli: Sli): Sli {
	const r = (n: number) => Math.round(n * 1e9) / 1e9;
	return {
		errorRate: r(sli.errorRate),
		latencyMs: r(sli.latencyMs),
		saturation: r(sli.saturation),
		ready: sli.ready
	};
}

/** Runs kubectl at NOW, then lets the controllers bring pods up for a minute. */
function after(argv: string[], from = world): World {
	const result = runKubectl(from, argv, NOW);
	if (result.exitCode !== 0) throw new Error(result.stderr);
	return advanceWorld(result.world, NOW, NOW + 60_000);
}

describe('slisAt', () => {
	it('splits a route over its Ready pods: 4 primary at 25% errors + 2 healthy secondary', () => {
		// errors: 4/6 × 0.25 + 0.001 baseline; ρ = 300 / (6 × 100) = 0.5; latency 80 / (1 - 0.5).
		expect(slis(service())).toEqual(
			rounded({
				errorRate: 4 / 6 / 4 + 0.001,
				latencyMs: 160,
				saturation: 0.5,
				ready: 6
			})
		);
	});

	it('dilutes the bad pool when the healthy one scales up', () => {
		const scaled = after(['scale', 'deploy/payments-secondary', '-n', 'payments', '--replicas=6']);
		// 4 of 10 pods at 25%; ρ = 300 / 1000 = 0.3.
		expect(slis(service(), scaled, NOW + 60_000)).toEqual(
			rounded({
				errorRate: 0.4 * 0.25 + 0.001,
				latencyMs: 80 / 0.7,
				saturation: 0.3,
				ready: 10
			})
		);
	});

	it('overloads what is left when the bad pool is drained: (1 - 1/ρ) of requests fail', () => {
		const drained = after(['scale', 'deploy/payments-primary', '-n', 'payments', '--replicas=0']);
		// ρ = 300 / 200 = 1.5: a third fail at the timeout, the rest at the capped 20 × baseMs.
		expect(slis(service(), drained, NOW + 60_000)).toEqual(
			rounded({
				errorRate: 1 - 1 / 1.5 + 0.001,
				latencyMs: (2 / 3) * 1600 + (1 / 3) * 3000,
				saturation: 1.5,
				ready: 2
			})
		);
	});

	it('fails every request of a route with no Ready pod, and caps latency at the timeout', () => {
		const batch = { selector: 'pool=batch', rpsPerPod: 50 };
		expect(
			slis(
				service({
					latency: { baseMs: 120, timeoutMs: 2000 },
					routes: [
						{ namespace: 'payments', weight: 3, pools: [SECONDARY] },
						{ namespace: 'payments', weight: 1, pools: [batch] }
					]
				})
			)
		).toEqual(
			rounded({
				// 3/4 to secondary at ρ = 225 / 200, 1/4 nowhere.
				errorRate: 0.75 * (1 - 200 / 225) + 0.25 + 0.001,
				latencyMs: 0.75 * ((200 / 225) * 2000 + (1 - 200 / 225) * 2000) + 0.25 * 2000,
				saturation: 0.75 * (225 / 200) + 0.25 * 10,
				ready: 2
			})
		);
	});

	it('weighs routes by value expressions; a missing value weighs 0', () => {
		const routes = (usWeight: string) => [
			{
				context: 'prod-us-east-1',
				namespace: 'payments',
				weight: usWeight,
				pools: [SECONDARY]
			},
			{
				context: 'prod-eu-west-1',
				namespace: 'payments',
				pools: [{ selector: 'pool=primary', rpsPerPod: 100, errorRate: 0.1 }]
			}
		];
		// cm replicas = "3": 3/4 of 400 rps to us (ρ = 1.5), 1/4 to eu (ρ = 100/300).
		expect(
			slis(service({ demand: 400, routes: routes('cm/payments-pools{.data.replicas}') }))
		).toEqual(
			rounded({
				errorRate: 0.75 * (1 / 3) + 0.25 * 0.1 + 0.001,
				latencyMs: 0.75 * ((2 / 3) * 1600 + (1 / 3) * 3000) + 0.25 * (80 / (1 - 1 / 3)),
				saturation: 0.75 * 1.5 + 0.25 * (1 / 3),
				ready: 5
			})
		);
		expect(slis(service({ demand: 400, routes: routes('cm/payments-pools{.data.nope}') }))).toEqual(
			// Everything to eu: ρ = 400 / 300, a quarter fails there, a tenth of the rest.
			rounded({
				errorRate: 0.25 + 0.75 * 0.1 + 0.001,
				latencyMs: 0.75 * 1600 + 0.25 * 3000,
				saturation: 400 / 300,
				ready: 5
			})
		);
	});

	it('fails everything when every weight is 0: traffic has nowhere to go', () => {
		const input = service({ routes: [{ namespace: 'payments', weight: 0, pools: [PRIMARY] }] });
		expect(slis(input)).toEqual({ errorRate: 1, latencyMs: 3000, saturation: 0, ready: 4 });
	});

	it('takes the first errorRateWhen that holds, else the pool errorRate', () => {
		const pool = (when: string[]) => ({
			...SECONDARY,
			errorRate: 0.02,
			errorRateWhen: when.map((w, i) => ({ when: w, rate: [0.5, 0.3][i] }))
		});
		const rate = (when: string[]) =>
			slis(
				service({
					demand: 100,
					baselineErrorRate: 0,
					routes: [{ namespace: 'payments', pools: [pool(when)] }]
				})
			).errorRate;
		expect(rate(['pods@payments[pool=reconcile]{count} == 2', 't >= 0'])).toBe(0.5);
		expect(rate(['t < 0', 'exists cm/payments-pools'])).toBe(0.3);
		expect(rate(['t < 0', 'missing cm/payments-pools'])).toBe(0.02);
	});

	it('clamps the error rate at 1', () => {
		const input = service({
			baselineErrorRate: 0.05,
			routes: [{ namespace: 'payments', pools: [{ ...SECONDARY, errorRate: 1 }] }]
		});
		expect(slis(input).errorRate).toBe(1);
	});
});

describe('budgetBurned', () => {
	const svc = Service.parse({ ...service(), slo: { objective: 99, window: '1h' } });
	const at = (t: number, errorRate: number) => ({
		t,
		sli: { errorRate, latencyMs: 80, saturation: 0.5, ready: 6 }
	});

	it('integrates the error rate by trapezoids over what the SLO allows in its window', () => {
		// 60s between 1% and 3% → 1.2 s of full failure; the window allows 1% of 3600 s = 36 s.
		expect(budgetBurned(svc, [at(0, 0.01), at(60_000, 0.03)])).toBeCloseTo(1.2 / 36, 12);
		expect(budgetBurned(svc, [at(0, 0.01), at(60_000, 0.03), at(120_000, 0.03)])).toBeCloseTo(
			3 / 36,
			12
		);
	});

	it('burns nothing without an interval', () => {
		expect(budgetBurned(svc, [])).toBe(0);
		expect(budgetBurned(svc, [at(0, 1)])).toBe(0);
	});

	it('uses the default objective (99.9%) and window (30 days)', () => {
		const monthly = Service.parse(service());
		expect(budgetBurned(monthly, [at(0, 1), at(2_592_000, 1)])).toBeCloseTo(1, 9);
	});
});

describe('resolvedAt', () => {
	const health = Health.parse({ services: [], resolved: { when: 't > 0', for: '2m' } });
	const run = (pattern: string) =>
		[...pattern].map((c, i) => ({ t: i * 30_000, holds: c === 'T' }));

	it('is the first sample at which the condition has held for `for`', () => {
		expect(resolvedAt(health, run('FTTFTTTTTT'))).toBe(240_000);
		expect(resolvedAt(health, run('TTTTT'))).toBe(120_000);
	});

	it('is undefined when the condition never holds long enough, or there is none', () => {
		expect(resolvedAt(health, run('TTTTFTTTT'))).toBe(undefined);
		expect(resolvedAt(Health.parse({ services: [] }), run('TTTTTTTT'))).toBe(undefined);
	});

	it('resolves at the first holding sample when `for` is 0', () => {
		const now = Health.parse({ services: [], resolved: { when: 't > 0', for: '0s' } });
		expect(resolvedAt(now, run('FFT'))).toBe(60_000);
	});

	it('evaluates the condition with the SLIs at hand', () => {
		const model = (when: string) => Health.parse({ services: [service()], resolved: { when } });
		expect(resolutionHolds(model('sli(payments).errorRate < 0.05'), world, NOW, 0)).toBe(false);
		expect(resolutionHolds(model('sli(payments).ready >= 6 and t == 0'), world, NOW, 0)).toBe(true);
		expect(resolutionHolds(Health.parse({ services: [] }), world, NOW, 0)).toBe(false);
	});
});
