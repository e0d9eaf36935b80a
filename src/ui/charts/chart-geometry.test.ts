import { describe, expect, it } from 'vitest';
import type { Chart } from '../../core/scenario/charts';
import { chartGeometry } from './chart-geometry';
import { describeChart } from './chart-summary';

const box = { width: 120, height: 70, margin: { top: 10, right: 10, bottom: 10, left: 10 } };

const errorRate: Chart = {
	title: 'Error rate',
	unit: 'percent',
	threshold: 5,
	series: [
		{
			label: 'payments-api',
			points: [
				{ t: -600_000, value: 0.1 },
				{ t: -300_000, value: 8 },
				{ t: 0, value: 12.4 }
			]
		}
	]
};

describe('chartGeometry', () => {
	it('maps points into the plot area, with t=0 and the threshold marked', () => {
		// x: -10m..0 → 10..110; y: 0..20 (12.4 × 1.1 → 20) → 60..10
		expect(chartGeometry(errorRate, box)).toEqual({
			box,
			paths: ['M10,59.8L60,40L110,29'],
			xTicks: [
				{ at: 10, label: '-10m' },
				{ at: 60, label: '-5m' },
				{ at: 110, label: '0' }
			],
			yTicks: [
				{ at: 60, label: '0%' },
				{ at: 35, label: '10%' },
				{ at: 10, label: '20%' }
			],
			pagedX: 110,
			thresholdY: 47.5
		});
	});

	it('scales to the threshold when it is above every value', () => {
		const chart: Chart = { ...errorRate, threshold: 50 };
		// 50 × 1.1 = 55 → 100
		expect(chartGeometry(chart, box).thresholdY).toBe(35);
	});

	it('gives a count no half-way tick that is not a whole number', () => {
		const chart: Chart = {
			title: 'Ready pods',
			unit: 'count',
			series: [{ label: 'primary', points: [{ t: 0, value: 4 }] }]
		};
		expect(chartGeometry(chart, box).yTicks.map((t) => t.label)).toEqual(['0', '5']);
		const six: Chart = { ...chart, series: [{ label: 'primary', points: [{ t: 0, value: 9 }] }] };
		expect(chartGeometry(six, box).yTicks.map((t) => t.label)).toEqual(['0', '5', '10']);
	});

	it('leaves pagedX out when the chart does not reach t=0', () => {
		const chart: Chart = {
			title: 'Ready pods',
			series: [
				{
					label: 'a',
					points: [
						{ t: -600_000, value: 3 },
						{ t: -300_000, value: 3 }
					]
				}
			]
		};
		const geometry = chartGeometry(chart, box);
		expect(geometry.pagedX).toBeUndefined();
		expect(geometry.thresholdY).toBeUndefined();
	});
});

describe('describeChart', () => {
	it('names a single series by the chart title and says when it crossed the threshold', () => {
		expect(describeChart(errorRate)).toBe(
			'Error rate rose from 0.1% to 12.4%. It crossed the 5% threshold 5 minutes before you were paged.'
		);
	});

	it('names each of several series by its label', () => {
		const chart: Chart = {
			title: 'Ready pods',
			unit: 'count',
			series: [
				{
					label: 'primary',
					points: [
						{ t: -60_000, value: 6 },
						{ t: 0, value: 2 }
					]
				},
				{
					label: 'secondary',
					points: [
						{ t: -60_000, value: 3 },
						{ t: 0, value: 3 }
					]
				},
				{ label: 'tertiary', points: [{ t: 0, value: null }] }
			]
		};
		expect(describeChart(chart)).toBe(
			'primary fell from 6 to 2. secondary held at 3. tertiary: no data.'
		);
	});

	it('says when a chart has no series', () => {
		expect(describeChart({ title: 'Latency', series: [] })).toBe('Latency: no data.');
	});
});
