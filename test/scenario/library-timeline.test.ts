/**
 * Every library scenario prepares and plays its timeline from -history to ten minutes after its
 * last event with no event failing. (Scenarios that do not load are the lint test's to report.)
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/scenario/load';
import { prepareScenario } from '../../src/core/scenario/prepare';
import { advanceScenario } from '../../src/core/scenario/timeline';
import { libraryFiles, libraryText, readBeside } from '../support/library';

const files = libraryFiles();
const AFTER_LAST_EVENT = 10 * 60_000;

describe('the library timelines', () => {
	it('holds the twelve incidents and more', () => {
		expect(files.length).toBeGreaterThanOrEqual(12);
	});

	for (const file of files) {
		const loaded = loadScenario(libraryText(file.replace(/\.yaml$/, '')), file);
		if (!loaded.ok) {
			it(`${file}: loads`, () => expect(loaded.problems).toEqual([]));
			continue;
		}
		it(`${file}: prepares and runs its timeline without a failed event`, () => {
			const prepared = prepareScenario(loaded.scenario, readBeside);
			expect(prepared.ok ? [] : prepared.problems).toEqual([]);
			if (!prepared.ok) return;
			const p = prepared.prepared;
			const last = Math.max(0, ...loaded.scenario.timeline.map((e) => e.at));
			const run = advanceScenario(p, p.world, p.now, p.t0 + last + AFTER_LAST_EVENT);
			expect(run.failed).toEqual([]);
			expect(run.happened.length + startingEvents(p.scenario)).toBe(
				loaded.scenario.timeline.length
			);
		});
	}
});

function startingEvents(scenario: { timeline: { at: number }[]; world: { history: number } }) {
	return scenario.timeline.filter((e) => e.at === -scenario.world.history).length;
}
