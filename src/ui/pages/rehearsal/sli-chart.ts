/**
 * The live SLI chart: each service's error rate (percent) along the run, from the controller's
 * health samples, with the tightest SLO's error budget as the threshold line.
 */
import type { HealthSample } from '../../../adapters/runtime/runtime';
import type { Chart } from '../../../core/scenario/charts';
import type { ScenarioView } from '../../rehearsal/scenario-view';

/** Percent, six decimals (no floating-point noise in the labels). */
function percent(fraction: number): number {
	return Math.round(fraction * 100 * 1e6) / 1e6;
}

export function errorRateChart(
	scenario: Pick<ScenarioView, 'health'>,
	samples: readonly HealthSample[]
): Chart {
	const services = scenario.health.services;
	const budgets = services.map((s) => Math.round((100 - s.slo.objective) * 1e6) / 1e6);
	return {
		title: 'Error rate',
		unit: 'percent',
		...(budgets.length > 0 ? { threshold: Math.min(...budgets), thresholdLabel: 'SLO' } : {}),
		series: services.map((s) => ({
			label: s.title,
			points: samples.map((sample) => {
				const sli = sample.slis[s.id];
				return { t: sample.t, value: sli ? percent(sli.errorRate) : null };
			})
		}))
	};
}
