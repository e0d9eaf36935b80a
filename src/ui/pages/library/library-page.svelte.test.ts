import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { createCatalog } from '../../../adapters/scenarios/catalog';
import { memoryScenarioStore } from '../../../adapters/store/scenario-store';
import { FIXTURE_YAML } from '../scenario/fixtures/checkout-pool-drain';
import { variantYaml } from '../scenario/fixtures/variants';
import LibraryPage from './LibraryPage.svelte';

function catalog() {
	const store = memoryScenarioStore({
		initial: [
			{
				id: 'my-hpa-drill',
				title: 'My HPA drill',
				updatedAt: 2,
				yaml: variantYaml({
					id: 'my-hpa-drill',
					title: 'HPA fights a manual scale',
					difficulty: 3,
					tags: ['hpa', 'scale']
				})
			},
			{
				id: 'half-written',
				title: 'Half-written',
				updatedAt: 1,
				yaml: 'id: half-written\ntitle: ['
			}
		]
	});
	return createCatalog(store, {
		scenarios: {
			'/scenarios/checkout-pool-drain.yaml': FIXTURE_YAML,
			'/scenarios/node-not-ready.yaml': variantYaml({
				id: 'node-not-ready',
				title: 'Node NotReady behind a PodDisruptionBudget',
				summary: 'A node stops reporting; cordon and drain it without breaking the PDB.',
				difficulty: 4,
				tags: ['nodes', 'pdb']
			}),
			'/scenarios/sandbox.yaml': variantYaml({
				id: 'sandbox',
				title: 'Free play: the payments cluster',
				difficulty: 1,
				tags: ['sandbox'],
				minutes: 30
			})
		},
		files: {}
	});
}

function cardTitles(): string[] {
	const list = screen.getByRole('list', { name: 'Scenarios' });
	return within(list)
		.getAllByRole('heading', { level: 2 })
		.map((h) => h.textContent?.trim() ?? '');
}

