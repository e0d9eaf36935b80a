import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { Catalog } from '../../../adapters/scenarios/catalog';
import type { StoredRun } from '../../../adapters/store/run-types';
import {
	activeRun,
	carefulRun,
	catchesRun,
	fixtureStore,
	flawedRun
} from '../debrief/fixtures/fixture-runs';
import HistoryPage from './HistoryPage.svelte';

const catalog: Catalog = {
	list: async () => [],
	get: async () => undefined,
	filesFor: async () => ({})
};

function open(initial: StoredRun[] = [flawedRun(), catchesRun(), carefulRun(), activeRun()]) {
	const runs = fixtureStore(initial);
	const save = vi.fn();
	render(HistoryPage, { runs, catalog, save, wall: () => Date.UTC(2026, 2, 7, 10, 0, 0) });
	return { runs, save };
}

function rowTexts(): string[] {
	return screen
		.getAllByRole('row')
		.slice(1)
		.map((r) =>
			within(r)
				.getAllByRole('cell')
				.slice(0, 4)
				.map((c) => c.textContent?.trim())
				.join(' | ')
		);
}

async function upload(text: string) {
	const input = document.querySelector('input[type=file]') as HTMLInputElement;
	await fireEvent.change(input, {
		target: { files: [new File([text], 'runs.json', { type: 'application/json' })] }
	});
}

describe('HistoryPage', () => {
	it('lists runs newest first with their scores and grades', async () => {
		open();
		await screen.findByRole('table');
		expect(rowTexts()).toEqual([
			'2026-03-06 08:15 UTC | Approve | Still going | —',
			'2026-03-05 09:40 UTC | Approve | Finished | 100 A',
			'2026-03-04 16:03 UTC | Approve | Finished | 95 A',
			'2026-03-04 14:12 UTC | Approve | Finished | 71 C'
		]);
		const rows = screen.getAllByRole('row').slice(1);
		expect(within(rows[0]).getByRole('link', { name: 'Resume' })).toHaveAttribute(
			'href',
			'#/run/5a8e2c71-64bd-4f09-b3a2-7d1c0e9f6b24'
		);
		expect(within(rows[3]).getByRole('link', { name: 'Debrief' })).toHaveAttribute(
			'href',
			'#/debrief/3f1c9a52-8d4e-4b7a-9c21-5e0d7a6b4f18'
		);
	});

	it('shows a run the trainee started over as abandoned, with no way back into it', async () => {
		const active = activeRun();
		const abandoned: StoredRun = { ...active, run: { ...active.run, status: 'abandoned' } };
		open([carefulRun(), abandoned]);
		await screen.findByRole('table');
		expect(rowTexts()).toEqual([
			'2026-03-06 08:15 UTC | Approve | Abandoned | —',
			'2026-03-05 09:40 UTC | Approve | Finished | 100 A'
		]);
		const row = screen.getAllByRole('row')[1];
		expect(within(row).queryAllByRole('link')).toEqual([]);
		expect(
			within(row)
				.getAllByRole('button')
				.map((b) => b.textContent)
		).toEqual(['Delete…']);
	});

	it('draws one trend point per finished run, oldest first', async () => {
		open();
		const trend = await screen.findByRole('figure', {
			name: 'Trend: Drain the unhealthy payments connection pool'
		});
		const points = [...trend.querySelectorAll('circle')].map((c) => c.getAttribute('data-total'));
		expect(points).toEqual(['71', '95', '100']);
		expect(trend).toHaveTextContent('3 finished runs: 71, 95, 100. Latest 100 (A).');
	});

	it('says in one line when an import is not JSON, and imports nothing', async () => {
		const { runs } = open([flawedRun()]);
		await screen.findByRole('table');
		await upload('PK\u0003\u0004 not json');
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'That file is not JSON: choose a file saved with “Export”.'
		);
		expect(runs.runs.size).toBe(1);
	});

	it("passes on the store's reason when the JSON is not an export", async () => {
		open([flawedRun()]);
		await screen.findByRole('table');
		await upload('{"runs": 3}');
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Nothing imported: this is not a Preflight runs export'
		);
	});

	it('adds the runs of a valid export', async () => {
		const source = fixtureStore([catchesRun(), carefulRun()]);
		const doc = await source.exportRuns();
		open([flawedRun()]);
		await screen.findByRole('table');
		expect(rowTexts()).toHaveLength(1);
		await upload(JSON.stringify(doc));
		expect(await screen.findByRole('status')).toHaveTextContent('Imported 2 runs.');
		await vi.waitFor(() => expect(rowTexts()).toHaveLength(3));
	});

	it('exports all runs', async () => {
		const { save } = open();
		await screen.findByRole('table');
		await fireEvent.click(screen.getByRole('button', { name: 'Export all' }));
		expect(await screen.findByRole('status')).toHaveTextContent('Exported 4 runs.');
		expect(save.mock.calls[0][0]).toBe('preflight-runs-2026-03-07.json');
		expect(save.mock.calls[0][1].runs).toHaveLength(4);
	});

	it('deletes a run only once confirmed', async () => {
		const { runs } = open([flawedRun(), carefulRun()]);
		await screen.findByRole('table');
		const row = screen.getAllByRole('row')[2];
		await fireEvent.click(within(row).getByRole('button', { name: 'Delete…' }));
		await fireEvent.click(within(row).getByRole('button', { name: 'Keep' }));
		expect(runs.runs.size).toBe(2);
		await fireEvent.click(within(row).getByRole('button', { name: 'Delete…' }));
		await fireEvent.click(within(row).getByRole('button', { name: 'Delete' }));
		expect(await screen.findByRole('status')).toHaveTextContent('Run deleted.');
		expect([...runs.runs.keys()]).toEqual([carefulRun().run.id]);
		await vi.waitFor(() =>
			expect(rowTexts()).toEqual(['2026-03-05 09:40 UTC | Approve | Finished | 100 A'])
		);
	});

	it('points to the library when there are no runs', async () => {
		open([]);
		const empty = await screen.findByRole('region', { name: 'No runs' });
		expect(empty).toHaveTextContent(
			'No rehearsals yet. Pick a scenario in the library and rehearse it; your runs and their scores will be kept here.'
		);
		expect(within(empty).getByRole('link', { name: 'library' })).toHaveAttribute(
			'href',
			'#/scenarios'
		);
	});
});
