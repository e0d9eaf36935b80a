/** Which printer serves which kind; anything else gets the generic NAME/AGE table. */
import { age } from './age';
import { cronJobPrinter, jobPrinter } from './batch';
import { eventPrinter } from './event';
import { endpointsPrinter, ingressPrinter, servicePrinter } from './network';
import { namespacePrinter, nodePrinter } from './node';
import { podPrinter } from './pod';
import { hpaPrinter, pdbPrinter } from './policy';
import { configMapPrinter, pvcPrinter, secretPrinter } from './storage';
import type { KindPrinter } from './types';
import {
	daemonSetPrinter,
	deploymentPrinter,
	replicaSetPrinter,
	statefulSetPrinter
} from './workloads';

export const genericPrinter: KindPrinter = {
	columns: [{ header: 'NAME' }, { header: 'AGE' }],
	toRow: (obj, { now }) => [obj.metadata.name, age(obj.metadata.creationTimestamp, now)]
};

const PRINTERS: Record<string, KindPrinter> = {
	Pod: podPrinter as KindPrinter,
	Deployment: deploymentPrinter,
	ReplicaSet: replicaSetPrinter,
	StatefulSet: statefulSetPrinter,
	DaemonSet: daemonSetPrinter,
	Service: servicePrinter,
	Endpoints: endpointsPrinter,
	Ingress: ingressPrinter,
	Node: nodePrinter as KindPrinter,
	Namespace: namespacePrinter,
	ConfigMap: configMapPrinter,
	Secret: secretPrinter,
	PersistentVolumeClaim: pvcPrinter,
	HorizontalPodAutoscaler: hpaPrinter,
	PodDisruptionBudget: pdbPrinter,
	Job: jobPrinter,
	CronJob: cronJobPrinter,
	Event: eventPrinter as KindPrinter
};

export function printerFor(kind: string): KindPrinter {
	return PRINTERS[kind] ?? genericPrinter;
}
