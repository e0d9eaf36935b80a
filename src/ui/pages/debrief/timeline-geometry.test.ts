import { describe, expect, it } from 'vitest';
import type { HealthSample } from '../../../adapters/runtime/runtime';
import type { Marker } from './run-markers';
import { placeMarkers, timelineGeometry } from './timeline-geometry';

function mark(seq: number, t: number, lane: Marker['lane'] = 'commands'): Marker {
	return { seq, t, lane, kind: 'read', label: `#${seq}`, failed: false };
}

function sample(t: number, errorRate: number): HealthSample {
	return {
		t,
		slis: { payments: { errorRate, latencyMs: 100, saturation: 0.5, ready: 4 } },
		holds: errorRate < 0.01
	};
}

const PAYMENTS = [{ id: 'payments', title: 'payments API', objective: 99.9 }];

describe('timelineGeometry', () => {
	it('puts marks close in time on separate rows, per lane', () => {
		const along = (t: number) => t / 100_000;
		const placed = placeMarkers(
			[mark(0, 0), mark(1, 1000), mark(2, 1500), mark(3, 5000), mark(4, 1000, 'acts')],
			along,
			0.02
		);
		expect(placed.markers.map((m) => [m.seq, m.at, m.row])).toEqual([
			[0, 0, 0],
			[1, 0.01, 1],
			[2, 0.015, 2],
			[3, 0.05, 0],
			[4, 0.01, 0]
		]);
		expect(placed.rows).toEqual({ acts: 1, commands: 3, world: 0 });
	});

	it('stacks every mark of one moment on its own row, however many there are', () => {
		const burst = Array.from({ length: 9 }, (_, i) => mark(i, 44_000));
		const placed = placeMarkers(burst, (t) => t / 100_000, 0.02);
		expect(placed.markers.map((m) => m.row)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
		expect(placed.rows.commands).toBe(9);
	});

	it('keeps marks a mark-width apart at the width the chart is drawn', () => {
		const box = { width: 452, height: 180, margin: { top: 12, right: 0, bottom: 26, left: 52 } };
		// 400 px of plot over 60 s: 16 px is 2.4 s.
		const g = timelineGeometry([], PAYMENTS, [mark(0, 0), mark(1, 2000), mark(2, 2400)], {
			box,
			end: 45_000
		});
		expect(g.markers.map((m) => [m.seq, m.row])).toEqual([
			[0, 0],
			[1, 1],
			[2, 0]
		]);
	});

	it("draws each service's error rate in percent with the SLO's error line", () => {
		const g = timelineGeometry([sample(0, 0.3), sample(60_000, 0.001)], PAYMENTS, [
			mark(0, 30_000)
		]);
		expect(g.paths).toEqual([{ id: 'payments', title: 'payments API', d: 'M52,68.8L704,153.7' }]);
		expect(g.yTicks.map((t) => t.label)).toEqual(['0%', '25%', '50%']);
		expect(g.threshold?.value).toBe(0.1);
		expect(g.xTicks.map((t) => [t.at, t.label])).toEqual([
			[52, '0'],
			[378, '+30s'],
			[704, '+1m']
		]);
		expect(g.markers[0].at).toBe(0.5);
	});

	it("ends the axis 15 s after the run's end, shading that stretch and cutting the rest", () => {
		const samples = [0, 30_000, 60_000, 90_000, 114_000, 120_000, 135_000, 150_000, 240_000].map(
			(t) => sample(t, t < 60_000 ? 0.3 : 0.001)
		);
		const g = timelineGeometry(samples, PAYMENTS, [mark(0, 0), mark(1, 114_000)], {
			end: 114_000
		});
		expect(g.xTicks.map((t) => [t.at, t.label])).toEqual([
			[52, '0'],
			[203.7, '+30s'],
			[355.2, '+1m'],
			[506.9, '+90s'],
			[658.5, '+2m']
		]);
		expect(g.after).toEqual({ x: 628.2, width: 75.8 });
		expect(g.plot).toEqual({ x: 52, y: 12, width: 652, height: 142 });
		expect(g.paths[0].d).toBe(
			'M52,68.8L203.7,68.8L355.2,153.7L506.9,153.7L628.2,153.7L658.5,153.7L734.3,153.7'
		);
		expect(g.markers.map((m) => m.at)).toEqual([0, 0.8837]);
	});

	it('gives a run shorter than a minute a one-minute axis', () => {
		const g = timelineGeometry([], PAYMENTS, [mark(0, 0), mark(1, 20_000)]);
		expect(g.xTicks.map((t) => t.label)).toEqual(['0', '+30s', '+1m']);
		expect(g.after).toEqual({ x: 269.3, width: 434.7 });
	});
});
