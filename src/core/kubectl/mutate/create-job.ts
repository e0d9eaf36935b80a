/**
 * `kubectl create job NAME --image=I [-- COMMAND…]` and `--from=cronjob/NAME`: the Job kubectl
 * sends (a manual instantiation of a CronJob carries `cronjob.kubernetes.io/instantiate: manual`
 * and a controller reference to it), and the defaults the API server adds; the Job controller
 * then runs it as virtual time moves.
 */
import { clone } from './update';
import { resolveResourceType } from '../../cluster/resources';
import type { KubeObject } from '../../cluster/types';
import { clientError, failed, notFound, rejected, unknownResourceType } from '../errors';
import type { Env, Invocation, KubectlError, Outcome, VerbSpec } from '../types';
import { createObject, exactlyOneName } from './create-run';
import { createJobHelp } from './help/create-job';
import { isError, openSession } from './session';
import { keyOf } from './targets';

export const createJob: VerbSpec = { name: 'job', ...createJobHelp, run: runCreateJob };

/** ObjectMeta as kubectl sends it: `namespace` only when `-n` was given. */
function meta(name: string, env: Env, extra: object = {}) {
	return {
		name,
		...(env.namespaceGiven ? { namespace: env.namespace } : {}),
		creationTimestamp: null,
		...extra
	};
}

/** kubectl's `createJob`: one container named after the Job, never restarted. */
export function jobFromImage(name: string, env: Env, image: string, command: string[]): KubeObject {
	const container = { name, image, ...(command.length ? { command } : {}), resources: {} };
	return {
		kind: 'Job',
		apiVersion: 'batch/v1',
		metadata: meta(name, env),
		spec: {
			template: {
				metadata: { creationTimestamp: null },
				spec: { containers: [container], restartPolicy: 'Never' }
			}
		},
		status: {}
	} as unknown as KubeObject;
}

/** kubectl's `createJobFromCronJob`: the CronJob's job template, owned by the CronJob. */
export function jobFromCronJob(name: string, env: Env, cronJob: KubeObject): KubeObject {
	const template = cronJob.spec?.jobTemplate ?? {};
	const labels = template.metadata?.labels;
	return {
		kind: 'Job',
		apiVersion: 'batch/v1',
		metadata: meta(name, env, {
			...(labels ? { labels: { ...labels } } : {}),
			annotations: {
				'cronjob.kubernetes.io/instantiate': 'manual',
				...(template.metadata?.annotations ?? {})
			},
			ownerReferences: [
				{
					apiVersion: 'batch/v1',
					kind: 'CronJob',
					name: cronJob.metadata.name,
					uid: cronJob.metadata.uid,
					controller: true
				}
			]
		}),
		spec: clone(template.spec ?? {}),
		status: {}
	} as unknown as KubeObject;
}

/** The object `--from=TYPE/NAME` names, fetched as kubectl's builder does; only a CronJob will do. */
function fromCronJob(from: string, env: Env): KubeObject | KubectlError {
	const slash = from.indexOf('/');
	const typed = slash < 0 ? from : from.slice(0, slash);
	const r = resolveResourceType(typed);
	if (!r) return unknownResourceType(typed);
	if (slash < 0) return clientError('from must be an existing cronjob');
	const s = openSession(env);
	if (isError(s)) return s;
	const name = from.slice(slash + 1);
	const obj = s.tx.get(keyOf(r), r.namespaced ? env.namespace : '', name);
	if (!obj) return notFound(r, name);
	if (obj.kind !== 'CronJob') return clientError(`unknown object type *v1.${obj.kind}`);
	return obj;
}

function runCreateJob(inv: Invocation, env: Env): Outcome {
	// Words after `--` are the command, not names.
	const dash = inv.argv.indexOf('--');
	const command = dash >= 0 ? inv.argv.slice(dash + 1) : [];
	const named = exactlyOneName({
		...inv,
		args: inv.args.slice(0, inv.args.length - command.length)
	});
	if (named) return named;
	const image = String(inv.flags.get('image') ?? '');
	const from = String(inv.flags.get('from') ?? '');
	if ((image === '') === (from === ''))
		return rejected(clientError('either --image or --from must be specified'));
	if (from && command.length) return rejected(clientError('cannot specify --from and command'));
	const name = inv.args[0];
	if (image) return createObject(inv, env, jobFromImage(name, env, image, command));
	const cronJob = fromCronJob(from, env);
	if (isError(cronJob)) return failed(cronJob);
	return createObject(inv, env, jobFromCronJob(name, env, cronJob));
}
