import { describe, expect, it } from 'vitest';
import type { HealthSample } from '../../adapters/runtime/runtime';
import { HealthSeries } from './health-series';

function sample(t: number, errorRate: number): HealthSample {
	return {
		t,
		slis: { payments: { errorRate, latencyMs: 380, saturation: 1.4, ready: 5 } },
		holds: false
	};
}

describe('HealthSeries', () => {
	it('keeps one sample per 15 s and the latest newer one', () => {
		const series = new HealthSeries();
		expect(series.due(0)).toBe(true);
		series.add(sample(0, 0.12));
		expect(series.due(14_999)).toBe(false);
		series.add(sample(4_000, 0.11));
		series.add(sample(9_000, 0.08));
		expect(series.samples).toEqual([sample(0, 0.12), sample(9_000, 0.08)]);
		expect(series.due(15_000)).toBe(true);
		series.add(sample(15_000, 0.05));
		expect(series.samples).toEqual([sample(0, 0.12), sample(15_000, 0.05)]);
	});

	it('ignores a latest sample older than the one it has', () => {
		const series = new HealthSeries();
		series.add(sample(0, 0.12));
		series.add(sample(9_000, 0.08));
		series.add(sample(5_000, 0.1));
		expect(series.samples).toEqual([sample(0, 0.12), sample(9_000, 0.08)]);
	});
});
