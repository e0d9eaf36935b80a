import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import App from './App.svelte';
import { FakeRuntime } from '../adapters/runtime/fake-runtime';
import { takeSnapshot } from '../adapters/runtime/snapshot';
import { T0, testWorld } from '../adapters/runtime/test-world';

describe('App', () => {
	it('shows the header, the Terminal page as current, and the cluster panel from the runtime', async () => {
		const runtime = new FakeRuntime({ snapshot: takeSnapshot(testWorld(), T0, T0) });
		render(App, { runtime: Promise.resolve({ runtime, mode: 'worker' as const }) });
		expect(screen.getByRole('link', { name: /Preflight/ })).toHaveAttribute('href', '#/terminal');
		expect(screen.getByRole('link', { name: 'Terminal' })).toHaveAttribute('aria-current', 'page');
		expect(await screen.findByRole('list', { name: 'Deployments in payments' })).toHaveTextContent(
			'payments-primary'
		);
		expect(screen.getByRole('group', { name: 'Virtual clock' })).toBeInTheDocument();
		// xterm cannot open in jsdom: the page says so instead of breaking.
		expect(await screen.findByRole('alert')).toHaveTextContent('The terminal could not start:');
	});

	it('says so when the runtime cannot start', async () => {
		render(App, { runtime: Promise.reject(new Error('no cluster')) });
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'The simulator could not start: no cluster'
		);
	});
});
