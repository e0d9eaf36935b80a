import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import App from './App.svelte';
import { FakeRuntime } from '../adapters/runtime/fake-runtime';
import { takeSnapshot } from '../adapters/runtime/snapshot';
import { T0, testWorld } from '../adapters/runtime/test-world';
import { createCatalog } from '../adapters/scenarios/catalog';
import { memoryScenarioStore } from '../adapters/store/scenario-store';
import { FIXTURE_YAML } from './pages/scenario/fixtures/checkout-pool-drain';

function props(runtime: Promise<never> | Promise<{ runtime: FakeRuntime; mode: 'worker' }>) {
	const store = memoryScenarioStore();
	const catalog = createCatalog(store, {
		scenarios: { '/scenarios/checkout-pool-drain.yaml': FIXTURE_YAML },
		files: {}
	});
	return { runtime, store, catalog };
}

function fakeRuntime() {
	const runtime = new FakeRuntime({ snapshot: takeSnapshot(testWorld(), T0, T0) });
	return Promise.resolve({ runtime, mode: 'worker' as const });
}

afterEach(() => {
	location.hash = '';
});

describe('App', () => {
	it('opens on the scenario library', async () => {
		render(App, props(fakeRuntime()));
		expect(screen.getByRole('link', { name: /Preflight/ })).toHaveAttribute('href', '#/scenarios');
		const nav = screen.getByRole('navigation', { name: 'Pages' });
		expect(
			within(nav)
				.getAllByRole('link')
				.map((a) => a.textContent)
		).toEqual(['Scenarios', 'Terminal']);
		expect(within(nav).getByRole('link', { name: 'Scenarios' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		expect(await screen.findByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
		expect(
			await screen.findByRole('link', { name: 'Drain the unhealthy checkout connection pool' })
		).toHaveAttribute('href', '#/scenarios/checkout-pool-drain');
	});

	it('opens a scenario page from its hash', async () => {
		location.hash = '#/scenarios/checkout-pool-drain';
		render(App, props(fakeRuntime()));
		expect(
			await screen.findByRole('heading', {
				level: 1,
				name: 'Drain the unhealthy checkout connection pool'
			})
		).toBeVisible();
		expect(screen.getByRole('link', { name: 'Scenarios' })).toHaveAttribute('aria-current', 'page');
	});

	it('shows the Terminal page with the cluster panel from the runtime', async () => {
		location.hash = '#/terminal';
		render(App, props(fakeRuntime()));
		expect(screen.getByRole('link', { name: 'Terminal' })).toHaveAttribute('aria-current', 'page');
		expect(await screen.findByRole('list', { name: 'Deployments in payments' })).toHaveTextContent(
			'payments-primary'
		);
		expect(screen.getByRole('group', { name: 'Virtual clock' })).toBeInTheDocument();
		// xterm cannot open in jsdom: the page says so instead of breaking.
		expect(await screen.findByRole('alert')).toHaveTextContent('The terminal could not start:');
	});

	it('says so when the runtime cannot start', async () => {
		location.hash = '#/terminal';
		render(App, props(Promise.reject(new Error('no cluster'))));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The simulator could not start: no cluster'
		);
	});
});
