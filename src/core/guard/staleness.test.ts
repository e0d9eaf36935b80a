import { describe, expect, it } from 'vitest';
import { advanceWorld } from '../cluster/advance';
import { BUILTIN_CLUSTERS } from '../cluster/builtin/index';
import type { World } from '../cluster/types';
import { runKubectl } from '../kubectl/run';
import { staleness, stalenessOfCommand } from './staleness';

const { world, now } = BUILTIN_CLUSTERS.payments();
const NODE = 'ip-10-0-22-204.ec2.internal';
const IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/payments:v2.4.0';
const SECONDARY_ROW = 'payments-secondary   2/2     2            2           123d';
const GET_HEADER = 'NAME                 READY   UP-TO-DATE   AVAILABLE   AGE';

/** Runs commands with two minutes of controllers after each, as a shell session would. */
function after(commands: string[][]): { world: World; now: number } {
	let w = world;
	let t = now;
	for (const argv of commands) {
		w = advanceWorld(runKubectl(w, argv, t).world, t, t + 120_000);
		t += 120_000;
	}
	return { world: w, now: t };
}

describe('staleness(intent) on the payments world', () => {
	it('a current step raises nothing', () => {
		expect(
			staleness(world, now, {
				kind: 'scale',
				namespace: 'payments',
				target: 'deploy/payments-secondary',
				replicas: 6
			})
		).toEqual([]);
		expect(staleness(world, now, { kind: 'cordon', node: NODE })).toEqual([]);
	});

	it('the object is gone', () => {
		expect(
			staleness(world, now, {
				kind: 'delete',
				namespace: 'payments',
				target: 'deploy/payments-tertiary'
			})
		).toEqual([
			{
				reason: 'deployment payments-tertiary not found in namespace payments',
				evidence: 'Error from server (NotFound): deployments.apps "payments-tertiary" not found'
			}
		]);
	});

	it('the object is in another namespace of this context', () => {
		expect(
			staleness(world, now, {
				kind: 'scale',
				namespace: 'checkout',
				target: 'deploy/payments-secondary',
				replicas: 6
			})
		).toEqual([
			{
				reason:
					'deployment payments-secondary is not in namespace checkout but in namespace payments on prod-us-east-1',
				evidence: [
					'Error from server (NotFound): deployments.apps "payments-secondary" not found',
					'NAMESPACE       NAME                       READY   UP-TO-DATE   AVAILABLE   AGE',
					'payments        payments-secondary         2/2     2            2           123d'
				].join('\n')
			}
		]);
	});

	it('already at the target: replicas, image, cordoned, labels, a no-op patch', () => {
		expect(
			staleness(world, now, {
				kind: 'scale',
				namespace: 'payments',
				target: 'deploy/payments-secondary',
				replicas: 2
			})
		).toEqual([
			{
				reason: 'deployment payments-secondary already has 2 replicas',
				evidence: `${GET_HEADER}\n${SECONDARY_ROW}`
			}
		]);
		const image = staleness(world, now, {
			kind: 'set-image',
			namespace: 'payments',
			target: 'deploy/payments-secondary',
			container: 'payments',
			image: IMAGE
		});
		expect(image.map((f) => f.reason)).toEqual([`the image of payments is already ${IMAGE}`]);
		expect(image[0].evidence.split('\n')[1]).toContain(IMAGE);
		const cordoned = after([['cordon', NODE]]);
		expect(staleness(cordoned.world, cordoned.now, { kind: 'cordon', node: NODE })).toEqual([
			{
				reason: `node ${NODE} already cordoned`,
				evidence: [
					'NAME                          STATUS                     ROLES    AGE   VERSION',
					`${NODE}   Ready,SchedulingDisabled   <none>   8d    v1.32.3-eks-473151a`
				].join('\n')
			}
		]);
		expect(
			staleness(world, now, {
				kind: 'label',
				namespace: 'payments',
				target: 'deploy/payments-secondary',
				set: { team: 'payments' }
			})
		).toEqual([
			{
				reason: 'labels already as requested on deployment payments-secondary: team=payments',
				evidence: [
					'NAME                 READY   UP-TO-DATE   AVAILABLE   AGE    LABELS',
					'payments-secondary   2/2     2            2           123d   app=payments,pool=secondary,team=payments'
				].join('\n')
			}
		]);
		expect(
			staleness(world, now, {
				kind: 'patch',
				namespace: 'payments',
				target: 'deploy/payments-primary',
				type: 'merge',
				patch: { spec: { replicas: 4 } }
			})
		).toEqual([
			{
				reason: 'the patch changes nothing: deployment payments-primary already has these values',
				evidence: 'deployment.apps/payments-primary patched (no change)'
			}
		]);
	});

	it('the HPA owns the replicas', () => {
		expect(
			staleness(world, now, {
				kind: 'scale',
				namespace: 'payments',
				target: 'deploy/payments-api',
				replicas: 6
			})
		).toEqual([
			{
				reason:
					'the HorizontalPodAutoscaler payments-api owns the replicas of deployment payments-api (min 3, max 10): it undoes a manual scale at its next sync',
				evidence: [
					'NAME           REFERENCE                 TARGETS        MINPODS   MAXPODS   REPLICAS   AGE',
					'payments-api   Deployment/payments-api   cpu: 39%/70%   3         10        3          121d'
				].join('\n')
			}
		]);
	});

	it('already rolled back, and nothing to roll back to', () => {
		const history = [
			'deployment.apps/payments-primary ',
			'REVISION  CHANGE-CAUSE',
			'2         release v2.4.0',
			'3         release v2.4.0'
		].join('\n');
		const bad = `${IMAGE.replace('v2.4.0', 'v2.5.0')}`;
		const s = after([
			['set', 'image', 'deploy/payments-primary', '-n', 'payments', `payments=${bad}`],
			['rollout', 'undo', 'deploy/payments-primary', '-n', 'payments']
		]);
		const undo = {
			kind: 'rollout-undo',
			namespace: 'payments',
			target: 'deploy/payments-primary'
		} as const;
		expect(staleness(s.world, s.now, undo)).toEqual([
			{
				reason:
					'already rolled back: revision 3 of deployment payments-primary brings back revision 1; an undo now goes back to revision 2',
				evidence: history
			}
		]);
		expect(staleness(s.world, s.now, { ...undo, toRevision: 1 })).toEqual([
			{
				reason:
					"already rolled back: deployment payments-primary's current template equals revision 1 (now revision 3)",
				evidence: history
			}
		]);
		expect(staleness(world, now, { ...undo, target: 'deploy/payments-secondary' })).toEqual([
			{
				reason: 'deployment payments-secondary has no previous revision to roll back to',
				evidence:
					'deployment.apps/payments-secondary \nREVISION  CHANGE-CAUSE\n1         release v2.4.0'
			}
		]);
	});

	it('use-context: already current, or unknown', () => {
		expect(staleness(world, now, { kind: 'use-context', context: 'prod-us-east-1' })).toEqual([
			{
				reason: 'context prod-us-east-1 is already the current context',
				evidence: 'prod-us-east-1'
			}
		]);
		expect(staleness(world, now, { kind: 'use-context', context: 'prod-eu-west-1' })).toEqual([]);
	});
});

