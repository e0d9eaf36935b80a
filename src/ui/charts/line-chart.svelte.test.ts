import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import type { Chart } from '../../core/scenario/charts';
import LineChart from './LineChart.svelte';

const box = { width: 120, height: 70, margin: { top: 10, right: 10, bottom: 10, left: 10 } };

const chart: Chart = {
	title: 'Checkout error rate',
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
		},
		{
			label: 'checkout-web',
			points: [
				{ t: -600_000, value: 0.2 },
				{ t: -300_000, value: null },
				{ t: 0, value: 0.4 }
			]
		}
	]
};

describe('LineChart', () => {
	it('is a figure named by its title and described by its summary', () => {
		render(LineChart, { chart, box });
		const figure = screen.getByRole('figure', { name: 'Checkout error rate' });
		expect(figure).toHaveAccessibleDescription(
			'payments-api rose from 0.1% to 12.4%. It crossed the 5% threshold 5 minutes before you were paged. checkout-web rose from 0.2% to 0.4%.'
		);
	});

	it('draws one path per series through the known points', () => {
		const { container } = render(LineChart, { chart, box });
		const paths = [...container.querySelectorAll('path.series')].map((p) => [
			p.getAttribute('data-series'),
			p.getAttribute('d')
		]);
		expect(paths).toEqual([
			['payments-api', 'M10,59.8L60,40L110,29'],
			['checkout-web', 'M10,59.5M110,59']
		]);
	});

	it('draws the threshold and marks the page at t=0', () => {
		const { container } = render(LineChart, { chart, box });
		const threshold = container.querySelector('line.threshold');
		expect(threshold?.getAttribute('y1')).toBe('47.5');
		expect(threshold?.textContent).toBe('threshold 5%');
		expect(container.querySelector('line.paged')?.getAttribute('x1')).toBe('110');
		expect(container.querySelector('text.paged-label')?.textContent).toBe('paged');
		const xLabels = [...container.querySelectorAll('text.xlabel')].map((t) => t.textContent);
		expect(xLabels).toEqual(['-10m', '-5m', '0']);
	});

	it('lists the series and the threshold in the legend', () => {
		render(LineChart, { chart, box });
		const items = screen.getAllByRole('listitem').map((li) => li.textContent?.trim());
		expect(items).toEqual(['payments-api', 'checkout-web', 'threshold 5%']);
	});

	it('names the line as the chart says (the live chart calls it the SLO)', () => {
		render(LineChart, { chart: { ...chart, thresholdLabel: 'SLO' }, box });
		const items = screen.getAllByRole('listitem').map((li) => li.textContent?.trim());
		expect(items).toEqual(['payments-api', 'checkout-web', 'SLO 5%']);
		expect(screen.getByRole('figure').textContent).toContain('SLO');
	});
});
