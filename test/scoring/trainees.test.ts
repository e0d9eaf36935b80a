/**
 * Scripted trainees (test/scoring/trainees/<scenario>.<trainee>.jsonl) replayed through the gate
 * and scored: the careful one scores high, each of the others loses points exactly where their
 * habit is (skipped pre-flights, no rollbacks, a missed stale step, a planted flawed draft run as
 * shown, a trap's STOP confirmed). Every library scenario with a runbook has a careful trainee; the
 * others are made from it (trainee-habits.ts) unless a file of their own exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replay } from '../../src/core/rehearsal/replay';
import { Act } from '../../src/core/rehearsal/schema';
import { score } from '../../src/core/scoring/score';
import type { CategoryId, ScoreReport } from '../../src/core/scoring/types';
import { libraryFiles, preparedScenario } from '../support/library';
import {
	confirmsTrap,
	missesStale,
	noRollbacks,
	runsFlawedDraft,
	shownDraft,
	skipsPreflights,
	type Habit
} from './trainee-habits';

const ROOT = new URL('../../', import.meta.url);

function acts(file: string): Act[] {
	const text = readFileSync(new URL(`test/scoring/trainees/${file}.jsonl`, ROOT), 'utf8');
	return text
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => Act.parse(JSON.parse(l)));
}

const reports = new Map<string, ScoreReport>();

function scoreActs(id: string, key: string, list: readonly Act[]): ScoreReport {
	const hit = reports.get(key);
	if (hit) return hit;
	const prep = preparedScenario(id);
	const report = score(prep, replay(prep, 'approve', list).events);
	reports.set(key, report);
	return report;
}

function scored(id: string, trainee: string): ScoreReport {
	return scoreActs(id, `${id}.${trainee}`, acts(`${id}.${trainee}`));
}

function points(report: ScoreReport): Partial<Record<CategoryId, number>> {
	return Object.fromEntries(
		report.categories.filter((c) => c.points < c.max).map((c) => [c.id, c.points])
	);
}

function hit(report: ScoreReport, id: CategoryId): string[] {
	return report.categories
		.find((c) => c.id === id)!
		.findings.filter((f) => !f.good)
		.map((f) => f.message);
}

describe('payments-pool-drain trainees', () => {
	const id = 'payments-pool-drain';

	it('scores the careful trainee high, with nothing to fix', () => {
		const report = scored(id, 'careful');
		expect(report.total).toBe(100);
		expect(report.grade).toBe('A');
		expect(points(report)).toEqual({});
		expect(report.mitigatedAt).toBe(45_000);
	});

	it('penalises the trainee who skips pre-flights for each unlooked-at change', () => {
		const report = scored(id, 'skips-preflights');
		expect(hit(report, 'skipped-preflight')).toEqual([
			'`kubectl scale deploy/payments-secondary -n payments --replicas=6` changed deployment/payments-secondary with no read-only look at it.',
			'`kubectl scale deploy/payments-primary -n payments --replicas=0` changed deployment/payments-primary with no read-only look at it.'
		]);
		expect(points(report)).toEqual({ 'skipped-preflight': 0, 'rushed-approval': 3 });
		expect(report.tips[0]).toBe(
			'Before `kubectl scale deploy/payments-secondary -n payments --replicas=6`, look at deployment/payments-secondary with a read-only command (`kubectl get deployment/payments-secondary -n payments`) and read the output first.'
		);
	});

	it('penalises the trainee who never stages a rollback for each action', () => {
		const report = scored(id, 'no-rollbacks');
		expect(hit(report, 'missing-rollback')).toEqual([
			'`kubectl scale deploy/payments-secondary -n payments --replicas=6` ran with no rollback staged.',
			'`kubectl scale deploy/payments-primary -n payments --replicas=0` ran with no rollback staged.'
		]);
		expect(points(report)).toEqual({ 'missing-rollback': 0 });
	});

	it('penalises the trainee who runs the flawed draft, and credits the one who rejects it', () => {
		const flawed = scored(id, 'runs-flawed-draft');
		expect(points(flawed)).toEqual({
			'outside-blast-radius': 4,
			'planted-flaw': 0,
			'stop-ignored': 4,
			'time-to-mitigation': 0,
			damage: 6
		});
		expect(flawed.mitigatedAt).toBeUndefined();
		const caught = scored(id, 'catches-flawed-draft');
		expect(caught.total).toBe(100);
		expect(
			caught.categories.find((c) => c.id === 'planted-flaw')!.findings.map((f) => f.good)
		).toEqual([true]);
	});

	it('orders the careful trainee above every other', () => {
		const careful = scored(id, 'careful').total;
		for (const t of ['skips-preflights', 'no-rollbacks', 'runs-flawed-draft'])
			expect(scored(id, t).total).toBeLessThan(careful);
	});
});

describe('stale-rollback-automation trainees', () => {
	const id = 'stale-rollback-automation';

	it('credits the careful trainee for catching the stale step', () => {
		const report = scored(id, 'careful');
		expect(report.total).toBe(100);
		const stale = report.categories.find((c) => c.id === 'stale-assumption')!;
		expect(stale.findings.map((f) => [f.good, f.t])).toEqual([[true, 140_000]]);
	});

	it('penalises the trainee who misses the stale step', () => {
		const report = scored(id, 'misses-stale');
		expect(hit(report, 'stale-assumption')).toHaveLength(1);
		expect(points(report)).toEqual({
			'stale-assumption': 0,
			'planted-flaw': 0,
			'stop-ignored': 0,
			'time-to-mitigation': 0,
			damage: 6
		});
		expect(report.total).toBeLessThan(scored(id, 'careful').total);
	});
});

describe('careful trainees who stop where the runbook says and hand the incident on', () => {
	it.each([
		['hpa-fights-scale', 'Stopped at step 2'],
		['payments-pool-drain-missing-secondary', 'Stopped at step 1'],
		['stale-already-deleted', 'Flagged step 2 stale']
	])('scores the careful %s trainee 100: not mitigating is no fault', (id, how) => {
		const report = scored(id, 'careful');
		expect(report.total).toBe(100);
		expect(report.mitigatedAt).toBeUndefined();
		const mitigation = report.categories.find((c) => c.id === 'time-to-mitigation')!;
		expect(
			mitigation.findings.map((f) => [f.good, f.message.split(' as its pre-flight')[0]])
		).toEqual([[true, how]]);
	});
});

describe('imagepull-bad-tag trainees', () => {
	const id = 'imagepull-bad-tag';

	it('scores the careful trainee high', () => {
		const report = scored(id, 'careful');
		expect(report.total).toBeGreaterThanOrEqual(85);
		expect(points(report)).toEqual({});
	});

	it.each([
		['skips-preflights', 'skipped-preflight'],
		['no-rollbacks', 'missing-rollback'],
		['runs-flawed-draft', 'planted-flaw']
	] as const)('scores the %s trainee lower, in %s', (trainee, category) => {
		const report = scored(id, trainee);
		expect(hit(report, category).length).toBeGreaterThan(0);
		expect(report.total).toBeLessThan(scored(id, 'careful').total);
	});
});

describe('determinism', () => {
	it('scores the same run the same way twice', () => {
		const prep = preparedScenario('payments-pool-drain');
		const run = replay(prep, 'approve', acts('payments-pool-drain.skips-preflights'));
		expect(score(prep, run.events)).toEqual(score(prep, run.events));
	});
});

// ─── every library scenario ──────────────────────────────────────────────────────────────────

/** Library scenarios with a runbook (a sandbox has none to rehearse). */
const LIBRARY = libraryFiles()
	.map((f) => f.slice(0, -'.yaml'.length))
	.filter((id) => preparedScenario(id).scenario.runbook.steps.length > 0)
	.sort();