describe('stalenessOfCommand', () => {
	it('reads the intent out of the command line', () => {
		expect(
			stalenessOfCommand(
				world,
				now,
				'kubectl -n payments scale deploy payments-secondary --replicas=2'
			)
		).toEqual([
			{
				reason: 'deployment payments-secondary already has 2 replicas',
				evidence: `${GET_HEADER}\n${SECONDARY_ROW}`
			}
		]);
		expect(
			stalenessOfCommand(
				world,
				now,
				'kubectl delete pod payments-secondary-00000-aaaaa -n payments'
			)
		).toEqual([
			{
				reason: 'pod payments-secondary-00000-aaaaa not found in namespace payments',
				evidence: 'Error from server (NotFound): pods "payments-secondary-00000-aaaaa" not found'
			}
		]);
		expect(stalenessOfCommand(world, now, `kubectl uncordon ${NODE}`).map((f) => f.reason)).toEqual(
			[`node ${NODE} is already schedulable (not cordoned)`]
		);
	});

	it('read-only lines and current actions raise nothing', () => {
		expect(stalenessOfCommand(world, now, 'kubectl get deploy -n payments')).toEqual([]);
		expect(stalenessOfCommand(world, now, `kubectl drain ${NODE} --ignore-daemonsets`)).toEqual([]);
	});
});
