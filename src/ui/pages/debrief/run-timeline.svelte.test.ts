import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import { debriefOf, serviceLines } from './debrief-of';
import { flawedRun } from './fixtures/fixture-runs';
import type { Marker } from './run-markers';
import { runMarkers } from './run-markers';
import RunTimeline from './RunTimeline.svelte';

function props() {
	const { events, score } = flawedRun();
	const parsed = debriefOf(flawedRun());
	if (!parsed.ok || !score) throw new Error('the fixture should read');
	const findings = score.report.categories.flatMap((c) => c.findings);
	return {
		samples: score.samples,
		services: serviceLines(parsed.scenario),
		markers: runMarkers(events, findings),
		end: events.at(-1)?.t
	};
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.restoreAllMocks();
});

describe('RunTimeline', () => {
	it("runs the axis to the run's end and a little, and shades what the score saw after it", () => {
		render(RunTimeline, props());
		const labels = [...document.querySelectorAll('svg text.xlabel')].map((t) => t.textContent);
		expect(labels).toEqual(['0', '+30s', '+1m', '+90s', '+2m']);
		const after = screen.getByTestId('after-end');
		expect([after.getAttribute('x'), after.getAttribute('width')]).toEqual(['628.2', '75.8']);
		expect(screen.getByRole('list', { name: 'Lines' })).toHaveTextContent(
			'payments API (charges, refunds, payments) error rate SLO: 0.1% errors After the run ended'
		);
	});

	it('names every mark shape in a legend', () => {
		render(RunTimeline, props());
		const shapes = within(screen.getByRole('list', { name: 'Marks' }))
			.getAllByRole('listitem')
			.map((li) => li.textContent);
		expect(shapes).toEqual([
			'Decision',
			'Stop, stale flag or rejected draft',
			'Read',
			'Change',
			'Failed command',
			'Timeline event',
			'A finding that cost points',
			'A catch'
		]);
	});

	it('stacks marks of the same moment instead of printing one over another', () => {
		const burst: Marker[] = [0, 1, 2, 3, 4, 5, 6, 7].map((seq) => ({
			seq,
			t: 44_000,
			lane: 'commands',
			kind: 'read',
			label: `Read: kubectl get pods -n payments #${seq}`,
			failed: false
		}));
		render(RunTimeline, { ...props(), markers: burst, end: 60_000 });
		const lane = screen.getByRole('group', { name: 'Commands' });
		const tops = within(lane)
			.getAllByRole('button')
			.map((b) => b.style.top);
		expect(new Set(tops).size).toBe(8);
	});

	it('draws the chart at the width it is given, so its text stays at its px size', () => {
		class Observer {
			constructor(private readonly callback: () => void) {}
			observe() {
				this.callback();
			}
			disconnect() {}
		}
		vi.stubGlobal('ResizeObserver', Observer);
		vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1000);
		render(RunTimeline, props());
		const svg = screen.getByRole('img');
		expect(svg.getAttribute('viewBox')).toBe('0 0 1000 180');
		expect(svg.getAttribute('width')).toBe('1000');
		expect(screen.getByTestId('after-end').getAttribute('x')).toBe('875.6');
	});
});
