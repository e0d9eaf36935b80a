/**
 * The offline drafter on the whole library: for every scenario and every runbook step, the draft
 * against the world at t = 0 lints with no error finding (the step's intent and ground truth in
 * the context), and its stale flags follow the ground truth's `stale` predicate.
 */
import { describe, expect, it } from 'vitest';
import { offlineDraft, truthStale } from '../../src/core/drafting/offline';
import { lintDraft } from '../../src/core/guard/lint-draft';
import type { Prepared } from '../../src/core/scenario/prepare';
import { scenarioAt } from '../../src/core/scenario/timeline';
import { libraryFiles, preparedScenario } from '../support/library';

const files = libraryFiles();

function prepare(file: string): Prepared {
	return preparedScenario(file.replace(/\.yaml$/, ''));
}

/** Steps whose draft at t = 0 carries a flag of the guard's own (beside the ground truth's). */
const GUARD_FLAGGED = [
	'hpa-fights-scale/scale-api', // the HPA owns the replicas
	'hpa-fights-scale/scale-back', // minReplicas is already 3 before the surge step ran
	'payments-pool-drain-missing-secondary/scale-secondary', // the Deployment is gone
	'prompt-injection-logs/verify-and-scale-back' // already at 2 before the headroom step ran
];

interface Drafted {
	key: string;
	errors: string[];
	truthStale: boolean;
	truthFlagged: boolean;
	guardFlags: number;
}

function draftAll(prepared: Prepared, t: number): Drafted[] {
	const { scenario } = prepared;
	const moment = scenarioAt(prepared, t);
	return scenario.runbook.steps.map((step, stepIndex) => {
		const draft = offlineDraft({ scenario, stepIndex, world: moment.world, now: moment.now, t });
		const { findings } = lintDraft(draft, {
			world: moment.world,
			now: moment.now,
			step,
			scenario,
			t
		});
		const reason = step.truth.stale?.reason;
		return {
			key: `${scenario.id}/${step.id}`,
			errors: findings
				.filter((f) => f.severity === 'error')
				.map((f) => `[${f.rule}] ${f.field}: ${f.message}`),
			truthStale: truthStale(scenario, step, moment.world, moment.now, t),
			truthFlagged: draft.staleFlags.some((f) => f.reason === reason),
			guardFlags: draft.staleFlags.filter((f) => f.reason !== reason).length
		};
	});
}

describe('offline drafts of the library', () => {
	it('holds scenarios with runbook steps', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	const all: Drafted[] = [];
	for (const file of files) {
		it(`${file}: every step drafts clean against the world at t = 0`, () => {
			const drafted = draftAll(prepare(file), 0);
			all.push(...drafted);
			for (const d of drafted) {
				expect(d.errors, d.key).toEqual([]);
				expect(d.truthFlagged, `${d.key}: flagged as the ground truth says`).toBe(d.truthStale);
			}
		});
	}

	it('raises its own stale flags exactly on the steps the state contradicts', () => {
		expect(all.filter((d) => d.guardFlags > 0).map((d) => d.key)).toEqual(GUARD_FLAGGED);
	});

	it('meets stale and fresh ground truth both at t = 0', () => {
		const stale = all.filter((d) => d.truthStale).map((d) => d.key);
		expect(stale).toContain('payments-pool-drain-missing-secondary/scale-secondary');
		expect(stale).toContain('stale-already-deleted/delete-recreate');
		expect(all.length - stale.length).toBeGreaterThan(30);
	});

	it('flags a step that turns stale later in the timeline (stale-rollback-automation at 3m)', () => {
		const drafted = draftAll(prepare('stale-rollback-automation.yaml'), 180_000);
		const rollBack = drafted.find((d) => d.key === 'stale-rollback-automation/roll-back')!;
		expect([rollBack.truthStale, rollBack.truthFlagged, rollBack.errors]).toEqual([true, true, []]);
	});
});
