/** Which describer prints each kind; kinds without one get the generic describer. */
import { describeCronJob, describeJob } from './batch';
import { describeHpa, describePdb } from './autoscaling';
import { describeConfigMap, describeNamespace, describeSecret } from './config-objects';
import { describeGeneric } from './generic';
import { describeIngress } from './ingress';
import { describeNode } from './node';
import { describePod } from './pod';
import { describePvc } from './pvc';
import { describeEndpoints, describeService } from './service';
import {
	describeDaemonSet,
	describeDeployment,
	describeReplicaSet,
	describeStatefulSet
} from './workloads';
import type { Describer } from './writer';

export const DESCRIBERS: Readonly<Record<string, Describer>> = {
	Pod: describePod,
	Deployment: describeDeployment,
	ReplicaSet: describeReplicaSet,
	StatefulSet: describeStatefulSet,
	DaemonSet: describeDaemonSet,
	Node: describeNode,
	Service: describeService,
	Endpoints: describeEndpoints,
	Namespace: describeNamespace,
	ConfigMap: describeConfigMap,
	Secret: describeSecret,
	HorizontalPodAutoscaler: describeHpa,
	PodDisruptionBudget: describePdb,
	Job: describeJob,
	CronJob: describeCronJob,
	Ingress: describeIngress,
	PersistentVolumeClaim: describePvc
};

/** Kinds whose describer never lists events (kubectl's Secret and Namespace describers). */
export const WITHOUT_EVENTS = new Set(['Secret', 'Namespace']);

export function describerFor(kind: string): Describer {
	return DESCRIBERS[kind] ?? describeGeneric;
}

export type { DescribeContext, Describer } from './writer';