describe('LibraryPage', () => {
	it('shows every scenario as a card, easiest first, with broken ones last', async () => {
		render(LibraryPage, { catalog: catalog() });
		expect(await screen.findByRole('status')).toHaveTextContent('5 scenarios, easiest first');
		expect(cardTitles()).toEqual([
			'Free play: the payments cluster',
			'Drain the unhealthy checkout connection pool',
			'HPA fights a manual scale',
			'Node NotReady behind a PodDisruptionBudget',
			'Half-written'
		]);
	});

	it('shows a card with its link, difficulty, minutes, summary and tags', async () => {
		render(LibraryPage, { catalog: catalog() });
		const card = await screen.findByRole('article', {
			name: 'Drain the unhealthy checkout connection pool'
		});
		expect(within(card).getByRole('link')).toHaveAttribute(
			'href',
			'#/scenarios/checkout-pool-drain'
		);
		expect(within(card).getByRole('img', { name: 'Difficulty 2 of 5' })).toBeInTheDocument();
		expect(card).toHaveTextContent('Easy');
		expect(card).toHaveTextContent('15 min');
		expect(card).toHaveTextContent(
			'The primary checkout pool is exhausting its database connections; move traffic to the secondary pool.'
		);
		const tags = within(within(card).getByRole('list', { name: 'Tags' })).getAllByRole('listitem');
		expect(tags.map((t) => t.textContent)).toEqual(['payments', 'connection-pool', 'scale']);
		expect(within(card).queryByText('Yours')).toBeNull();
	});

	it('marks custom scenarios as yours', async () => {
		render(LibraryPage, { catalog: catalog() });
		const card = await screen.findByRole('article', { name: 'HPA fights a manual scale' });
		expect(within(card).getByText('Yours')).toBeVisible();
		expect(within(card).getByRole('link', { name: 'HPA fights a manual scale' })).toHaveAttribute(
			'href',
			'#/scenarios/my-hpa-drill'
		);
	});

	it('shows a custom scenario that does not load as a card with its first problem', async () => {
		render(LibraryPage, { catalog: catalog() });
		const card = await screen.findByRole('article', { name: 'Half-written' });
		expect(within(card).getByText('Yours')).toBeVisible();
		expect(card.querySelector('.problem')).toHaveTextContent(
			'This scenario does not load: line 2, column 9: Flow sequence in block collection must be sufficiently indented and end with a ]'
		);
		expect(within(card).getByRole('link', { name: 'Open it in the editor' })).toHaveAttribute(
			'href',
			'#/editor/half-written'
		);
	});

	it('searches titles, summaries and tags, every word', async () => {
		render(LibraryPage, { catalog: catalog() });
		const search = await screen.findByRole('searchbox', { name: 'Search scenarios' });
		await fireEvent.input(search, { target: { value: 'PDB' } });
		expect(cardTitles()).toEqual(['Node NotReady behind a PodDisruptionBudget']);
		await fireEvent.input(search, { target: { value: 'drain cordon' } });
		expect(cardTitles()).toEqual(['Node NotReady behind a PodDisruptionBudget']);
		await fireEvent.input(search, { target: { value: 'scale' } });
		expect(cardTitles()).toEqual([
			'Drain the unhealthy checkout connection pool',
			'HPA fights a manual scale'
		]);
		expect(screen.getByRole('status')).toHaveTextContent('2 of 5 scenarios, easiest first');
	});

	it('filters by difficulty and by tag', async () => {
		render(LibraryPage, { catalog: catalog() });
		const difficulty = await screen.findByRole('combobox', { name: 'Difficulty' });
		expect(
			within(difficulty)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Any', '1 · Intro', '2 · Easy', '3 · Medium', '4 · Hard', '5 · Expert']);
		await fireEvent.change(difficulty, { target: { value: '4' } });
		expect(cardTitles()).toEqual(['Node NotReady behind a PodDisruptionBudget']);
		await fireEvent.change(difficulty, { target: { value: '' } });

		const tag = screen.getByRole('combobox', { name: 'Tag' });
		expect(
			within(tag)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Any', 'connection-pool', 'hpa', 'nodes', 'payments', 'pdb', 'sandbox', 'scale']);
		await fireEvent.change(tag, { target: { value: 'sandbox' } });
		expect(cardTitles()).toEqual(['Free play: the payments cluster']);
	});

	it('says when nothing matches and clears the filters', async () => {
		render(LibraryPage, { catalog: catalog() });
		const search = await screen.findByRole('searchbox', { name: 'Search scenarios' });
		await fireEvent.input(search, { target: { value: 'etcd quorum' } });
		expect(screen.queryByRole('list', { name: 'Scenarios' })).toBeNull();
		expect(screen.getByText('No scenario matches “etcd quorum” with these filters.')).toBeVisible();
		await fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
		expect(cardTitles()).toHaveLength(5);
		expect(search).toHaveValue('');
	});

	it('starts from the search and filters it is given, and follows when they change', async () => {
		const view = render(LibraryPage, {
			catalog: catalog(),
			filter: { query: 'drain', difficulty: 4, tag: 'pdb' }
		});
		await screen.findByRole('list', { name: 'Scenarios' });
		expect(cardTitles()).toEqual(['Node NotReady behind a PodDisruptionBudget']);
		expect(screen.getByRole('searchbox', { name: 'Search scenarios' })).toHaveValue('drain');
		expect(screen.getByRole('combobox', { name: 'Difficulty' })).toHaveDisplayValue('4 · Hard');
		expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveDisplayValue('pdb');

		await view.rerender({ filter: { query: '', tag: 'sandbox' } });
		expect(cardTitles()).toEqual(['Free play: the payments cluster']);
		expect(screen.getByRole('searchbox', { name: 'Search scenarios' })).toHaveValue('');
		expect(screen.getByRole('combobox', { name: 'Difficulty' })).toHaveDisplayValue('Any');
	});

	it('keeps a tag no scenario has chosen, and says nothing matches', async () => {
		render(LibraryPage, { catalog: catalog(), filter: { query: '', tag: 'etcd' } });
		expect(await screen.findByText('No scenario matches with these filters.')).toBeVisible();
		const tag = screen.getByRole('combobox', { name: 'Tag' });
		expect(tag).toHaveDisplayValue('etcd');
		expect(
			within(tag)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual([
			'Any',
			'connection-pool',
			'etcd',
			'hpa',
			'nodes',
			'payments',
			'pdb',
			'sandbox',
			'scale'
		]);
	});

	it('reports each change of the search and filters, but not the ones it was given', async () => {
		const changes: unknown[] = [];
		render(LibraryPage, {
			catalog: catalog(),
			filter: { query: 'pool', difficulty: 2 },
			onfilter: (filter: unknown) => changes.push(filter)
		});
		const search = await screen.findByRole('searchbox', { name: 'Search scenarios' });
		await screen.findByRole('list', { name: 'Scenarios' });
		expect(changes).toEqual([]);
		await fireEvent.input(search, { target: { value: 'pool ' } });
		await fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), {
			target: { value: 'scale' }
		});
		await fireEvent.change(screen.getByRole('combobox', { name: 'Difficulty' }), {
			target: { value: '' }
		});
		expect(changes).toEqual([
			{ query: 'pool ', difficulty: 2 },
			{ query: 'pool ', difficulty: 2, tag: 'scale' },
			{ query: 'pool ', tag: 'scale' }
		]);
	});

	it('links to a new scenario in the editor', async () => {
		render(LibraryPage, { catalog: catalog() });
		expect(screen.getByRole('link', { name: 'New scenario' })).toHaveAttribute('href', '#/editor');
	});
});
