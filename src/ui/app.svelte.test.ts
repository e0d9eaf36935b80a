import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from './App.svelte';
import type { StartedRuntime } from '../adapters/runtime/in-page';
import { FakeRuntime } from '../adapters/runtime/fake-runtime';
import { takeSnapshot } from '../adapters/runtime/snapshot';
import { T0, testWorld } from '../adapters/runtime/test-world';
import { createCatalog } from '../adapters/scenarios/catalog';
import { memoryRunStore } from '../adapters/store/run-store';
import type { RunStore } from '../adapters/store/run-types';
import { memoryScenarioStore } from '../adapters/store/scenario-store';
import { STEP_1 } from './pages/rehearsal/fixtures/payments-drafts';
import { FIXTURE_YAML } from './pages/scenario/fixtures/checkout-pool-drain';
import { variantYaml } from './pages/scenario/fixtures/variants';

const CHECKOUT = 'Drain the unhealthy checkout connection pool';
const NODE = 'Node NotReady behind a PodDisruptionBudget';

function props(startRuntime: () => Promise<StartedRuntime>, runs: RunStore = memoryRunStore()) {
	const store = memoryScenarioStore();
	const catalog = createCatalog(store, {
		scenarios: {
			'/scenarios/checkout-pool-drain.yaml': FIXTURE_YAML,
			'/scenarios/node-not-ready.yaml': variantYaml({
				id: 'node-not-ready',
				title: NODE,
				summary: 'A node stops reporting; cordon and drain it without breaking the PDB.',
				difficulty: 4,
				tags: ['nodes', 'pdb']
			})
		},
		files: {}
	});
	return { startRuntime, store, catalog, runs };
}

/** A scripted runtime that remembers the calls it had taken when it was disposed. */
class OwnedRuntime extends FakeRuntime {
	disposed: string[] | undefined;
	override dispose(): void {
		this.disposed = [...this.calls];
	}
}

/** A runtime starter that counts how often it is called, and keeps what it started. */
function fakeStarter() {
	const calls: number[] = [];
	const runtimes: OwnedRuntime[] = [];
	const start = () => {
		calls.push(calls.length + 1);
		const runtime = new OwnedRuntime({
			snapshot: takeSnapshot(testWorld(), T0, T0),
			drafts: { 1: { ok: true, step: { ...STEP_1, title: 'Scale the secondary pool' } } }
		});
		runtimes.push(runtime);
		return Promise.resolve({ runtime, mode: 'worker' as const });
	};
	return { start, calls, runtimes };
}

const loads = (runtime: FakeRuntime) => runtime.calls.filter((c) => c.startsWith('load'));

function cardTitles(): string[] {
	return within(screen.getByRole('list', { name: 'Scenarios' }))
		.getAllByRole('heading', { level: 2 })
		.map((h) => h.textContent?.trim() ?? '');
}

/** Follows a link the way the browser does: a new history entry, then `hashchange`. */
async function go(hash: string): Promise<void> {
	location.hash = hash;
	await waitFor(() => expect(location.hash).toBe(hash));
}

beforeEach(() => {
	document.title = '';
});

afterEach(() => {
	location.hash = '';
});

