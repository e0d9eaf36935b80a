import { beforeAll, describe, expect, it } from 'vitest';
import { offlineDraft } from '../drafting/offline';
import { renderStep } from '../drafting/render';
import { prepareScenario, type Prepared } from '../scenario/prepare';
import type { Scenario } from '../scenario/schema';
import { scenarioAt } from '../scenario/timeline';
import { slisAt } from '../scenario/health';
import { runKubectl } from '../kubectl/run';
import { libraryScenario } from '../../../test/support/library';
import { replay, truncateOutput, type Replayed } from './replay';
import type { Act, RunEvent } from './schema';

function prepare(scenario: Scenario): Prepared {
	const prepared = prepareScenario(scenario);
	if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems));
	return prepared.prepared;
}

const T0 = Date.parse('2026-03-14T10:11:00Z');
const PRE_1 =
	'kubectl get pods -n payments -l pool=primary -o wide && kubectl get deployment/payments-secondary -n payments -o wide';

/** A careful trainee: every pre-flight, every rollback staged before its action, every verify. */
/** The offline drafter with no plant applied: the gate's own behaviour, whatever the scenario plants. */
const cleanDraft = (req: Parameters<typeof offlineDraft>[0]) => ({ step: offlineDraft(req) });

const CAREFUL: Act[] = [
	{ act: 'run', command: PRE_1 },
	{ act: 'confirm', step: 1 },
	{ act: 'run', command: 'kubectl logs -n payments -l pool=primary --tail=50' },
	{ act: 'run', command: PRE_1 },
	{ act: 'run', command: 'kubectl get deploy/payments-secondary -n payments -o wide' },
	{ act: 'confirm', step: 2 },
	{
		act: 'stage-rollback',
		step: 2,
		command: 'kubectl scale deployment/payments-secondary -n payments --replicas=2'
	},
	{ act: 'run', command: 'kubectl scale deploy/payments-secondary -n payments --replicas=6' },
	{
		act: 'run',
		command: 'kubectl rollout status deployment/payments-secondary -n payments --timeout=2m'
	},
	{
		act: 'run',
		command: 'kubectl get deploy/payments-primary deployment/payments-secondary -n payments -o wide'
	},
	{ act: 'confirm', step: 3 },
	{
		act: 'stage-rollback',
		step: 3,
		command: 'kubectl scale deployment/payments-primary -n payments --replicas=4'
	},
	{ act: 'run', command: 'k -n payments scale deploy payments-primary --replicas=0' },
	{
		act: 'run',
		command: 'kubectl rollout status deployment/payments-primary -n payments --timeout=2m'
	},
	{ act: 'wait', seconds: 120 },
	{ act: 'run', command: 'kubectl get pods -n payments -l app=payments -o wide' },
	{ act: 'confirm', step: 4 }
];

const PODS_AND_SECONDARY = `NAME                                READY   STATUS    RESTARTS       AGE     IP            NODE                          NOMINATED NODE   READINESS GATES
payments-primary-57695ffb65-4khtn   1/1     Running   1 (41h ago)    2d17h   10.0.9.19     ip-10-0-7-142.ec2.internal    <none>           <none>
payments-primary-57695ffb65-5j7l5   1/1     Running   1 (2d5h ago)   2d17h   10.0.25.6     ip-10-0-22-204.ec2.internal   <none>           <none>
payments-primary-57695ffb65-qw9ff   0/1     Running   0              2d17h   10.0.20.74    ip-10-0-18-87.ec2.internal    <none>           <none>
payments-primary-57695ffb65-sxqpn   1/1     Running   1 (47h ago)    2d17h   10.0.37.184   ip-10-0-35-16.ec2.internal    <none>           <none>
NAME                 READY   UP-TO-DATE   AVAILABLE   AGE    CONTAINERS   IMAGES                                                         SELECTOR
payments-secondary   2/2     2            2           123d   payments     123456789012.dkr.ecr.us-east-1.amazonaws.com/payments:v2.4.0   app=payments,pool=secondary
`;

