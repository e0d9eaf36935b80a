/**
 * Runs for the store's tests: a payments rehearsal's row, a log that goes on as long as asked
 * (reads, a confirm, a staged rollback, the scale, a timeline event), a checkpoint and a score.
 */
import type { RunEvent } from '../../core/rehearsal/schema';
import type { ScoreReport } from '../../core/scoring/types';
import type { RunRow, RunScore, RunScenario } from './run-types';

/** 2026-03-14 10:11:00 UTC in the scenario's virtual time: the page. */
export const T0 = 1_773_483_060_000;
/** Wall clock when the trainee pressed Rehearse. */
export const STARTED = 1_773_655_500_000;

export const PAYMENTS: RunScenario = {
	id: 'payments-pool-drain',
	title: 'Drain the unhealthy payments connection pool',
	yaml: 'id: payments-pool-drain\ntitle: Drain the unhealthy payments connection pool\n',
	file: 'payments-pool-drain.yaml',
	files: {}
};

export function newRun(
	id: string,
	over: Partial<Omit<RunRow, 'events' | 'updatedAt'>> = {}
): Omit<RunRow, 'events' | 'updatedAt'> {
	return {
		id,
		scenario: PAYMENTS,
		mode: 'approve',
		startedAt: STARTED,
		status: 'active',
		t0: T0,
		...over
	};
}

const READ = {
	command: 'kubectl get pods -n payments -l pool=primary -o wide',
	context: 'prod-us-east-1',
	namespace: 'payments',
	verb: 'get',
	resources: ['pod/payments-primary-57695ffb65-4khtn', 'pod/payments-primary-57695ffb65-qw9ff'],
	mutating: false,
	exitCode: 0,
	output:
		'NAME                                READY   STATUS    RESTARTS      AGE\n' +
		'payments-primary-57695ffb65-4khtn   1/1     Running   1 (41h ago)   2d17h\n' +
		'payments-primary-57695ffb65-qw9ff   0/1     Running   0             2d17h\n'
};

const SCALE = {
	command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6',
	context: 'prod-us-east-1',
	namespace: 'payments',
	verb: 'scale',
	resources: ['deployment.apps/payments-secondary'],
	mutating: true,
	exitCode: 0,
	output: 'deployment.apps/payments-secondary scaled\n'
};

type Body = RunEvent extends infer E
	? E extends RunEvent
		? Omit<E, 'seq' | 'at' | 't' | 'wall'>
		: never
	: never;

/** What the log holds, over and over. */
const PATTERN: Body[] = [
	{ kind: 'act', act: { act: 'run', command: READ.command } },
	{ kind: 'command', record: READ },
	{ kind: 'act', act: { act: 'confirm', step: 1 } },
	{
		kind: 'act',
		act: {
			act: 'stage-rollback',
			step: 2,
			command: 'kubectl scale deployment/payments-secondary -n payments --replicas=2'
		}
	},
	{ kind: 'act', act: { act: 'run', command: SCALE.command } },
	{ kind: 'command', record: SCALE },
	{
		kind: 'timeline',
		index: 1,
		by: 'the system',
		note: 'payments-primary-57695ffb65-qw9ff fails its readiness probe again.'
	},
	{ kind: 'act', act: { act: 'wait', seconds: 15 } }
];

/** Events `from`, `from + 1`… of a run, 4 s of virtual time apart. */
export function events(from: number, count: number): RunEvent[] {
	return Array.from({ length: count }, (_, i) => {
		const seq = from + i;
		const t = seq * 4_000;
		return {
			seq,
			at: T0 + t,
			t,
			wall: STARTED + t + 350,
			...PATTERN[seq % PATTERN.length]
		} as RunEvent;
	});
}

export function checkpoint(seq: number) {
	return {
		world: {
			encoding: 'preflight-world/1' as const,
			contexts: [],
			currentContext: 'prod-us-east-1',
			clusters: {}
		},
		now: T0 + seq * 4_000,
		seq
	};
}

export const REPORT: ScoreReport = {
	total: 88,
	grade: 'B',
	categories: [
		{
			id: 'skipped-preflight',
			title: 'Skipped pre-flights',
			count: 1,
			points: 6,
			max: 12,
			explanation:
				'A mutating command on an object with no read-only look at it since it last changed.',
			findings: [
				{
					at: T0 + 20_000,
					t: 20_000,
					seq: 5,
					command: SCALE.command,
					message:
						'deployment/payments-secondary was scaled with no look at it since it last changed.'
				}
			]
		},
		{
			id: 'stale-assumption',
			title: 'Stale assumptions',
			count: 0,
			points: 10,
			max: 10,
			explanation: 'Steps whose assumption no longer held when they were reached.',
			findings: [
				{ at: T0 + 8_000, t: 8_000, seq: 2, message: 'Step 3 flagged stale: it was.', good: true }
			]
		}
	],
	tips: ['Look at an object (get, describe) right before you change it.'],
	mitigatedAt: 184_000,
	budgetBurned: 0.0123
};

export function score(scoredAt = STARTED + 600_000): Omit<RunScore, 'runId'> {
	return {
		report: REPORT,
		samples: [
			{
				t: 0,
				slis: { payments: { errorRate: 0.331, latencyMs: 10_240, saturation: 0.82, ready: 9 } },
				holds: false
			},
			{
				t: 15_000,
				slis: { payments: { errorRate: 0.004, latencyMs: 180, saturation: 0.41, ready: 10 } },
				holds: true
			}
		],
		scoredAt
	};
}