describe('App', () => {
	it('opens on the scenario library', async () => {
		render(App, props(fakeStarter().start));
		expect(screen.getByRole('link', { name: /Preflight/ })).toHaveAttribute('href', '#/scenarios');
		const nav = screen.getByRole('navigation', { name: 'Pages' });
		expect(
			within(nav)
				.getAllByRole('link')
				.map((a) => a.textContent)
		).toEqual(['Scenarios', 'Terminal', 'History']);
		expect(within(nav).getByRole('link', { name: 'Scenarios' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		expect(await screen.findByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
		expect(await screen.findByRole('link', { name: CHECKOUT })).toHaveAttribute(
			'href',
			'#/scenarios/checkout-pool-drain'
		);
		expect(document.title).toBe('Scenarios · Preflight');
	});

	it('opens a scenario page from its hash, and names the tab after the scenario', async () => {
		location.hash = '#/scenarios/checkout-pool-drain';
		render(App, props(fakeStarter().start));
		expect(await screen.findByRole('heading', { level: 1, name: CHECKOUT })).toBeVisible();
		expect(screen.getByRole('link', { name: 'Scenarios' })).toHaveAttribute('aria-current', 'page');
		expect(document.title).toBe(`${CHECKOUT} · Preflight`);
	});

	it('names the tab for an unknown scenario, and again after going back to the library', async () => {
		location.hash = '#/scenarios/nope';
		render(App, props(fakeStarter().start));
		expect(
			await screen.findByRole('heading', { level: 1, name: 'No scenario “nope”' })
		).toBeVisible();
		expect(document.title).toBe('No scenario “nope” · Preflight');
		await go('#/scenarios');
		expect(await screen.findByRole('heading', { level: 1, name: 'Scenarios' })).toBeVisible();
		expect(document.title).toBe('Scenarios · Preflight');
	});

	it('names the editor tab after the scenario id, or a new scenario', async () => {
		location.hash = '#/editor/checkout-pool-drain';
		const { unmount } = render(App, props(fakeStarter().start));
		expect(document.title).toBe('Edit checkout-pool-drain · Preflight');
		unmount();
		location.hash = '#/editor';
		render(App, props(fakeStarter().start));
		expect(document.title).toBe('New scenario · Preflight');
	});

	it('reads the search and filters from the address', async () => {
		location.hash = '#/scenarios?q=drain&difficulty=4&tag=pdb';
		render(App, props(fakeStarter().start));
		await screen.findByRole('list', { name: 'Scenarios' });
		expect(cardTitles()).toEqual([NODE]);
		expect(screen.getByRole('searchbox', { name: 'Search scenarios' })).toHaveValue('drain');
		expect(screen.getByRole('combobox', { name: 'Difficulty' })).toHaveDisplayValue('4 · Hard');
		expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveDisplayValue('pdb');
		expect(location.hash).toBe('#/scenarios?q=drain&difficulty=4&tag=pdb');
	});

	it('writes the search and filters to the address without adding history, and Back keeps them', async () => {
		location.hash = '#/scenarios';
		render(App, props(fakeStarter().start));
		const search = await screen.findByRole('searchbox', { name: 'Search scenarios' });
		await screen.findByRole('list', { name: 'Scenarios' });
		const entries = history.length;

		await fireEvent.input(search, { target: { value: 'drain pool' } });
		expect(location.hash).toBe('#/scenarios?q=drain+pool');
		await fireEvent.change(screen.getByRole('combobox', { name: 'Difficulty' }), {
			target: { value: '2' }
		});
		await fireEvent.change(screen.getByRole('combobox', { name: 'Tag' }), {
			target: { value: 'payments' }
		});
		expect(location.hash).toBe('#/scenarios?q=drain+pool&difficulty=2&tag=payments');
		expect(cardTitles()).toEqual([CHECKOUT]);
		expect(history.length).toBe(entries);

		await go('#/scenarios/checkout-pool-drain');
		expect(await screen.findByRole('heading', { level: 1, name: CHECKOUT })).toBeVisible();
		history.back();
		await waitFor(() =>
			expect(location.hash).toBe('#/scenarios?q=drain+pool&difficulty=2&tag=payments')
		);
		expect(await screen.findByRole('searchbox', { name: 'Search scenarios' })).toHaveValue(
			'drain pool'
		);
		expect(screen.getByRole('combobox', { name: 'Difficulty' })).toHaveDisplayValue('2 · Easy');
		expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveDisplayValue('payments');
		expect(cardTitles()).toEqual([CHECKOUT]);

		await fireEvent.input(screen.getByRole('searchbox', { name: 'Search scenarios' }), {
			target: { value: 'etcd' }
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
		expect(location.hash).toBe('#/scenarios');
		expect(cardTitles()).toEqual([CHECKOUT, NODE]);
	});

	it('follows an address change while the library is open', async () => {
		location.hash = '#/scenarios?tag=nodes';
		render(App, props(fakeStarter().start));
		await screen.findByRole('list', { name: 'Scenarios' });
		expect(cardTitles()).toEqual([NODE]);
		await go('#/scenarios');
		await waitFor(() => expect(cardTitles()).toEqual([CHECKOUT, NODE]));
		expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveDisplayValue('Any');
		expect(location.hash).toBe('#/scenarios');
	});

	it('starts the simulator only when the terminal first opens, and only once', async () => {
		const starter = fakeStarter();
		render(App, props(starter.start));
		await screen.findByRole('list', { name: 'Scenarios' });
		await go('#/scenarios/checkout-pool-drain');
		await screen.findByRole('heading', { level: 1, name: CHECKOUT });
		expect(starter.calls).toEqual([]);

		await go('#/terminal');
		expect(await screen.findByRole('list', { name: 'Deployments in payments' })).toBeVisible();
		expect(starter.calls).toEqual([1]);
		await go('#/scenarios');
		await screen.findByRole('list', { name: 'Scenarios' });
		await go('#/terminal');
		expect(await screen.findByRole('list', { name: 'Deployments in payments' })).toBeVisible();
		expect(starter.calls).toEqual([1]);
	});

	it('shows the Terminal page with the cluster panel from the runtime', async () => {
		location.hash = '#/terminal';
		render(App, props(fakeStarter().start));
		expect(screen.getByRole('link', { name: 'Terminal' })).toHaveAttribute('aria-current', 'page');
		expect(document.title).toBe('Terminal · Preflight');
		expect(await screen.findByRole('list', { name: 'Deployments in payments' })).toHaveTextContent(
			'payments-primary'
		);
		expect(screen.getByRole('group', { name: 'Virtual clock' })).toBeInTheDocument();
		// xterm cannot open in jsdom: the page says so instead of breaking.
		expect(await screen.findByRole('alert')).toHaveTextContent('The terminal could not start:');
	});

	it('says so when the runtime cannot start', async () => {
		location.hash = '#/terminal';
		render(
			App,
			props(() => Promise.reject(new Error('no cluster')))
		);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The simulator could not start: no cluster'
		);
	});

	it('offers “Rehearse” on a scenario page, with a mode', async () => {
		location.hash = '#/scenarios/checkout-pool-drain';
		render(App, props(fakeStarter().start));
		const link = await screen.findByRole('link', { name: 'Rehearse' });
		expect(link).toHaveAttribute('href', '#/rehearse/checkout-pool-drain?mode=approve');
		await fireEvent.change(screen.getByRole('combobox', { name: 'Rehearsal mode' }), {
			target: { value: 'compose' }
		});
		expect(link).toHaveAttribute('href', '#/rehearse/checkout-pool-drain?mode=compose');
	});

	it('starts a rehearsal, then the address is the run', async () => {
		const runs = memoryRunStore();
		location.hash = '#/rehearse/checkout-pool-drain?mode=approve';
		render(App, props(fakeStarter().start, runs));
		expect(
			await screen.findByRole('heading', { level: 2, name: 'Step 1 — Scale the secondary pool' })
		).toBeVisible();
		const [run] = await runs.list('checkout-pool-drain');
		expect([run.mode, run.status]).toEqual(['approve', 'active']);
		expect(location.hash).toBe(`#/run/${run.id}`);
		expect(document.title).toBe(
			'Rehearsing Drain the unhealthy checkout connection pool · Preflight'
		);
	});

	it('offers to resume a scenario’s open run, or to start over', async () => {
		const runs = memoryRunStore();
		location.hash = '#/rehearse/checkout-pool-drain?mode=approve';
		const { unmount } = render(App, props(fakeStarter().start, runs));
		await screen.findByRole('heading', { level: 2, name: 'Step 1 — Scale the secondary pool' });
		const [first] = await runs.list('checkout-pool-drain');
		unmount();

		location.hash = '#/rehearse/checkout-pool-drain?mode=approve';
		render(App, props(fakeStarter().start, runs));
		await fireEvent.click(await screen.findByRole('button', { name: 'Resume the run from t+0s' }));
		await waitFor(() => expect(location.hash).toBe(`#/run/${first.id}`));
		expect(
			await screen.findByRole('heading', { level: 2, name: 'Step 1 — Scale the secondary pool' })
		).toBeVisible();
		expect((await runs.list()).map((r) => r.id)).toEqual([first.id]);
	});

	it('gives each rehearsal a runtime of its own, and leaves the terminal’s session bare', async () => {
		const starter = fakeStarter();
		location.hash = '#/rehearse/checkout-pool-drain?mode=approve';
		render(App, props(starter.start));
		await screen.findByRole('heading', { level: 2, name: 'Step 1 — Scale the secondary pool' });
		const runHash = location.hash;
		const [rehearsal] = starter.runtimes;
		expect(loads(rehearsal)).toEqual(['load checkout-pool-drain.yaml']);

		await go('#/terminal');
		await waitFor(() => expect(starter.calls).toEqual([1, 2]));
		expect(await screen.findByRole('list', { name: 'Deployments in payments' })).toBeVisible();
		const [, terminal] = starter.runtimes;
		expect(loads(terminal)).toEqual([]);
		// Leaving the run checkpointed its clock, then stopped its runtime.
		await waitFor(() => expect(rehearsal.disposed?.at(-1)).toBe('checkpoint'));

		await go(runHash);
		expect(
			await screen.findByRole('heading', { level: 2, name: 'Step 1 — Scale the secondary pool' })
		).toBeVisible();
		expect(starter.calls).toEqual([1, 2, 3]);
		expect(loads(starter.runtimes[2])).toEqual(['load checkout-pool-drain.yaml (resume)']);
		await go('#/terminal');
		await waitFor(() => expect(screen.queryByRole('region', { name: 'Guarded steps' })).toBeNull());
		expect(await screen.findByRole('list', { name: 'Deployments in payments' })).toBeVisible();
		expect(starter.calls).toEqual([1, 2, 3]);
		expect([loads(terminal), terminal.disposed]).toEqual([[], undefined]);
		await waitFor(() => expect(starter.runtimes[2].disposed).toBeDefined());
	});

	it('abandons the open run when the trainee starts over', async () => {
		const runs = memoryRunStore();
		location.hash = '#/rehearse/checkout-pool-drain?mode=approve';
		const { unmount } = render(App, props(fakeStarter().start, runs));
		await screen.findByRole('heading', { level: 2, name: 'Step 1 — Scale the secondary pool' });
		const [first] = await runs.list('checkout-pool-drain');
		unmount();

		location.hash = '#/rehearse/checkout-pool-drain?mode=approve';
		render(App, props(fakeStarter().start, runs));
		await fireEvent.click(await screen.findByRole('button', { name: 'Start over' }));
		await screen.findByRole('heading', { level: 2, name: 'Step 1 — Scale the secondary pool' });
		await waitFor(() => expect(location.hash).toMatch(/^#\/run\/./));
		expect(location.hash).not.toBe(`#/run/${first.id}`);
		const second = location.hash.slice('#/run/'.length);
		const status = Object.fromEntries((await runs.list()).map((r) => [r.id, r.status]));
		expect(status).toEqual({ [first.id]: 'abandoned', [second]: 'active' });
		expect((await runs.active('checkout-pool-drain'))?.id).toBe(second);
	});

	it('says so when a run is not in this browser', async () => {
		location.hash = '#/run/0b8e5c1d-0000-4000-8000-000000000000';
		render(App, props(fakeStarter().start));
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'There is no run 0b8e5c1d-0000-4000-8000-000000000000 in this browser.'
		);
	});
});
