import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { createCatalog, type Catalog } from '../../../adapters/scenarios/catalog';
import { memoryScenarioStore } from '../../../adapters/store/scenario-store';
import { FIXTURE_CHARTS, FIXTURE_YAML, fixtureScenario } from './fixtures/checkout-pool-drain';
import ScenarioPage from './ScenarioPage.svelte';
import ScenarioView from './ScenarioView.svelte';

function catalog() {
	const store = memoryScenarioStore({
		initial: [
			{ id: 'broken-one', title: 'Broken one', updatedAt: 1, yaml: 'id: [' },
			{
				id: 'my-copy',
				title: 'My copy',
				updatedAt: 2,
				yaml: FIXTURE_YAML.replace('id: checkout-pool-drain', 'id: my-copy')
			}
		]
	});
	return createCatalog(store, {
		scenarios: { '/scenarios/checkout-pool-drain.yaml': FIXTURE_YAML },
		files: {}
	});
}

describe('ScenarioView', () => {
	it('shows the header: title, difficulty, minutes, tags and goals', () => {
		render(ScenarioView, { scenario: fixtureScenario(), charts: FIXTURE_CHARTS });
		const article = screen.getByRole('article', {
			name: 'Drain the unhealthy checkout connection pool'
		});
		expect(within(article).getByRole('img', { name: 'Difficulty 2 of 5' })).toBeInTheDocument();
		expect(article.querySelector('.meta')).toHaveTextContent(
			'Easy 15 min paymentsconnection-poolscale'
		);
		const goals = within(screen.getByRole('region', { name: 'What you will practise' }))
			.getAllByRole('listitem')
			.map((li) => li.textContent);
		expect(goals).toEqual([
			'Confirm the secondary pool exists and is Ready before draining the primary.',
			'Stage the rollback before scaling anything down.'
		]);
	});

	it('shows the alert as the pager does, with its text sanitised', () => {
		render(ScenarioView, { scenario: fixtureScenario(), charts: FIXTURE_CHARTS });
		const alert = screen.getByRole('region', {
			name: '[FIRING:1] CheckoutErrorRateHigh checkout (prod-us-east-1)'
		});
		expect(alert).toHaveClass('sev2');
		expect(alert.querySelector('.source')).toHaveTextContent('SEV2 PagerDuty · checkout');
		expect(alert.querySelector('.fired')).toHaveTextContent(
			'Fired 4 minutes before you were paged.'
		);
		expect(alert.querySelector('.markdown')?.innerHTML).toBe(
			'<p>Error rate for <strong>checkout</strong> is above 5% for 5 minutes.\nSee the <a href="https://grafana.example.com/d/checkout" target="_blank" rel="noopener noreferrer">dashboard</a> </p>\n'
		);
	});

	it('shows the symptoms without their event handlers', () => {
		render(ScenarioView, { scenario: fixtureScenario(), charts: FIXTURE_CHARTS });
		const symptoms = within(screen.getByRole('region', { name: 'Symptoms' })).getAllByRole(
			'listitem'
		);
		expect(symptoms.map((s) => s.textContent?.trim())).toEqual([
			'checkout-primary pods log FATAL: remaining connection slots are reserved',
			'Card payments time out after 3 s'
		]);
		expect(symptoms[1].querySelector('img')?.outerHTML).toBe('<img src="x">');
	});

	it('draws each dashboard as a chart with its series', () => {
		const { container } = render(ScenarioView, {
			scenario: fixtureScenario(),
			charts: FIXTURE_CHARTS
		});
		const figure = screen.getByRole('figure', { name: 'Checkout error rate' });
		expect(figure).toHaveAccessibleDescription(
			'Checkout error rate rose from 0.1% to 12.4%. It crossed the 5% threshold 5 minutes before you were paged.'
		);
		const paths = container.querySelectorAll('path.series');
		expect([...paths].map((p) => p.getAttribute('data-series'))).toEqual(['checkout']);
		expect(paths[0].getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
	});

	it('says the dashboards are being drawn, or why they could not be', async () => {
		const view = render(ScenarioView, { scenario: fixtureScenario() });
		expect(screen.getByRole('status')).toHaveTextContent('Drawing the dashboard…');
		await view.rerender({
			scenario: fixtureScenario(),
			chartsProblem: 'world.builtin: no such world'
		});
		expect(screen.getByRole('alert')).toHaveTextContent(
			'The dashboards could not be drawn: world.builtin: no such world'
		);
	});

	it('shows the runbook sanitised and never the steps’ answer key', () => {
		const { container } = render(ScenarioView, {
			scenario: fixtureScenario(),
			charts: FIXTURE_CHARTS
		});
		const runbook = screen.getByRole('region', {
			name: 'Runbook: Checkout connection pool exhaustion'
		});
		expect(runbook.querySelector('.markdown')?.innerHTML).toBe(
			'<h4>When the primary pool is exhausted</h4>\n<ol>\n<li>Check the secondary pool is healthy.</li>\n<li>Scale the replica group.</li>\n<li><a>Escalate</a> to the database team if errors continue.</li>\n</ol>\n'
		);
		expect(container.textContent).not.toContain('SECRET-ANSWER');
		expect(container.textContent).not.toContain('--replicas=4');
		expect(container.querySelector('script')).toBeNull();
	});
});

describe('ScenarioPage', () => {
	it('opens a scenario from the catalog, links to edit a copy, and draws its dashboards', async () => {
		const { container } = render(ScenarioPage, { id: 'checkout-pool-drain', catalog: catalog() });
		expect(
			await screen.findByRole('heading', {
				level: 1,
				name: 'Drain the unhealthy checkout connection pool'
			})
		).toBeVisible();
		expect(screen.getByRole('link', { name: 'Edit a copy' })).toHaveAttribute(
			'href',
			'#/editor/checkout-pool-drain'
		);
		const figure = await screen.findByRole(
			'figure',
			{ name: 'Checkout error rate' },
			{ timeout: 20_000 }
		);
		const path = figure.querySelector('path.series');
		expect(path?.getAttribute('data-series')).toBe('checkout');
		// 30 minutes of history every 30 s, up to t=0: 61 points, one line.
		expect(path?.getAttribute('d')?.match(/[ML]/g)?.join('')).toBe(`M${'L'.repeat(60)}`);
		expect(container.querySelector('.page')?.getAttribute('data-charts-ms')).toMatch(/^\d+$/);
	});

	it('names the tab by the id while opening, then by the scenario title', async () => {
		document.title = '';
		const base = catalog();
		let release = () => {};
		const held: Catalog = {
			...base,
			get: (id) => new Promise((resolve) => (release = () => resolve(base.get(id))))
		};
		render(ScenarioPage, {
			id: 'my-copy',
			catalog: held,
			loadCharts: async () => ({ ok: true, charts: FIXTURE_CHARTS, ms: 0 })
		});
		expect(document.title).toBe('my-copy · Preflight');
		release();
		expect(
			await screen.findByRole('heading', {
				level: 1,
				name: 'Drain the unhealthy checkout connection pool'
			})
		).toBeVisible();
		expect(document.title).toBe('Drain the unhealthy checkout connection pool · Preflight');
	});

	it('links to edit a custom scenario itself, not a copy', async () => {
		render(ScenarioPage, {
			id: 'my-copy',
			catalog: catalog(),
			loadCharts: async () => ({ ok: true, charts: FIXTURE_CHARTS, ms: 0 })
		});
		expect(await screen.findByRole('link', { name: 'Edit' })).toHaveAttribute(
			'href',
			'#/editor/my-copy'
		);
		expect(screen.queryByRole('link', { name: 'Edit a copy' })).toBeNull();
		expect(await screen.findByRole('figure', { name: 'Checkout error rate' })).toBeVisible();
	});

	it('says why the dashboards could not be drawn', async () => {
		render(ScenarioPage, {
			id: 'checkout-pool-drain',
			catalog: catalog(),
			loadCharts: async () => {
				throw new Error('the worker ran out of memory');
			}
		});
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The dashboards could not be drawn: the worker ran out of memory'
		);
	});

	it('says when no scenario has the id, with a link back', async () => {
		render(ScenarioPage, { id: 'no-such-scenario', catalog: catalog() });
		expect(
			await screen.findByRole('heading', { name: 'No scenario “no-such-scenario”' })
		).toBeVisible();
		expect(document.title).toBe('No scenario “no-such-scenario” · Preflight');
		expect(screen.getByRole('link', { name: 'Back to the scenario library' })).toHaveAttribute(
			'href',
			'#/scenarios'
		);
	});

	it('says when a saved scenario does not load, with a link to fix it', async () => {
		render(ScenarioPage, { id: 'broken-one', catalog: catalog() });
		expect(await screen.findByRole('heading', { name: 'Broken one' })).toBeVisible();
		expect(document.title).toBe('Broken one · Preflight');
		expect(screen.getByRole('alert')).toHaveTextContent(
			'This scenario does not load: line 1, column 6: Flow sequence in block collection must be sufficiently indented and end with a ]'
		);
		expect(screen.getByRole('link', { name: 'Fix it in the editor' })).toHaveAttribute(
			'href',
			'#/editor/broken-one'
		);
	});
});
