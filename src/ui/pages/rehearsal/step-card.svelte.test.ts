import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import type { StepPhase } from '../../../core/rehearsal/gate-state';
import StepCard from './StepCard.svelte';
import RollbackPin from './RollbackPin.svelte';
import { STEP_1, STEP_2 } from './fixtures/payments-drafts';

function parts(): Record<string, string> {
	const card = screen.getByRole('article');
	return Object.fromEntries(
		within(card)
			.getAllByRole('heading', { level: 3 })
			.map((h) => [h.textContent, h.parentElement?.textContent?.replace(/\s+/g, ' ').trim() ?? ''])
	);
}

describe('StepCard', () => {
	it('shows a draft in the seed’s shape, each part in full', () => {
		render(StepCard, {
			step: { step: 2, phase: 'drafted', draft: STEP_2 },
			mode: 'approve',
			oncopy: () => {}
		});
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
			'Step 2 — Scale the healthy pool up'
		);
		expect(parts()).toEqual({
			'Pre-flight (read-only)':
				'Pre-flight (read-only) kubectl get deploy/payments-secondary -n payments Copy to terminal Proceed only if payments-secondary exists in prod-us-east-1 at 2/2 Ready. STOP if the secondary Deployment does not exist.',
			Action:
				'Action kubectl scale deploy/payments-secondary -n payments --replicas=6 Copy to terminal Blast radius Adds 4 pods to the secondary pool; blast radius: deployment/payments-secondary in payments, prod-us-east-1 only.',
			Verify:
				'Verify kubectl rollout status deploy/payments-secondary -n payments Copy to terminal Expect deployment "payments-secondary" successfully rolled out',
			Rollback:
				'Rollback kubectl scale deploy/payments-secondary -n payments --replicas=2 Copy to terminal Back to the two replicas it ran with before the incident.'
		});
		const stale = screen.getByRole('list', { name: 'Stale assumptions' });
		expect(within(stale).getByText(/^⚠ Stale:/)).toHaveTextContent(
			'⚠ Stale: The runbook says 6 replicas, but the HPA on payments-secondary allows at most 4.'
		);
		expect(stale.querySelector('pre')?.textContent).toBe(STEP_2.staleFlags[0].evidence);
		expect(screen.getByText('Confirm the pre-flight passed and tell me to proceed.')).toBeVisible();
	});

	it('says when nothing undoes the step', () => {
		render(StepCard, {
			step: { step: 1, phase: 'drafted', draft: STEP_1 },
			mode: 'approve',
			oncopy: () => {}
		});
		expect(parts().Rollback).toBe(
			'Rollback None: nothing undoes this step. Nothing to undo: the step only reads.'
		);
		expect(screen.queryByRole('list', { name: 'Stale assumptions' })).toBeNull();
	});

	it('hands each command to "Copy to terminal" exactly as drafted', async () => {
		const copied: string[] = [];
		render(StepCard, {
			step: { step: 2, phase: 'drafted', draft: STEP_2 },
			mode: 'approve',
			oncopy: (c: string) => copied.push(c)
		});
		for (const what of ['pre-flight', 'action', 'verify', 'rollback'])
			await fireEvent.click(screen.getByRole('button', { name: `Copy to terminal: the ${what}` }));
		expect(copied).toEqual([
			'kubectl get deploy/payments-secondary -n payments',
			'kubectl scale deploy/payments-secondary -n payments --replicas=6',
			'kubectl rollout status deploy/payments-secondary -n payments',
			'kubectl scale deploy/payments-secondary -n payments --replicas=2'
		]);
	});

	it.each<[StepPhase, string, string | undefined]>([
		['drafted', 'Next: run the pre-flight and read its output', 'Pre-flight (read-only)'],
		['preflight-run', 'Next: decide — confirm, stop or flag stale', 'Pre-flight (read-only)'],
		['proceed', 'Next: stage the rollback before the action', 'Rollback'],
		['rollback-staged', 'Next: run the action', 'Action'],
		['action-run', 'Next: run the verify', 'Verify'],
		['verify-run', 'The verify failed: roll back, or verify again', 'Verify'],
		['done', 'Done: the verify passed', undefined]
	])('in phase %s says “%s” and marks %s', (phase, text, part) => {
		const { container } = render(StepCard, {
			step: { step: 2, phase, draft: STEP_2 },
			mode: 'approve',
			oncopy: () => {}
		});
		expect(container.querySelector('.next')?.textContent).toBe(text);
		const marked = [...container.querySelectorAll('[data-next="true"] h3')].map(
			(h) => h.textContent
		);
		expect(marked).toEqual(part ? [part] : []);
	});

	it('shows a command’s control characters as escapes, and copies it as drafted', async () => {
		const copied: string[] = [];
		const draft = {
			...STEP_2,
			action: { ...STEP_2.action, command: 'kubectl get pods\rkubectl delete ns payments' }
		};
		render(StepCard, {
			step: { step: 2, phase: 'drafted', draft },
			mode: 'approve',
			oncopy: (c: string) => copied.push(c)
		});
		expect(screen.getByText('kubectl get pods\\rkubectl delete ns payments')).toBeVisible();
		await fireEvent.click(screen.getByRole('button', { name: 'Copy to terminal: the action' }));
		expect(copied).toEqual(['kubectl get pods\rkubectl delete ns payments']);
	});
});

describe('RollbackPin', () => {
	it('shows the staged rollback with its step, one click from the prompt', async () => {
		const copied: string[] = [];
		render(RollbackPin, {
			pinned: {
				step: 2,
				command: 'kubectl scale deploy/payments-secondary -n payments --replicas=2'
			},
			oncopy: (c: string) => copied.push(c)
		});
		const pin = screen.getByRole('region', { name: 'Staged rollback · step 2' });
		expect(within(pin).getByRole('code')).toHaveTextContent(
			'kubectl scale deploy/payments-secondary -n payments --replicas=2'
		);
		await fireEvent.click(
			within(pin).getByRole('button', { name: 'Copy to terminal: the staged rollback' })
		);
		expect(copied).toEqual(['kubectl scale deploy/payments-secondary -n payments --replicas=2']);
	});

	it('says nothing is staged yet', () => {
		render(RollbackPin, { pinned: undefined, oncopy: () => {} });
		expect(screen.getByRole('region', { name: 'Staged rollback' })).toHaveTextContent(
			"Staged rollback Nothing staged. Stage a step's rollback before you run its action."
		);
	});
});