const DEPLOYS_AFTER = `NAME                 READY   UP-TO-DATE   AVAILABLE   AGE
payments-api         3/3     3            3           122d
payments-primary     0/0     0            0           123d
payments-secondary   6/6     6            6           123d
`;

const PRIMARY_PODS = [
	'pod/payments-primary-57695ffb65-4khtn',
	'pod/payments-primary-57695ffb65-5j7l5',
	'pod/payments-primary-57695ffb65-qw9ff',
	'pod/payments-primary-57695ffb65-sxqpn'
];

describe('replay of a careful run of payments-pool-drain', () => {
	let prepared: Prepared;
	let run: Replayed;
	beforeAll(() => {
		prepared = prepare(libraryScenario('payments-pool-drain'));
		run = replay(prepared, 'approve', CAREFUL, cleanDraft);
	});

	it('starts at t = 0 with step 1 drafted against the world then', () => {
		expect(prepared.t0).toBe(T0);
		const [first] = run.events;
		expect(first.kind === 'draft-shown' && renderStep(first.draft)).toBe(
			[
				'Step 1 — Find the bad pool',
				`Pre-flight (read-only): ${PRE_1} — proceed only if the pods matching pool=primary are listed in namespace payments on prod-us-east-1 (4 now, 3 of them ready); stop if the secondary pool is missing or not fully Ready.`,
				'Action: kubectl logs -n payments -l pool=primary --tail=50 — reads only; changes nothing.',
				`Verify: ${PRE_1}`,
				'Rollback: none — nothing to roll back: this step only reads',
				'Confirm the pre-flight passed and tell me to proceed.'
			].join('\n')
		);
		expect(first).toMatchObject({ seq: 0, at: T0, t: 0, kind: 'draft-shown', step: 1 });
	});

	it('logs the act, then a command per kubectl run, the line’s output on the last', () => {
		expect(run.events.slice(1, 5)).toEqual([
			{ seq: 1, at: T0, t: 0, kind: 'act', act: { act: 'run', command: PRE_1 } },
			{
				seq: 2,
				at: T0,
				t: 0,
				kind: 'command',
				record: {
					command: 'kubectl get pods -n payments -l pool=primary -o wide',
					context: 'prod-us-east-1',
					namespace: 'payments',
					verb: 'get',
					resources: PRIMARY_PODS,
					mutating: false,
					exitCode: 0,
					output: ''
				}
			},
			{
				seq: 3,
				at: T0,
				t: 0,
				kind: 'command',
				record: {
					command: 'kubectl get deployment/payments-secondary -n payments -o wide',
					context: 'prod-us-east-1',
					namespace: 'payments',
					verb: 'get',
					resources: ['deployment.apps/payments-secondary'],
					mutating: false,
					exitCode: 0,
					output: PODS_AND_SECONDARY
				}
			},
			{ seq: 4, at: T0, t: 0, kind: 'act', act: { act: 'confirm', step: 1 } }
		]);
	});

	it('reveals step 2 right after confirm 1, and not before', () => {
		const shown = run.events.filter((e) => e.kind === 'draft-shown');
		expect(shown.map((e) => [e.seq, e.t, e.step])).toEqual([
			[0, 0, 1],
			[5, 0, 2],
			[14, 0, 3],
			[23, 9000, 4]
		]);
	});

	it('follows rollout status to its end: only commands and waits move time', () => {
		const times = run.events
			.filter((e): e is Extract<RunEvent, { kind: 'act' }> => e.kind === 'act')
			.map((e) => [e.act.act, e.t]);
		expect(times).toEqual([
			['run', 0],
			['confirm', 0],
			['run', 0],
			['run', 0],
			['run', 0],
			['confirm', 0],
			['stage-rollback', 0],
			['run', 0],
			['run', 0],
			['run', 9000],
			['confirm', 9000],
			['stage-rollback', 9000],
			['run', 9000],
			['run', 9000],
			['wait', 9000],
			['run', 129_000],
			['confirm', 129_000]
		]);
		const status = run.events[19];
		expect(status.kind === 'command' && status.record).toEqual({
			command: 'kubectl rollout status deployment/payments-secondary -n payments --timeout=2m',
			context: 'prod-us-east-1',
			namespace: 'payments',
			verb: 'rollout status',
			resources: ['deployment.apps/payments-secondary'],
			mutating: false,
			exitCode: 0,
			output: [
				'Waiting for deployment "payments-secondary" rollout to finish: 2 of 6 updated replicas are available...',
				'Waiting for deployment "payments-secondary" rollout to finish: 5 of 6 updated replicas are available...',
				'deployment "payments-secondary" successfully rolled out',
				''
			].join('\n')
		});
		expect(run.now).toBe(T0 + 129_000);
	});

	it('ends with every step through its gate and the incident mitigated in the world', () => {
		const { state } = run;
		expect(state.finished).toBe(true);
		expect(state.ownCommands).toBe(0);
		expect(state.steps.map(({ draft: _draft, ...rest }) => rest)).toEqual([
			{ step: 1, phase: 'done', preflightRun: 3, actionRun: 7, verifyRun: 9 },
			{
				step: 2,
				phase: 'done',
				preflightRun: 12,
				rollback: 'kubectl scale deployment/payments-secondary -n payments --replicas=2',
				actionRun: 17,
				verifyRun: 19
			},
			{
				step: 3,
				phase: 'done',
				preflightRun: 21,
				rollback: 'kubectl scale deployment/payments-primary -n payments --replicas=4',
				actionRun: 26,
				verifyRun: 28
			},
			{ step: 4, phase: 'proceed', preflightRun: 31 }
		]);
		expect(runKubectl(run.world, ['get', 'deploy', '-n', 'payments'], run.now).stdout).toBe(
			DEPLOYS_AFTER
		);
		const sli = slisAt(prepared.scenario.health, run.world, run.now, run.now - T0).payments;
		expect(sli.errorRate).toBeLessThan(0.01);
	});

	it('is deterministic: the same acts give the same events', () => {
		const again = replay(prepared, 'approve', CAREFUL, cleanDraft);
		expect(again.events).toEqual(run.events);
		expect(again.now).toBe(run.now);
	});

	it('replays the same acts with a different drafter into different drafts only', () => {
		const drafter = (req: Parameters<typeof offlineDraft>[0]) => ({
			step: { ...offlineDraft(req), title: `Drafted at ${req.t} ms` }
		});
		const partial = replay(prepared, 'approve', CAREFUL.slice(0, 2), drafter);
		const shown = partial.events.filter((e) => e.kind === 'draft-shown');
		expect(shown.map((e) => [e.step, e.draft.title])).toEqual([
			[1, 'Drafted at 0 ms'],
			[2, 'Drafted at 0 ms']
		]);
		expect(partial.state.current).toBe(2);
	});

	const cleanShown = (n: number) => {
		const e = run.events.find((x) => x.kind === 'draft-shown' && x.step === n);
		if (e?.kind !== 'draft-shown') throw new Error(`no draft ${n}`);
		return e;
	};

	it("shows the scenario's planted draft by default and names the plant on its event", () => {
		const planted = replay(prepared, 'approve', CAREFUL.slice(0, 10));
		const shown = planted.events.filter((e) => e.kind === 'draft-shown');
		expect(shown.map((e) => [e.step, e.draft.action.command, e.planted])).toEqual([
			[1, cleanShown(1).draft.action.command, undefined],
			[2, cleanShown(2).draft.action.command, undefined],
			[
				3,
				'kubectl scale deploy/payments-secondary -n payments --replicas=0',
				'The draft scales payments-secondary — the healthy pool now carrying all the traffic — to zero instead of payments-primary.'
			]
		]);
		expect(cleanShown(3).draft.action.command).toBe(
			'kubectl scale deploy/payments-primary -n payments --replicas=0'
		);
	});

	it('before confirm 1, step 2 is nowhere in the log or the state', () => {
		const partial = replay(prepared, 'approve', CAREFUL.slice(0, 1));
		const text = JSON.stringify([partial.events, partial.state]);
		expect(text).not.toContain('Scale the healthy pool up');
		expect(text).not.toContain('--replicas=6');
		expect(partial.state.current).toBe(1);
	});

	it('logs an act the gate refuses, and the state stays put', () => {
		const partial = replay(prepared, 'approve', [{ act: 'confirm', step: 2 }]);
		expect(partial.events.map((e) => e.kind)).toEqual(['draft-shown', 'act']);
		expect(partial.state.steps.map((s) => [s.step, s.phase])).toEqual([[1, 'drafted']]);
	});
});

