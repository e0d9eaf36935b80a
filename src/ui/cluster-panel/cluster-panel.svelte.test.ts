import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import ClusterPanel from './ClusterPanel.svelte';
import { takeSnapshot } from '../../adapters/runtime/snapshot';
import { T0, testWorld } from '../../adapters/runtime/test-world';

const items = (label: string, role: 'region' | 'list' = 'region') =>
	within(screen.getByRole(role, { name: label }))
		.getAllByRole('listitem')
		.map((li) => li.textContent?.replace(/\s+/g, ' ').trim());

describe('ClusterPanel', () => {
	it('renders a snapshot: context, clock, deployments, pods by status, nodes', () => {
		render(ClusterPanel, { snapshot: takeSnapshot(testWorld(), T0 + 125_000, T0) });
		expect(screen.getByTestId('context')).toHaveTextContent('prod-us-east-1');
		expect(screen.getByTestId('namespace')).toHaveTextContent('payments');
		expect(screen.getByTestId('clock')).toHaveTextContent('09:43:05 UTC');
		expect(screen.getByTestId('elapsed')).toHaveTextContent('2m05s');
		expect(items('Deployments in kube-system', 'list')).toEqual(['coredns 2/2']);
		expect(items('Deployments in payments', 'list')).toEqual([
			'ledger 0/1',
			'payments-primary 3/3',
			'payments-secondary 1/2'
		]);
		expect(screen.getByRole('img', { name: 'down' })).toBeInTheDocument();
		expect(screen.getByLabelText('1 of 2 ready')).toHaveTextContent('1/2');
		expect(items('Pods (5)')).toEqual([
			'Running 2',
			'ContainerCreating 1',
			'CrashLoopBackOff 1',
			'Terminating 1'
		]);
		expect(items('Nodes')).toEqual([
			'node-a Ready',
			'node-b Ready,SchedulingDisabled',
			'node-c NotReady'
		]);
	});

	it('says so while there is no snapshot yet', () => {
		render(ClusterPanel, { snapshot: undefined });
		expect(screen.getByRole('complementary', { name: 'Cluster at a glance' })).toHaveTextContent(
			'Connecting to the cluster…'
		);
	});

	it('shows names as text, never as markup', () => {
		const snapshot = takeSnapshot(testWorld(), T0, T0);
		snapshot.deployments = [
			{
				namespace: 'default',
				name: '<img src=x onerror=alert(1)>',
				ready: 1,
				desired: 1,
				updated: 1,
				health: 'ok'
			}
		];
		render(ClusterPanel, { snapshot });
		expect(items('Deployments')).toEqual(['<img src=x onerror=alert(1)> 1/1']);
		expect(screen.getByRole('heading', { name: 'default' })).toBeInTheDocument();
		expect(document.querySelector('img')).toBeNull();
	});
});
