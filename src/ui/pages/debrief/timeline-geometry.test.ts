import { describe, expect, it } from 'vitest';
import type { Marker } from './run-markers';
import { placeMarkers, timelineGeometry } from './timeline-geometry';

function mark(seq: number, t: number, lane: Marker['lane'] = 'commands'): Marker {
	return { seq, t, lane, kind: 'read', label: `#${seq}`, failed: false };
}

describe('timelineGeometry', () => {
	it('puts marks close in time on separate rows, per lane', () => {
		const along = (t: number) => t / 100_000;
		const placed = placeMarkers(
			[mark(0, 0), mark(1, 1000), mark(2, 1500), mark(3, 5000), mark(4, 1000, 'acts')],
			along
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

	it("draws each service's error rate in percent with the SLO's error line", () => {
		const sli = (errorRate: number) => ({
			payments: { errorRate, latencyMs: 100, saturation: 0.5, ready: 4 }
		});
		const g = timelineGeometry(
			[
				{ t: 0, slis: sli(0.3), holds: false },
				{ t: 60_000, slis: sli(0.001), holds: true }
			],
			[{ id: 'payments', title: 'payments API', objective: 99.9 }],
			[mark(0, 30_000)]
		);
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
});