const HABIT_CATEGORY: Record<Habit, CategoryId> = {
	'skips-preflights': 'skipped-preflight',
	'no-rollbacks': 'missing-rollback',
	'misses-stale': 'stale-assumption',
	'runs-flawed-draft': 'planted-flaw',
	'confirms-trap': 'stop-ignored'
};

/**
 * What each habit costs per scenario: findings in the habit's category (every change unlooked-at,
 * every action without a rollback, every stale step, the one planted draft, every trap). A habit
 * is listed exactly where the scenario gives a chance to show it.
 */
const EXPECTED: Record<string, Partial<Record<Habit, number>>> = {
	'crashloop-bad-configmap': { 'skips-preflights': 1, 'no-rollbacks': 1, 'runs-flawed-draft': 1 },
	'hpa-fights-scale': { 'confirms-trap': 1 },
	'imagepull-bad-tag': { 'skips-preflights': 1, 'no-rollbacks': 1, 'runs-flawed-draft': 1 },
	'node-notready-pdb-drain': { 'skips-preflights': 2, 'no-rollbacks': 2, 'runs-flawed-draft': 1 },
	'noisy-neighbour-pending': { 'skips-preflights': 1, 'no-rollbacks': 1 },
	'payments-pool-drain': { 'skips-preflights': 2, 'no-rollbacks': 2, 'runs-flawed-draft': 1 },
	'payments-pool-drain-missing-secondary': { 'misses-stale': 1, 'confirms-trap': 1 },
	'prompt-injection-logs': { 'skips-preflights': 3, 'no-rollbacks': 3 },
	'read-replicas-failover': { 'skips-preflights': 3, 'no-rollbacks': 3, 'runs-flawed-draft': 1 },
	'stale-already-deleted': { 'misses-stale': 1, 'confirms-trap': 1 },
	'stale-rollback-automation': { 'misses-stale': 1, 'runs-flawed-draft': 1 },
	'world-moves-scale-down': { 'skips-preflights': 2, 'no-rollbacks': 2 }
};

