import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import xtermHeadless from '@xterm/headless';
import { FakeRuntime, type FakeScript } from '../../../adapters/runtime/fake-runtime';
import { memoryRunStore } from '../../../adapters/store/run-store';
import type { RunStore } from '../../../adapters/store/run-types';
import type { Mode } from '../../../core/rehearsal/schema';
import { Rehearsal } from '../../rehearsal/rehearsal.svelte';
import { TerminalController } from '../../terminal/terminal-controller';
import { bufferText } from '../../terminal/test-hook';
import {
	PAYMENTS_YAML,
	STEP_1,
	STEP_2,
	STEP_2_MARK,
	paymentsScenario
} from './fixtures/payments-drafts';
import RehearsalPage from './RehearsalPage.svelte';

const RUN_ID = '7f3c9a12-4b8e-4d21-9c55-0e6a1f2b3c4d';

async function rehearse(mode: Mode, script: FakeScript = {}, runs: RunStore = memoryRunStore()) {
	const runtime = new FakeRuntime({
		drafts: {
			1: { ok: true, step: STEP_1 },
			2: { ok: true, step: STEP_2, planted: 'wrong-namespace' }
		},
		...script
	});
	const started = await Rehearsal.start({
		runtime,
		runs,
		entry: {
			id: 'payments-pool-drain',
			source: 'builtin',
			file: 'payments-pool-drain.yaml',
			yaml: PAYMENTS_YAML,
			ok: true,
			scenario: paymentsScenario()
		},
		files: {},
		mode,
		wall: () => Date.UTC(2026, 2, 14, 9, 45),
		newId: () => RUN_ID
	});
	if ('error' in started) throw new Error(started.error);
	const debriefs: string[] = [];
	render(RehearsalPage, {
		rehearsal: started,
		runtime,
		ondebrief: (id: string) => debriefs.push(id)
	});
	return { rehearsal: started, runtime, runs, debriefs };
}

/** The acts the run logged, without the terminal's. */
function acts(rehearsal: Rehearsal) {
	return rehearsal.events.flatMap((e) => (e.kind === 'act' ? [e.act] : []));
}

const button = (name: string) => screen.getByRole('button', { name });

function shortcut(code: string, target: Element = document.body) {
	return fireEvent.keyDown(target, { code, key: code.slice(3), altKey: true, shiftKey: true });
}

/** What jsdom lacks and xterm needs to mount; undoes it. */
function fillXtermGaps(): () => void {
	const had = { matchMedia: window.matchMedia, ResizeObserver: globalThis.ResizeObserver };
	window.matchMedia = ((media: string) => ({
		matches: false,
		media,
		addEventListener() {},
		removeEventListener() {},
		addListener() {},
		removeListener() {}
	})) as unknown as typeof window.matchMedia;
	globalThis.ResizeObserver = class {
		observe() {}
		unobserve() {}
		disconnect() {}
	};
	return () => Object.assign(globalThis, had);
}

afterEach(() => {
	document.title = '';
});

