import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import type { RunRow } from '../../../adapters/store/run-types';
import { activeRun, carefulRun, catchesRun, flawedRun } from '../debrief/fixtures/fixture-runs';
import TrendChart from './TrendChart.svelte';

const TITLE = 'Drain the unhealthy payments connection pool';

function open(rows: RunRow[]) {
	render(TrendChart, { title: TITLE, rows });
	return screen.getByRole('figure', { name: `Trend: ${TITLE}` });
}

describe('TrendChart', () => {
	it('draws the totals over labelled grade bands on a fixed 0-100 axis', () => {
		const figure = open([flawedRun().run, catchesRun().run, carefulRun().run]);
		const bands = [...figure.querySelectorAll('rect.band')].map((r) =>
			[...r.classList].find((c) => c.startsWith('grade-'))
		);
		expect(bands).toEqual(['grade-a', 'grade-b', 'grade-c', 'grade-d', 'grade-f']);
		const text = (selector: string) =>
			[...figure.querySelectorAll(selector)].map((t) => t.textContent);
		expect(text('text.grade')).toEqual(['A', 'B', 'C', 'D', 'F']);
		expect(text('text.tick')).toEqual(['0', '60', '70', '80', '90', '100']);
		expect([...figure.querySelectorAll('circle')].map((c) => c.getAttribute('cy'))).toEqual([
			'46.9',
			'14.7',
			'8'
		]);
		expect(figure).toHaveTextContent('3 finished runs: 71, 95, 100. Latest 100 (A).');
	});

	it('says it in a sentence with one finished run, and draws no chart', () => {
		const figure = open([catchesRun().run, activeRun().run]);
		expect(figure.querySelector('svg')).toBeNull();
		expect(figure).toHaveTextContent('One finished run so far: 95 (A).');
	});

	it('says there is none yet when no run has finished', () => {
		const figure = open([activeRun().run]);
		expect(figure.querySelector('svg')).toBeNull();
		expect(figure).toHaveTextContent('No finished runs yet.');
	});
});