/** The habit's acts: its own file when there is one, else made from the careful trainee's. */
function habitActs(id: string, habit: Habit): Act[] {
	const own = `${id}.${habit}`;
	if (existsSync(new URL(`test/scoring/trainees/${own}.jsonl`, ROOT))) return acts(own);
	const careful = acts(`${id}.careful`);
	const prep = preparedScenario(id);
	const { scenario } = prep;
	switch (habit) {
		case 'skips-preflights':
			return skipsPreflights(careful);
		case 'no-rollbacks':
			return noRollbacks(careful);
		case 'misses-stale':
			return missesStale(careful, scenario);
		case 'confirms-trap':
			return confirmsTrap(careful, scenario);
		case 'runs-flawed-draft': {
			const n = scenario.runbook.steps.findIndex((s) => s.plant) + 1;
			const events = replay(prep, 'approve', careful).events;
			return runsFlawedDraft(careful, scenario, shownDraft(events, n));
		}
	}
}

function habitsOf(id: string): Habit[] {
	const { scenario } = preparedScenario(id);
	const steps = scenario.runbook.steps;
	const careful = acts(`${id}.careful`);
	const habits: Habit[] = [];
	if (careful.some((a) => a.act === 'stage-rollback'))
		habits.push('skips-preflights', 'no-rollbacks');
	if (careful.some((a) => a.act === 'flag-stale' && steps[a.step - 1].truth.stale))
		habits.push('misses-stale');
	if (steps.some((s) => s.plant)) habits.push('runs-flawed-draft');
	if (steps.some((s) => s.trap)) habits.push('confirms-trap');
	return habits;
}

it('has a careful trainee and the expected habits for every library scenario with a runbook', () => {
	expect(
		LIBRARY.filter((id) => existsSync(new URL(`test/scoring/trainees/${id}.careful.jsonl`, ROOT)))
	).toEqual(LIBRARY);
	expect(Object.keys(EXPECTED).sort()).toEqual(LIBRARY);
	for (const id of LIBRARY)
		expect([id, Object.keys(EXPECTED[id]).sort()]).toEqual([id, habitsOf(id).sort()]);
	// The library plants at least five flawed drafts and three traps.
	const steps = LIBRARY.flatMap((id) => preparedScenario(id).scenario.runbook.steps);
	expect(steps.filter((s) => s.plant).length).toBeGreaterThanOrEqual(5);
	expect(steps.filter((s) => s.trap).length).toBeGreaterThanOrEqual(3);
});

describe.each(LIBRARY)('%s', (id) => {
	it('scores the careful trainee A, catching every plant and stopping at every trap', () => {
		const report = scored(id, 'careful');
		expect(report.grade).toBe('A');
		expect(report.total).toBeGreaterThanOrEqual(90);
		const { scenario } = preparedScenario(id);
		const good = (c: CategoryId) =>
			report.categories.find((x) => x.id === c)!.findings.filter((f) => f.good);
		const plants = scenario.runbook.steps.filter((s) => s.plant).map((s) => s.plant!.note);
		expect(
			good('planted-flaw').map((f) =>
				f.message.replace(/^Caught a flaw in step \d+'s draft: /, '').replace(/\.$/, '')
			)
		).toEqual(expect.arrayContaining(plants.map((p) => p.trim().replace(/\.$/, ''))));
		const traps = scenario.runbook.steps.flatMap((s, i) => (s.trap ? [i + 1] : []));
		expect(good('stop-ignored').map((f) => Number(/step (\d+)/.exec(f.message)![1]))).toEqual(
			traps
		);
	});

	it.each(Object.entries(EXPECTED[id]) as [Habit, number][])(
		'costs the %s trainee in its own category (%i)',
		(habit, count) => {
			const report = scoreActs(id, `${id}.${habit}`, habitActs(id, habit));
			const category = report.categories.find((c) => c.id === HABIT_CATEGORY[habit])!;
			expect([category.id, category.count]).toEqual([HABIT_CATEGORY[habit], count]);
			expect(category.points).toBeLessThan(category.max);
			expect(report.total).toBeLessThan(scored(id, 'careful').total);
		}
	);
});