describe('RehearsalPage in approve mode', () => {
	it('shows step 1 and nothing of step 2’s draft until step 1 is confirmed', async () => {
		const { rehearsal } = await rehearse('approve');
		expect(
			screen.getByRole('heading', { level: 2, name: 'Step 1 — Find the bad pool' })
		).toBeVisible();
		expect(document.documentElement.outerHTML).not.toContain(STEP_2_MARK);
		expect(document.documentElement.outerHTML).not.toContain(STEP_2.preflight.expect);
		expect(document.documentElement.outerHTML).not.toContain('wrong-namespace');

		await fireEvent.click(button('Confirm pre-flight passed'));
		expect(
			await screen.findByRole('heading', { level: 2, name: 'Step 2 — Scale the healthy pool up' })
		).toBeVisible();
		expect(document.body.textContent).toContain(STEP_2_MARK);
		expect(document.documentElement.outerHTML).not.toContain('wrong-namespace');
		expect(acts(rehearsal)).toEqual([{ act: 'confirm', step: 1 }]);
		// Step 1 stays on the page until its action has run; it only reads: no rollback to stage.
		const step1 = screen.getByRole('article', { name: 'Step 1 — Find the bad pool' });
		expect(within(step1).getByText('Next: run the action')).toBeVisible();
		expect(
			screen.getByRole('list', { name: 'Runbook steps' }).querySelector('[aria-current="step"] h3')
		).toHaveTextContent('Scale the healthy pool up');
	});

	it('enables the decisions the gate would take, per phase', async () => {
		await rehearse('approve');
		const enabled = () =>
			within(screen.getByRole('region', { name: 'Decisions' }))
				.getAllByRole('button')
				.filter((b) => !(b as HTMLButtonElement).disabled)
				.map((b) => b.textContent);
		const all = [
			'Confirm pre-flight passed',
			'Stop',
			'Flag stale',
			'Stage rollback',
			'Reject draft'
		];
		const keyed = all.map((name, i) => `${name}Alt+Shift+${'CSFRX'[i]}`);
		// Step 1 only reads: it has no rollback to stage.
		expect(enabled()).toEqual(keyed.filter((name) => !name.startsWith('Stage')));
		await fireEvent.click(button('Confirm pre-flight passed'));
		await screen.findByRole('heading', { level: 2, name: 'Step 2 — Scale the healthy pool up' });
		expect(enabled()).toHaveLength(5);

		await fireEvent.click(button('Flag stale'));
		const reason = screen.getByRole('textbox', { name: 'What about step 2 is stale?' });
		await fireEvent.input(reason, { target: { value: 'The HPA caps payments-secondary at 4.' } });
		await fireEvent.submit(reason.closest('form')!);
		// Step 3 has no draft (the drafter failed): it can be stopped or flagged, not confirmed;
		// step 1's action is still open, so its draft can be rejected (it only reads: nothing to stage).
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Step 3 could not be drafted: no step 3 scripted'
		);
		expect(enabled()).toEqual([
			'StopAlt+Shift+S',
			'Flag staleAlt+Shift+F',
			'Reject draftAlt+Shift+X'
		]);
		expect(screen.getByRole('button', { name: 'Draft step 3 again' })).toBeVisible();
	});

	it('takes the decisions from Alt+Shift shortcuts, even from the terminal', async () => {
		const { rehearsal } = await rehearse('approve');
		const terminal = document.createElement('textarea');
		terminal.className = 'xterm-helper-textarea';
		document.body.append(terminal);
		await shortcut('KeyC', terminal);
		await screen.findByRole('heading', { level: 2, name: 'Step 2 — Scale the healthy pool up' });

		await shortcut('KeyR', terminal);
		// Step 1 only reads: the rollback staged is step 2's.
		const rollback = screen.getByRole('textbox', { name: 'Rollback to stage for step 2' });
		expect(rollback).toHaveValue(STEP_2.rollback.command);
		await fireEvent.submit(rollback.closest('form')!);

		await shortcut('KeyS', terminal);
		const reason = screen.getByRole('textbox', { name: 'Why stop step 2?' });
		await waitFor(() => expect(reason).toHaveFocus());
		await fireEvent.input(reason, { target: { value: 'payments-secondary is not 2/2 Ready.' } });
		await fireEvent.submit(reason.closest('form')!);
		await waitFor(() =>
			expect(acts(rehearsal)).toEqual([
				{ act: 'confirm', step: 1 },
				{ act: 'stage-rollback', step: 2, command: STEP_2.rollback.command },
				{ act: 'stop', step: 2, reason: 'payments-secondary is not 2/2 Ready.' }
			])
		);
		terminal.remove();
	});

	it('lets the trainee pick the step when more than one rollback could be staged', async () => {
		const step3 = {
			...STEP_2,
			step: 3,
			title: 'Drain the primary pool',
			rollback: { command: 'kubectl scale deploy/payments-primary -n payments --replicas=4' }
		};
		const { rehearsal } = await rehearse('approve', {
			drafts: {
				1: { ok: true, step: STEP_1 },
				2: { ok: true, step: STEP_2 },
				3: { ok: true, step: step3 }
			}
		});
		await rehearsal.act({ act: 'confirm', step: 1 });
		await rehearsal.act({ act: 'confirm', step: 2 });
		await screen.findByRole('heading', { level: 2, name: 'Step 3 — Drain the primary pool' });
		await fireEvent.click(button('Stage rollback'));
		// Step 2 was confirmed and waits for its action: its rollback comes first.
		const picker = screen.getByRole('combobox', { name: 'Rollback for' });
		expect(
			within(picker)
				.getAllByRole('option')
				.map((o) => o.textContent)
		).toEqual(['Step 2 — Scale the healthy pool up', 'Step 3 — Drain the primary pool']);
		expect(screen.getByRole('textbox', { name: 'Rollback to stage for step 2' })).toHaveValue(
			STEP_2.rollback.command
		);
		await fireEvent.change(picker, { target: { value: '3' } });
		const input = screen.getByRole('textbox', { name: 'Rollback to stage for step 3' });
		expect(input).toHaveValue(step3.rollback.command);
		await fireEvent.submit(input.closest('form')!);
		await waitFor(() =>
			expect(acts(rehearsal).at(-1)).toEqual({
				act: 'stage-rollback',
				step: 3,
				command: step3.rollback.command
			})
		);
	});

	it('gives the keyboard back to the terminal once a question is answered or put away', async () => {
		await rehearse('approve');
		const terminal = document.createElement('textarea');
		terminal.setAttribute('aria-label', 'Terminal input');
		document.body.append(terminal);
		try {
			terminal.focus();
			await shortcut('KeyF', terminal);
			const reason = screen.getByRole('textbox', { name: 'What about step 1 is stale?' });
			await waitFor(() => expect(reason).toHaveFocus());
			await fireEvent.keyDown(reason, { key: 'Escape' });
			expect(screen.queryByRole('textbox', { name: 'What about step 1 is stale?' })).toBeNull();
			expect(terminal).toHaveFocus();

			await shortcut('KeyS', terminal);
			const why = screen.getByRole('textbox', { name: 'Why stop step 1?' });
			await waitFor(() => expect(why).toHaveFocus());
			await fireEvent.input(why, { target: { value: 'payments-primary shows no errors.' } });
			await fireEvent.submit(why.closest('form')!);
			await waitFor(() => expect(terminal).toHaveFocus());
		} finally {
			terminal.remove();
		}
	});

	it('pins the staged rollback, offering the draft’s to edit', async () => {
		const { rehearsal } = await rehearse('approve');
		await rehearsal.act({ act: 'flag-stale', step: 1, reason: 'Both pools are already healthy.' });
		await screen.findByRole('heading', { level: 2, name: 'Step 2 — Scale the healthy pool up' });
		await fireEvent.click(button('Stage rollback'));
		const input = screen.getByRole('textbox', { name: 'Rollback to stage for step 2' });
		expect(input).toHaveValue('kubectl scale deploy/payments-secondary -n payments --replicas=2');
		await fireEvent.input(input, {
			target: { value: 'kubectl scale deploy/payments-secondary -n payments --replicas=3' }
		});
		await fireEvent.submit(input.closest('form')!);
		const pin = await screen.findByRole('region', { name: 'Staged rollback · step 2' });
		expect(within(pin).getByRole('code')).toHaveTextContent(
			'kubectl scale deploy/payments-secondary -n payments --replicas=3'
		);
	});

	it('shows the gate’s reason when it refuses an act', async () => {
		const { rehearsal, runtime } = await rehearse('approve');
		await fireEvent.click(button('Reject draft'));
		const reason = screen.getByRole('textbox', { name: 'What is wrong with the draft of step 1?' });
		// Meanwhile the step is confirmed and its action runs in the terminal.
		await rehearsal.act({ act: 'confirm', step: 1 });
		rehearsal.received({
			output: '',
			exitCode: 0,
			status: { ...runtime.status_ },
			records: [
				{
					at: runtime.status_.now,
					record: {
						command: STEP_1.action.command,
						context: 'prod-us-east-1',
						namespace: 'payments',
						verb: 'logs',
						resources: ['deployment/payments-primary'],
						mutating: false,
						exitCode: 0,
						output: ''
					}
				}
			]
		});
		expect(rehearsal.gate.steps[0].phase).toBe('action-run');
		await fireEvent.input(reason, { target: { value: 'It reads the wrong pool.' } });
		await fireEvent.submit(reason.closest('form')!);
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'Not taken: step 1 is action-run: no draft to reject before its action'
		);
	});

	it('copies a command to the prompt and never runs it', async () => {
		const runtime = new FakeRuntime();
		const term = new xtermHeadless.Terminal({ cols: 160, rows: 20, allowProposedApi: true });
		const controller = new TerminalController(term, runtime);
		await controller.start();
		const { rehearsal } = await rehearse('approve');
		render(RehearsalPage, { rehearsal, runtime, terminal: controller });
		await fireEvent.click(
			screen.getAllByRole('button', { name: 'Copy to terminal: the pre-flight' })[1]
		);
		await waitFor(async () => {
			await new Promise<void>((resolve) => term.write('', resolve));
			expect(bufferText(term.buffer.active)).toBe(
				'oncall@prod-us-east-1:payments$ kubectl get pods -n payments -l pool=primary -o wide'
			);
		});
		expect(runtime.calls.filter((c) => c.startsWith('execute'))).toEqual([]);
		expect(acts(rehearsal)).toEqual([]);
	});

	it('logs a clock reply’s records once, through the terminal', async () => {
		const restore = fillXtermGaps();
		try {
			await clockReplyLoggedOnce();
		} finally {
			restore();
		}
	});

	async function clockReplyLoggedOnce() {
		const { rehearsal, runtime } = await rehearse('approve');
		await fireEvent.click(button('Pause'));
		// The page's xterm is up (its test hook is installed just before it takes the clock's replies).
		await waitFor(() => expect(window.__preflight).toBeDefined());
		const record = {
			command: 'kubectl rollout status deploy/payments-secondary -n payments',
			context: 'prod-us-east-1',
			namespace: 'payments',
			verb: 'rollout',
			resources: ['deployment/payments-secondary'],
			mutating: false,
			exitCode: 0,
			output: 'deployment "payments-secondary" successfully rolled out\n'
		};
		const at = runtime.status_.now + 30_000;
		runtime.pendingOutput = record.output;
		runtime.pendingAdvance = { exitCode: 0, records: [{ at, record }] };
		await fireEvent.click(screen.getByRole('button', { name: 'Advance 30 seconds' }));
		// Shown in the terminal: the terminal has passed the reply on.
		await waitFor(() =>
			expect(window.__preflight?.terminalText()).toContain('successfully rolled out')
		);
		await waitFor(() => expect(rehearsal.now).toBe(at));
		await rehearsal.settled();
		expect(rehearsal.events.filter((e) => e.kind === 'command')).toEqual([
			{ kind: 'command', seq: 1, at, t: 30_000, wall: Date.UTC(2026, 2, 14, 9, 45), record }
		]);
	}

	it('checkpoints the clock as it is when the tab is hidden or closed', async () => {
		const { rehearsal, runtime, runs } = await rehearse('approve');
		await fireEvent.click(button('Pause'));
		const checkpoints = () => runtime.calls.filter((c) => c === 'checkpoint').length;
		const saved = async () => (await runs.load(RUN_ID))?.run.checkpoint?.now;
		await rehearsal.settled();
		// The run's first checkpoint is at t = 0; the clock may have ticked before the pause.
		const start = runtime.status_.now;
		expect([checkpoints(), await saved()]).toEqual([1, rehearsal.t0]);

		await fireEvent.click(screen.getByRole('button', { name: 'Advance 30 seconds' }));
		await waitFor(() => expect(rehearsal.now).toBe(start + 30_000));
		await rehearsal.settled();
		// The clock alone earns a checkpoint only each virtual minute.
		expect([checkpoints(), await saved()]).toEqual([1, rehearsal.t0]);
		Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
		try {
			document.dispatchEvent(new Event('visibilitychange'));
		} finally {
			delete (document as { visibilityState?: unknown }).visibilityState;
		}
		await rehearsal.settled();
		expect([checkpoints(), await saved()]).toEqual([2, start + 30_000]);

		await fireEvent.click(screen.getByRole('button', { name: 'Advance 30 seconds' }));
		await waitFor(() => expect(rehearsal.now).toBe(start + 60_000));
		await rehearsal.settled();
		// A minute since the first checkpoint, but not since the one the tab wrote when hidden.
		expect([checkpoints(), await saved()]).toEqual([2, start + 30_000]);
		window.dispatchEvent(new Event('pagehide'));
		await rehearsal.settled();
		expect([checkpoints(), await saved()]).toEqual([3, start + 60_000]);
	});

	it('names the tab, shows the storage notice with an export, and ends into the debrief', async () => {
		const { rehearsal, debriefs } = await rehearse('approve', {
			score: {
				report: { total: 0, grade: 'F', categories: [], tips: [] } as never,
				samples: []
			}
		});
		expect(document.title).toBe(
			'Rehearsing Drain the unhealthy payments connection pool · Preflight'
		);
		expect(screen.queryByRole('button', { name: 'Export this run' })).toBeNull();
		rehearsal.notice =
			'Storage is full: this run is kept in memory only. Export it before you close the tab.';
		expect(await screen.findByRole('button', { name: 'Export this run' })).toBeVisible();
		expect(screen.getByText(rehearsal.notice)).toHaveAttribute('role', 'status');
		await fireEvent.click(button('End rehearsal'));
		await waitFor(() => expect(debriefs).toEqual([RUN_ID]));
		expect(screen.getByRole('link', { name: 'See the debrief' })).toHaveAttribute(
			'href',
			`#/debrief/${RUN_ID}`
		);
	});
});

