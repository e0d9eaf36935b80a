/**
 * A realistic 500-event run to score: a careful on-call engineer working `payments-pool-drain` in
 * approve mode who reads a lot — pods, describe, events, logs, endpoints, top — waits between
 * looks, stages every rollback before its action, verifies every change and only then confirms.
 * Used by `bench/score.ts` and by the scoring tests (same acts, same log, every time).
 */
import { readFileSync } from 'node:fs';
import type { World } from '../src/core/cluster/types';
import { runKubectl } from '../src/core/kubectl/run';
import { replay } from '../src/core/rehearsal/replay';
import type { Act, RunEvent } from '../src/core/rehearsal/schema';
import { loadScenario } from '../src/core/scenario/load';
import { prepareScenario, type Prepared } from '../src/core/scenario/prepare';

export const SCORE_RUN_SCENARIO = 'payments-pool-drain';

const NS = '-n payments';

/** The scenario as `preflight score` prepares it. */
export function loadPrepared(id = SCORE_RUN_SCENARIO): Prepared {
	const file = new URL(`../scenarios/${id}.yaml`, import.meta.url);
	const loaded = loadScenario(readFileSync(file, 'utf8'), `${id}.yaml`);
	if (!loaded.ok) throw new Error(`${id} does not load`);
	const prepared = prepareScenario(loaded.scenario);
	if (!prepared.ok) throw new Error(`${id} does not prepare`);
	return prepared.prepared;
}

/** Pod names of one pool, as the trainee copies them from `get pods`. */
function podsOf(world: World, now: number, pool: string): string[] {
	const r = runKubectl(
		world,
		['get', 'pods', '-n', 'payments', '-l', `pool=${pool}`, '-o', 'name'],
		now
	);
	return r.stdout
		.split('\n')
		.filter((l) => l !== '')
		.map((l) => l.replace('pod/', ''));
}

const run = (command: string): Act => ({ act: 'run', command: `kubectl ${command}` });
const wait = (seconds: number): Act => ({ act: 'wait', seconds });

/** A look around one pool: list, each pod described and its logs read, events, then a pause. */
function lookAtPool(pool: string, pods: readonly string[], pause: number): Act[] {
	return [
		run(`get pods ${NS} -l pool=${pool} -o wide`),
		...pods.flatMap((pod) => [
			run(`describe pod ${pod} ${NS}`),
			run(`logs ${pod} ${NS} --tail=50`)
		]),
		run(`get events ${NS} --sort-by=.lastTimestamp`),
		wait(pause)
	];
}

/** The service side: endpoints, the Deployments, the PDB, pod metrics. */
function lookAtService(pause: number): Act[] {
	return [
		run(`get endpoints payments ${NS}`),
		run(`get deploy/payments-primary deploy/payments-secondary ${NS} -o wide`),
		run(`get rs ${NS} -l app=payments`),
		run(`get pdb payments-pools ${NS}`),
		run(`top pods ${NS} -l app=payments`),
		wait(pause)
	];
}

/** `n` rounds of `round(i)`, flattened. */
function times(n: number, round: (i: number) => Act[]): Act[] {
	return Array.from({ length: n }, (_, i) => round(i)).flat();
}

/** The careful trainee's acts; pod names are read from the world at t = 0. */
export function carefulActs(prepared: Prepared): Act[] {
	const primary = podsOf(prepared.world, prepared.now, 'primary');
	const secondary = podsOf(prepared.world, prepared.now, 'secondary');
	const scaleSecondary = `scale deploy/payments-secondary ${NS} --replicas=6`;
	const drainPrimary = `scale deploy/payments-primary ${NS} --replicas=0`;
	return [
		// Step 1: which pool is failing, and is the other one up?
		...times(5, (i) => lookAtPool('primary', primary, 4 + (i % 3))),
		run(`logs ${NS} -l pool=primary --tail=50`),
		...times(4, (i) => lookAtPool('secondary', secondary, 3 + (i % 3))),
		...times(4, (i) => lookAtService(5 + (i % 3))),
		run(`get pods ${NS} -l pool=primary -o wide`),
		run(`get deployment/payments-secondary ${NS} -o wide`),
		wait(15),
		{ act: 'confirm', step: 1 },
		// Step 2: scale the healthy pool up, rollback staged first.
		...times(3, (i) => lookAtService(4 + i)),
		run(`describe deploy/payments-secondary ${NS}`),
		run(`get deploy/payments-secondary ${NS} -o wide`),
		wait(12),
		{
			act: 'stage-rollback',
			step: 2,
			command: `kubectl scale deployment/payments-secondary ${NS} --replicas=2`
		},
		{ act: 'confirm', step: 2 },
		run(scaleSecondary),
		run(`rollout status deployment/payments-secondary ${NS} --timeout=2m`),
		run(`get pods ${NS} -l pool=secondary -o wide`),
		run(`get events ${NS} --sort-by=.lastTimestamp`),
		wait(5),
		// Step 3: the secondary carries the load; take the primary out.
		...times(3, (i) => lookAtService(3 + i)),
		run(`get pods ${NS} -l pool=secondary -o wide`),
		run(`get deploy/payments-primary deployment/payments-secondary ${NS} -o wide`),
		wait(12),
		{
			act: 'reject-draft',
			step: 3,
			reason:
				'The draft scales payments-secondary to zero — the pool now carrying all the traffic — instead of payments-primary, and its rollback would not bring the primary back.'
		},
		{
			act: 'stage-rollback',
			step: 3,
			command: `kubectl scale deployment/payments-primary ${NS} --replicas=4`
		},
		{ act: 'confirm', step: 3 },
		run(drainPrimary),
		run(`rollout status deployment/payments-primary ${NS} --timeout=2m`),
		// Step 4: watch the error rate settle.
		...times(7, (i) => [
			...lookAtService(6 + (i % 3)),
			run(`get pods ${NS} -l app=payments -o wide`)
		]),
		...times(14, (i) => [
			run(`get pods ${NS} -l pool=secondary -o wide`),
			run(`logs deploy/payments-secondary ${NS} --tail=20`),
			run(`get events ${NS} --sort-by=.lastTimestamp`),
			wait(4 + (i % 4))
		]),
		run(`get pods ${NS} -l app=payments -o wide`),
		wait(15),
		{ act: 'confirm', step: 4 }
	];
}

/** The careful trainee's run, replayed: its event log. */
export function carefulRun(prepared: Prepared): RunEvent[] {
	return replay(prepared, 'approve', carefulActs(prepared)).events;
}
