import { describe, expect, it } from 'vitest';
import { hostScenario } from './scenario-host';
import { WARM_UP_FILE, WARM_UP_YAML, warmUp } from './warm-up';

describe('warmUp', () => {
	it('hosts its scenario from its checkpoint, so every path a resume takes has run', () => {
		expect(warmUp()).toEqual({ ok: true });
	});

	it('goes through the plant, the timeline and the health model, not just the parser', () => {
		const hosting = hostScenario({ yaml: WARM_UP_YAML, file: WARM_UP_FILE, files: {} });
		if (!hosting.ok) throw new Error(hosting.message);
		const { scenario, t0 } = hosting.hosted.prepared;
		expect(scenario.runbook.steps.map((s) => s.plant?.flaw)).toEqual(['wrong-target']);
		expect(scenario.timeline.map((e) => e.at)).toEqual([-120_000]);
		expect(scenario.health.services.map((s) => s.id)).toEqual(['payments']);
		expect(hosting.hosted.session.now).toBe(t0);
	});
});
