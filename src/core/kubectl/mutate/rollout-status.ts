/**
 * `kubectl rollout status`: kubectl's status viewers (polymorphichelpers/rollout_status.go) run on
 * every change of the object; while the rollout is unfinished the command follows virtual time.
 */
import { ClusterTx } from '../../cluster/store';
import type { KubeObject, World } from '../../cluster/types';
import { clusterOf } from '../../cluster/world';
import { durationFlag } from '../parse/duration-flag';
import { clientError, failed } from '../errors';
import type { Env, Follow, Invocation, Outcome, VerbSpec } from '../types';
import { rolloutStatusHelp } from './help/rollout-status';
import { revisionOf } from './revision';
import { isScope, rolloutScope } from './rollout-targets';
import { keyOf, type Target } from './targets';

export type Status = { message: string; done: boolean } | { error: string };

function deploymentStatus(d: KubeObject, revision: number): Status {
	const name = d.metadata.name;
	if (revision > 0 && revisionOf(d) !== revision)
		return {
			error: `desired revision (${revision}) is different from the running revision (${revisionOf(d)})`
		};
	const st = d.status ?? {};
	if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0))
		return { message: 'Waiting for deployment spec update to be observed...\n', done: false };
	const progressing = (st.conditions ?? []).find((c: { type: string }) => c.type === 'Progressing');
	if (progressing?.reason === 'ProgressDeadlineExceeded')
		return { error: `deployment "${name}" exceeded its progress deadline` };
	const want = d.spec.replicas ?? 1;
	const updated = st.updatedReplicas ?? 0;
	const wait = (m: string) => ({
		message: `Waiting for deployment "${name}" rollout to finish: ${m}...\n`,
		done: false
	});
	if (updated < want) return wait(`${updated} out of ${want} new replicas have been updated`);
	if ((st.replicas ?? 0) > updated)
		return wait(`${(st.replicas ?? 0) - updated} old replicas are pending termination`);
	if ((st.availableReplicas ?? 0) < updated)
		return wait(`${st.availableReplicas ?? 0} of ${updated} updated replicas are available`);
	return { message: `deployment "${name}" successfully rolled out\n`, done: true };
}

function daemonSetStatus(ds: KubeObject): Status {
	if ((ds.spec.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate')
		return { error: 'rollout status is only available for RollingUpdate strategy type' };
	const name = ds.metadata.name;
	const st = ds.status ?? {};
	if ((ds.metadata.generation ?? 0) > (st.observedGeneration ?? 0))
		return { message: 'Waiting for daemon set spec update to be observed...\n', done: false };
	const desired = st.desiredNumberScheduled ?? 0;
	if ((st.updatedNumberScheduled ?? 0) < desired)
		return {
			message: `Waiting for daemon set "${name}" rollout to finish: ${st.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`,
			done: false
		};
	if ((st.numberAvailable ?? 0) < desired)
		return {
			message: `Waiting for daemon set "${name}" rollout to finish: ${st.numberAvailable ?? 0} of ${desired} updated pods are available...\n`,
			done: false
		};
	return { message: `daemon set "${name}" successfully rolled out\n`, done: true };
}

function statefulSetStatus(sts: KubeObject): Status {
	if ((sts.spec.updateStrategy?.type ?? 'RollingUpdate') !== 'RollingUpdate')
		return { error: 'rollout status is only available for RollingUpdate strategy type' };
	const st = sts.status ?? {};
	if (!st.observedGeneration || (sts.metadata.generation ?? 0) > st.observedGeneration)
		return { message: 'Waiting for statefulset spec update to be observed...\n', done: false };
	const want = sts.spec.replicas ?? 1;
	if ((st.readyReplicas ?? 0) < want)
		return {
			message: `Waiting for ${want - (st.readyReplicas ?? 0)} pods to be ready...\n`,
			done: false
		};
	if (st.updateRevision !== st.currentRevision)
		return {
			message: `waiting for statefulset rolling update to complete ${st.updatedReplicas ?? 0} pods at revision ${st.updateRevision}...\n`,
			done: false
		};
	return {
		message: `statefulset rolling update complete ${st.currentReplicas ?? want} pods at revision ${st.currentRevision}...\n`,
		done: true
	};
}

export function rolloutStatus(obj: KubeObject, revision: number): Status {
	if (obj.kind === 'Deployment') return deploymentStatus(obj, revision);
	if (obj.kind === 'DaemonSet') return daemonSetStatus(obj);
	if (obj.kind === 'StatefulSet') return statefulSetStatus(obj);
	return { error: `no status viewer has been implemented for ${obj.kind}` };
}

const TIMED_OUT = 'error: timed out waiting for the condition\n';

/** Follows one object's rollout: prints each new status line until done, gone or timed out. */
function follow(env: Env, t: Target, revision: number, last: string, deadline?: number): Follow {
	let printed = last;
	return {
		deadline,
		poll(world: World, now: number) {
			const cluster = clusterOf(world, env.context);
			const obj =
				cluster && new ClusterTx(cluster).get(keyOf(t.resource), t.namespace, t.obj.metadata.name);
			if (!obj)
				return {
					stdout: '',
					stderr: `Error from server (NotFound): ${keyOf(t.resource)} "${t.obj.metadata.name}" not found\n`,
					exitCode: 1
				};
			const st = rolloutStatus(obj, revision);
			if ('error' in st) return { stdout: '', stderr: `error: ${st.error}\n`, exitCode: 1 };
			const stdout = st.message === printed ? '' : st.message;
			printed = st.message;
			if (st.done) return { stdout, stderr: '', exitCode: 0 };
			if (deadline !== undefined && now >= deadline)
				return { stdout, stderr: TIMED_OUT, exitCode: 1 };
			return { stdout, stderr: '' };
		}
	};
}

function runStatus(inv: Invocation, env: Env): Outcome {
	const revision = Number(inv.flags.get('revision') ?? 0);
	const timeout = durationFlag(inv, 'timeout');
	const scope = rolloutScope(inv, env);
	if (!isScope(scope)) return scope;
	const { found } = scope;
	if (found.targets.length === 0)
		return { ...failed({ message: found.missing.join(''), exitCode: 1 }) };
	if (found.targets.length > 1)
		return failed(
			clientError(
				'rollout status is only supported on individual resources and resource collections are not supported yet'
			)
		);
	const t = found.targets[0];
	const resources = [t.ref];
	const st = rolloutStatus(t.obj, revision);
	if ('error' in st) return { ...failed(clientError(st.error)), resources };
	if (st.done || inv.flags.get('watch') === false)
		return { stdout: st.message, stderr: '', exitCode: 0, resources, mutating: false };
	const deadline = timeout > 0 ? env.now + timeout : undefined;
	return {
		stdout: st.message,
		stderr: '',
		exitCode: 0,
		resources,
		mutating: false,
		follow: follow(env, t, revision, st.message, deadline)
	};
}

export const rolloutStatusVerb: VerbSpec = { name: 'status', ...rolloutStatusHelp, run: runStatus };