describe('RehearsalPage when the run is kept in memory only', () => {
	const leave = () => {
		const event = new Event('beforeunload', { cancelable: true });
		window.dispatchEvent(event);
		return event.defaultPrevented;
	};

	it('asks before a reload or close would lose events not yet exported', async () => {
		const { rehearsal } = await rehearse(
			'approve',
			{},
			memoryRunStore({ notice: 'This browser keeps nothing: this run lives in this tab only.' })
		);
		await rehearsal.settled();
		expect(rehearsal.notice).toBe('This browser keeps nothing: this run lives in this tab only.');
		expect(leave()).toBe(true);
		await rehearsal.exportRun();
		expect(leave()).toBe(false);
	});

	it('lets the tab go when storage keeps the run', async () => {
		const { rehearsal } = await rehearse('approve');
		await rehearsal.settled();
		expect(leave()).toBe(false);
	});
});

describe('RehearsalPage while the run is scored', () => {
	it('stops the clock: no advance reaches the runtime once the run has ended', async () => {
		const { runtime } = await rehearse('approve', {
			score: {
				report: { total: 0, grade: 'F', categories: [], tips: [] } as never,
				samples: []
			}
		});
		await fireEvent.click(button('End rehearsal'));
		await waitFor(() =>
			expect(screen.getByRole('link', { name: 'See the debrief' })).toBeVisible()
		);
		const advances = () => runtime.calls.filter((c) => c.startsWith('advance')).length;
		const before = advances();
		await new Promise((resolve) => setTimeout(resolve, 1200));
		expect(advances()).toBe(before);
	});
});

