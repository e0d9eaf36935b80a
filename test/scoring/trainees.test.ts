/**
 * Scripted trainees (test/scoring/trainees/<scenario>.<trainee>.jsonl) replayed through the gate
 * and scored: the careful one scores high, each of the others loses points exactly where their
 * habit is (skipped pre-flights, no rollbacks, a missed stale step, a flawed draft run as written).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offlineDraft } from '../../src/core/drafting/offline';
import type { DraftRequest } from '../../src/core/drafting/drafter';
import type { GuardedStep } from '../../src/core/drafting/schema';
import { replay } from '../../src/core/rehearsal/replay';
import { Act } from '../../src/core/rehearsal/schema';
import { loadScenario } from '../../src/core/scenario/load';
import { prepareScenario, type Prepared } from '../../src/core/scenario/prepare';
import { score } from '../../src/core/scoring/score';
import type { CategoryId, ScoreReport } from '../../src/core/scoring/types';

const ROOT = new URL('../../', import.meta.url);

function prepared(id: string): Prepared {
	const text = readFileSync(new URL(`scenarios/${id}.yaml`, ROOT), 'utf8');
	const loaded = loadScenario(text, `${id}.yaml`);
	if (!loaded.ok) throw new Error(`${id} does not load`);
	const prep = prepareScenario(loaded.scenario);
	if (!prep.ok) throw new Error(`${id} does not prepare`);
	return prep.prepared;
}

function acts(file: string): Act[] {
	const text = readFileSync(new URL(`test/scoring/trainees/${file}.jsonl`, ROOT), 'utf8');
	return text
		.split('\n')
		.filter((l) => l.trim() !== '')
		.map((l) => Act.parse(JSON.parse(l)));
}

/** The drafts a scenario could plant: one step's action (and rollback) pointed wrong. */
const PLANTED: Record<string, { step: number; change: (d: GuardedStep) => GuardedStep }> = {
	'payments-pool-drain': {
		step: 3,
		change: (d) => ({
			...d,
			action: {
				...d.action,
				command: 'kubectl scale deploy/payments-secondary -n payments --replicas=0'
			},
			rollback: { command: 'kubectl scale deployment/payments-secondary -n payments --replicas=6' }
		})
	},
	'imagepull-bad-tag': {
		step: 3,
		change: (d) => ({
			...d,
			action: {
				...d.action,
				command:
					'kubectl set image deploy/payments-api api=123456789012.dkr.ecr.us-east-1.amazonaws.com/payments-api:v2.4.0 -n payments-canary'
			}
		})
	}
};

function drafter(id: string, planted: boolean) {
	return (req: DraftRequest): GuardedStep => {
		const draft = offlineDraft(req);
		const plant = PLANTED[id];
		return planted && plant && req.stepIndex + 1 === plant.step ? plant.change(draft) : draft;
	};
}

const reports = new Map<string, ScoreReport>();

function scored(id: string, trainee: string): ScoreReport {
	const key = `${id}.${trainee}`;
	const hit = reports.get(key);
	if (hit) return hit;
	const prep = prepared(id);
	const planted = trainee.includes('flawed-draft');
	const run = replay(prep, 'approve', acts(key), drafter(id, planted));
	const report = score(prep, run.events);
	reports.set(key, report);
	return report;
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
		).toEqual([true, true]);
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
			'stop-ignored': 0,
			'time-to-mitigation': 0,
			damage: 6
		});
		expect(report.total).toBeLessThan(scored(id, 'careful').total);
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
		const prep = prepared('payments-pool-drain');
		const run = replay(prep, 'approve', acts('payments-pool-drain.skips-preflights'));
		expect(score(prep, run.events)).toEqual(score(prep, run.events));
	});
});
