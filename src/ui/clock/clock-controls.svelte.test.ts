import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import ClockControls from './ClockControls.svelte';
import { ClockDriver } from '../clock.svelte';
import { FakeRuntime } from '../../adapters/runtime/fake-runtime';

function setup() {
	const runtime = new FakeRuntime();
	const replies: string[] = [];
	let wall = 0;
	const clock = new ClockDriver(runtime, {
		wallNow: () => wall,
		onreply: (r) => replies.push(`${r.status.now - Date.UTC(2026, 2, 14, 9, 41)}:${r.output}`)
	});
	render(ClockControls, { clock });
	return { runtime, clock, replies, passWall: (ms: number) => (wall += ms) };
}

describe('ClockControls', () => {
	it('moves virtual time with wall time at the chosen speed', async () => {
		const { runtime, clock, passWall } = setup();
		clock.start();
		clock.stop(); // drive ticks by hand
		passWall(500);
		await clock.tick();
		await fireEvent.click(screen.getByRole('button', { name: '60×' }));
		expect(screen.getByRole('button', { name: '60×' })).toHaveAttribute('aria-pressed', 'true');
		expect(screen.getByRole('button', { name: '1×' })).toHaveAttribute('aria-pressed', 'false');
		passWall(1000);
		await clock.tick();
		expect(runtime.calls).toEqual(['advance 500', 'advance 60000']);
	});

	it('pauses and resumes at the speed it had', async () => {
		const { runtime, clock, passWall } = setup();
		clock.start();
		clock.stop();
		await fireEvent.click(screen.getByRole('button', { name: '10×' }));
		await fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
		expect(screen.getByRole('button', { name: 'Resume' })).toHaveAttribute('aria-pressed', 'true');
		passWall(1000);
		await clock.tick();
		await fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
		passWall(100);
		await clock.tick();
		expect(runtime.calls).toEqual(['advance 1000']);
		expect(clock.speed).toBe(10);
	});

	it('jumps forward 30 seconds or 5 minutes, even while paused, and reports the output', async () => {
		const { runtime, clock, replies } = setup();
		clock.togglePause();
		runtime.pendingOutput = 'deployment "payments-primary" successfully rolled out\n';
		await fireEvent.click(screen.getByRole('button', { name: 'Advance 30 seconds' }));
		await clock.tick();
		await fireEvent.click(screen.getByRole('button', { name: 'Advance 5 minutes' }));
		await clock.tick();
		expect(runtime.calls).toEqual(['advance 30000', 'advance 300000']);
		expect(replies).toEqual([
			'30000:deployment "payments-primary" successfully rolled out\n',
			'330000:'
		]);
		expect(clock.now).toBe(Date.UTC(2026, 2, 14, 9, 46, 30));
	});
});