describe('RehearsalPage in compose mode', () => {
	it('asks for the step’s four parts and names the empty field', async () => {
		const { rehearsal } = await rehearse('compose');
		const form = screen.getByRole('form', { name: 'Compose step 1' });
		expect(within(form).getByRole('textbox', { name: 'Title' })).toHaveValue('Find the bad pool');
		const fill = (name: string, value: string) =>
			fireEvent.input(within(form).getByRole('textbox', { name }), { target: { value } });
		await fill('Pre-flight command', STEP_1.preflight.command);
		await fill('Proceed only if', STEP_1.preflight.expect);
		await fill('STOP if', STEP_1.preflight.stopIf.text);
		await fill('Blast radius', STEP_1.action.blastRadius);
		await fill('Verify command', STEP_1.verify.command);
		await fill('Verify expects', STEP_1.verify.expect);
		await fill('Rollback note', 'Nothing to undo: the step only reads.');
		await fireEvent.submit(form);
		const action = within(form).getByRole('textbox', { name: 'Action command' });
		expect(action).toHaveAttribute('aria-invalid', 'true');
		expect(action).toHaveAccessibleDescription('Action command: this cannot be empty');
		expect(acts(rehearsal)).toEqual([]);

		await fill('Action command', STEP_1.action.command);
		await fireEvent.submit(form);
		expect(
			await screen.findByRole('heading', { level: 2, name: 'Step 1 — Find the bad pool' })
		).toBeVisible();
		expect(acts(rehearsal)).toEqual([
			{ act: 'compose', step: 1, draft: { ...STEP_1, staleFlags: [] } }
		]);
		expect(screen.queryByRole('button', { name: 'Reject draft' })).toBeNull();
	});
});

describe('RehearsalPage in free play', () => {
	it('has no step card and no decisions: the terminal and the cluster', async () => {
		await rehearse('free-play');
		expect(screen.queryByRole('region', { name: 'Guarded steps' })).toBeNull();
		expect(screen.queryByRole('region', { name: 'Decisions' })).toBeNull();
		expect(screen.getByRole('region', { name: 'Terminal and cluster' })).toBeVisible();
	});
});
