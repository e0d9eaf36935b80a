import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import DebriefPage from './DebriefPage.svelte';
import {
	activeRun,
	catchesRun,
	fixtureStore,
	flawedRun,
	sandboxRun
} from './fixtures/fixture-runs';

const FLAWED = flawedRun().run.id;

function open(runId = FLAWED, save = vi.fn()) {
	const runs = fixtureStore([flawedRun(), catchesRun(), activeRun(), sandboxRun()]);
	render(DebriefPage, { runId, runs, save });
	return { runs, save };
}

async function ready() {
	return screen.findByRole('heading', {
		level: 1,
		name: 'Drain the unhealthy payments connection pool'
	});
}

describe('DebriefPage', () => {
	it('shows the total, the grade, time to mitigation and the budget burned', async () => {
		open();
		await ready();
		expect(screen.getByTestId('total')).toHaveTextContent('71/100');
		const numbers = screen.getByText('Score').closest('dl');
		expect(numbers).toHaveTextContent(
			'Score 71/100 C Time to mitigation Not mitigated Error budget burned 2.1 %'
		);
		expect(screen.getByText('Approve · 2026-03-04 14:12 UTC')).toBeInTheDocument();
	});

	it('says a sandbox run had no incident to mitigate, not that it failed to', async () => {
		open(sandboxRun().run.id);
		await screen.findByRole('heading', {
			level: 1,
			name: 'Sandbox — the payments clusters, nothing broken'
		});
		expect(screen.getByText('Score').closest('dl')).toHaveTextContent(
			'Score 100/100 A Time to mitigation No incident to mitigate Error budget burned 2.1 %'
		);
		expect(screen.getByText('Free play · 2026-03-04 14:12 UTC')).toBeInTheDocument();
	});

	it("shows each category's points, open when it has findings", async () => {
		open();
		await ready();
		const rows = [...document.querySelectorAll('details.category')].map((d) => [
			d.getAttribute('data-category'),
			d.querySelector('.points')?.textContent,
			(d as HTMLDetailsElement).open
		]);
		expect(rows).toEqual([
			['skipped-preflight', '12/12', false],
			['missing-rollback', '10/10', false],
			['stale-assumption', '10/10', false],
			['outside-blast-radius', '4/8', true],
			['chained-mutation', '5/5', false],
			['unapproved-mutation', '8/8', false],
			['skipped-verify', '7/7', false],
			['planted-flaw', '0/10', true],
			['stop-ignored', '4/10', true],
			['rushed-approval', '5/5', false],
			['time-to-mitigation', '0/8', true],
			['damage', '6/7', true]
		]);
	});

	it('shows each finding with its time and command', async () => {
		open();
		await ready();
		const list = screen.getByRole('list', { name: 'Outside the blast radius: findings' });
		const item = within(list).getByRole('listitem');
		expect(within(item).getByRole('button')).toHaveTextContent('t+00:44');
		expect(item.querySelector('code')).toHaveTextContent(
			'kubectl scale deploy/payments-secondary -n payments --replicas=0'
		);
		const stop = screen.getByRole('list', { name: 'Approvals despite STOP: findings' });
		expect(within(stop).getByRole('listitem')).toHaveTextContent(
			't+01:54 Step 4 was confirmed at +1m54s while its pre-flight said STOP: The 5xx ratio is still at or above 1 %: taking the primary out has not mitigated the incident yet.'
		);
	});

	it('marks catches as good', async () => {
		open(catchesRun().run.id);
		await ready();
		const list = screen.getByRole('list', { name: 'Flawed drafts: findings' });
		const items = within(list).getAllByRole('listitem');
		expect(items).toHaveLength(2);
		expect(items[0]).toHaveClass('good');
		expect(items[0]).toHaveTextContent(/^t\+00:44 Caught Caught a flaw in step 3's draft/);
	});

	it('shows the three tips', async () => {
		open();
		await ready();
		const tips = screen.getByRole('region', { name: 'Tips' });
		expect(
			within(tips)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual([
			'Check each draft against the live state before you use it: in step 3, The action scales payments-secondary, the healthy pool, to zero instead of taking payments-primary out, and its rollback restores the wrong Deployment. Reject the draft and say why.',
			'Finish the job: the run ended before `sli(payments).errorRate < 0.01` held; keep going through the verify step until the SLIs recover.',
			'At step 4, `kubectl get pods -n payments -l app=payments -o wide` showed the STOP condition ("The 5xx ratio is still at or above 1 %: taking the primary out has not mitigated the incident yet."): stop the step instead of confirming it.'
		]);
	});

	it('steps the replay forward and back, with the output the trainee saw', async () => {
		open();
		await ready();
		const event = () => screen.getByTestId('replay-event').textContent;
		expect(event()).toBe("Step 1's draft shown: Find the bad pool");
		await fireEvent.click(screen.getByRole('button', { name: 'Next →' }));
		expect(event()).toBe(
			'Ran kubectl get pods -n payments -l pool=primary -o wide && kubectl get deployment/payments-secondary -n payments -o wide'
		);
		expect(screen.getByTestId('replay-output').textContent).toMatch(
			/^NAME {32}READY {3}STATUS {4}RESTARTS/
		);
		expect(screen.getByTestId('replay-output').textContent).toContain(
			'payments-secondary   2/2     2            2           123d'
		);
		const player = screen.getByRole('group', { name: 'Replay controls and event' });
		for (let i = 0; i < 16; i++) await fireEvent.keyDown(player, { key: 'ArrowRight' });
		expect(event()).toBe(
			'Changed: kubectl scale deploy/payments-secondary -n payments --replicas=6'
		);
		expect(screen.getByTestId('replay-output').textContent).toBe(
			'deployment.apps/payments-secondary scaled\n'
		);
		const steps = screen.getByRole('list', { name: 'Steps at this point' });
		expect(
			within(steps)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual(['Step 1: confirmed', 'Step 2: action run', 'Step 3: drafted']);
		expect(screen.getByText('Event 18 of 35 · t+00:30')).toBeInTheDocument();
		await fireEvent.keyDown(player, { key: 'ArrowLeft' });
		expect(event()).toBe('Ran kubectl scale deploy/payments-secondary -n payments --replicas=6');
		await fireEvent.click(screen.getByRole('button', { name: '← Back' }));
		expect(event()).toBe("Step 3's draft shown: Take the bad pool out");
	});

	it('jumps the replay step by step, and to the start and the end', async () => {
		open();
		await ready();
		const event = () => screen.getByTestId('replay-event').textContent;
		const previous = screen.getByRole('button', { name: '« Previous step' });
		const next = screen.getByRole('button', { name: 'Next step »' });
		expect(previous).toBeDisabled();
		await fireEvent.click(next);
		expect(event()).toBe('Confirmed step 1: the pre-flight passed');
		expect(screen.getByText('Event 9 of 35 · t+00:25')).toBeInTheDocument();
		const steps = screen.getByRole('list', { name: 'Steps at this point' });
		expect(
			within(steps)
				.getAllByRole('listitem')
				.map((li) => li.textContent)
		).toEqual(['Step 1: confirmed', 'Step 2: waiting for its draft']);
		await fireEvent.click(next);
		await fireEvent.click(next);
		expect(event()).toBe('Confirmed step 3: the pre-flight passed');
		expect(next).toBeDisabled();
		await fireEvent.click(screen.getByRole('button', { name: '← Back' }));
		// From inside step 3, back to where step 2 was revealed.
		await fireEvent.click(previous);
		expect(event()).toBe('Confirmed step 1: the pre-flight passed');
		const player = screen.getByRole('group', { name: 'Replay controls and event' });
		await fireEvent.keyDown(player, { key: 'PageUp' });
		expect(event()).toBe("Step 1's draft shown: Find the bad pool");
		await fireEvent.keyDown(player, { key: 'PageDown' });
		expect(event()).toBe('Confirmed step 1: the pre-flight passed');
		await fireEvent.click(screen.getByRole('button', { name: 'End ⇥' }));
		expect(event()).toBe('Confirmed step 4: the pre-flight passed');
		await fireEvent.click(screen.getByRole('button', { name: '⇤ Start' }));
		expect(event()).toBe("Step 1's draft shown: Find the bad pool");
	});

	it('moves the replay and the timeline cursor to a marker chosen on the timeline', async () => {
		open();
		await ready();
		const mark = screen.getByRole('button', {
			name: 't+00:44 Changed: kubectl scale deploy/payments-secondary -n payments --replicas=0 — cost points'
		});
		expect(mark).toHaveClass('change', 'cost');
		await fireEvent.click(mark);
		expect(screen.getByTestId('replay-event')).toHaveTextContent(
			'Changed: kubectl scale deploy/payments-secondary -n payments --replicas=0'
		);
		expect(mark).toHaveClass('current');
		expect(screen.getByTestId('timeline-cursor')).toHaveAttribute('x1', '274.4');
	});

	it('lists every marker in the accessible timeline', async () => {
		open();
		await ready();
		const list = screen.getByRole('list', { name: 'Timeline' });
		const items = within(list).getAllByRole('listitem');
		expect(items).toHaveLength(16);
		expect(items[0].textContent?.trim()).toBe(
			't+00:00 Read: kubectl get pods -n payments -l pool=primary -o wide'
		);
		expect(items[15].textContent?.trim()).toBe(
			't+01:54 Confirmed step 4: the pre-flight passed — cost points'
		);
	});

	it('shows the drafted action beside what was done in log order, and names the planted flaw', async () => {
		open();
		await ready();
		const step = screen.getByRole('article', { name: 'Step 3: Take the bad pool out' });
		expect(within(step).getByTestId('draft-3').textContent).toContain(
			'Action: kubectl scale deploy/payments-secondary -n payments --replicas=0 — '
		);
		expect(within(step).getByRole('note')).toHaveTextContent(
			'Planted flaw: The action scales payments-secondary, the healthy pool, to zero instead of taking payments-primary out, and its rollback restores the wrong Deployment'
		);
		const done = within(step).getByRole('list', { name: 'Step 3: what you did' });
		expect(
			within(done)
				.getAllByRole('listitem')
				.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())
		).toEqual([
			't+00:39 pre-flight kubectl get deploy/payments-primary deployment/payments-secondary -n payments -o wide exit 0',
			't+00:44 Staged the rollback kubectl scale deployment/payments-secondary -n payments --replicas=6',
			't+00:44 Confirmed step 3: the pre-flight passed',
			't+00:44 action kubectl scale deploy/payments-secondary -n payments --replicas=0 exit 0'
		]);
	});

	it('exports the run', async () => {
		const { save } = open();
		await ready();
		await fireEvent.click(screen.getByRole('button', { name: 'Export this run' }));
		expect(await screen.findByRole('status')).toHaveTextContent('Exported this run.');
		expect(save).toHaveBeenCalledTimes(1);
		const [name, doc] = save.mock.calls[0];
		expect(name).toBe('preflight-run-payments-pool-drain-2026-03-04.json');
		expect(doc.runs.map((r: { run: { id: string } }) => r.run.id)).toEqual([FLAWED]);
	});

	it('offers to resume a run still going', async () => {
		open(activeRun().run.id);
		expect(await screen.findByText(/This rehearsal is still going/)).toHaveTextContent(
			'This rehearsal is still going — resume it.'
		);
		expect(screen.getByRole('link', { name: 'resume it' })).toHaveAttribute(
			'href',
			'#/run/5a8e2c71-64bd-4f09-b3a2-7d1c0e9f6b24'
		);
	});

	it('says so for an unknown id', async () => {
		open('no-such-run');
		expect(
			await screen.findByRole('heading', { name: 'No run “no-such-run”' })
		).toBeInTheDocument();
	});
});