describe('replay: timeline, compose and free play', () => {
	let prepared: Prepared;
	beforeAll(() => {
		const base = libraryScenario('payments-pool-drain');
		prepared = prepare({
			...base,
			timeline: [
				...base.timeline,
				{
					at: 30_000,
					by: 'another engineer',
					note: 'Scaled payments-primary down to 2 from the incident channel.',
					kubectl: 'kubectl scale deploy/payments-primary -n payments --replicas=2'
				}
			]
		});
	});

	it('logs a timeline event at its own time, between the commands around it', () => {
		const line =
			'kubectl get deploy/payments-primary -n payments; sleep 15; kubectl get deploy/payments-primary -n payments';
		const run = replay(prepared, 'free-play', [
			{ act: 'wait', seconds: 20 },
			{ act: 'run', command: line }
		]);
		expect(run.events.map((e) => [e.seq, e.kind, e.t])).toEqual([
			[0, 'act', 0],
			[1, 'act', 20_000],
			[2, 'command', 20_000],
			[3, 'timeline', 30_000],
			[4, 'command', 35_000]
		]);
		expect(run.events[3]).toEqual({
			seq: 3,
			at: T0 + 30_000,
			t: 30_000,
			kind: 'timeline',
			index: 2,
			by: 'another engineer',
			note: 'Scaled payments-primary down to 2 from the incident channel.'
		});
		const after = run.events[4];
		expect(after.kind === 'command' && after.record.output).toContain('payments-primary   2/2');
		expect(run.state.ownCommands).toBe(2);
	});

	it('a wait logs what happened during it, after the wait', () => {
		const run = replay(prepared, 'free-play', [
			{ act: 'wait', seconds: 20 },
			{ act: 'wait', seconds: 20 }
		]);
		expect(run.events.map((e) => [e.seq, e.kind, e.t])).toEqual([
			[0, 'act', 0],
			[1, 'act', 20_000],
			[2, 'timeline', 30_000]
		]);
		expect(run.now).toBe(T0 + 40_000);
	});

	it('compose mode shows no drafts: the trainee’s compose act is the step', () => {
		const draft = offlineDraft({
			scenario: prepared.scenario,
			stepIndex: 0,
			world: scenarioAt(prepared, 0).world,
			now: T0,
			t: 0
		});
		const run = replay(prepared, 'compose', [
			{ act: 'compose', step: 1, draft },
			{ act: 'run', command: 'kubectl get pods -n payments -l pool=primary -o wide' },
			{ act: 'confirm', step: 1 }
		]);
		expect(run.events.map((e) => e.kind)).toEqual(['act', 'act', 'command', 'act']);
		expect(run.state.steps.map(({ draft: _d, ...rest }) => rest)).toEqual([
			{ step: 1, phase: 'proceed', preflightRun: 2 },
			{ step: 2, phase: 'awaiting-draft' }
		]);
	});
});

describe('truncateOutput', () => {
	it('keeps short output whole', () => {
		expect(truncateOutput('a\nb\n')).toBe('a\nb\n');
	});

	it('cuts long output at a line end and says how much is left out', () => {
		const line = `${'x'.repeat(99)}\n`;
		const text = line.repeat(30);
		expect(truncateOutput(text)).toBe(`${line.repeat(20)}… (1000 more characters)\n`);
	});
});
