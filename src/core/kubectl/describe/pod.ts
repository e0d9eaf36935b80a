/** `kubectl describe pod`, after kubectl's `describePod`. */
import type { KubeObject, Pod } from '../../cluster/types';
import { containersBlock, volumesBlock } from './containers';
import {
	PrefixWriter,
	annotationsBlock,
	controller,
	eventsBlock,
	labelsBlock,
	rfc1123z,
	since,
	tolerationsBlock,
	type DescribeContext
} from './writer';

/** `qos.GetPodQOS`: the recorded class, else derived from requests and limits. */
export function qosClass(pod: Pod): string {
	if (pod.status?.qosClass) return pod.status.qosClass;
	const cs = pod.spec.containers;
	const any = cs.some(
		(c) => Object.keys({ ...c.resources?.requests, ...c.resources?.limits }).length
	);
	if (!any) return 'BestEffort';
	const guaranteed = cs.every((c) =>
		['cpu', 'memory'].every(
			(r) =>
				c.resources?.limits?.[r] &&
				(c.resources.requests?.[r] ?? c.resources.limits[r]) === c.resources.limits[r]
		)
	);
	return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function describePod(obj: KubeObject, ctx: DescribeContext): string {
	const pod = obj as Pod;
	const { spec, status, metadata } = pod;
	const w = new PrefixWriter();
	w.write(0, `Name:\t${metadata.name}\n`);
	w.write(0, `Namespace:\t${metadata.namespace}\n`);
	if (spec.priority !== undefined) w.write(0, `Priority:\t${spec.priority}\n`);
	if (spec.priorityClassName) w.write(0, `Priority Class Name:\t${spec.priorityClassName}\n`);
	if (spec.serviceAccountName) w.write(0, `Service Account:\t${spec.serviceAccountName}\n`);
	w.write(
		0,
		spec.nodeName ? `Node:\t${spec.nodeName}/${status?.hostIP ?? ''}\n` : 'Node:\t<none>\n'
	);
	if (status?.startTime) w.write(0, `Start Time:\t${rfc1123z(status.startTime)}\n`);
	labelsBlock(w, 'Labels', metadata.labels);
	annotationsBlock(w, 'Annotations', metadata.annotations);
	const phase = status?.phase ?? 'Pending';
	if (metadata.deletionTimestamp && phase !== 'Failed' && phase !== 'Succeeded') {
		w.write(0, `Status:\tTerminating (lasts ${since(metadata.deletionTimestamp, ctx.now)})\n`);
		w.write(
			0,
			`Termination Grace Period:\t${metadata.deletionGracePeriodSeconds ?? spec.terminationGracePeriodSeconds ?? 30}s\n`
		);
	} else w.write(0, `Status:\t${phase}\n`);
	if (status?.reason) w.write(0, `Reason:\t${status.reason}\n`);
	if (status?.message) w.write(0, `Message:\t${status.message}\n`);
	w.write(0, `IP:\t${status?.podIP ?? ''}\n`);
	const ips = status?.podIPs ?? [];
	if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
	else {
		w.write(0, 'IPs:\n');
		for (const ip of ips) w.write(1, `IP:\t${ip.ip}\n`);
	}
	const owner = controller(pod);
	if (owner) w.write(0, `Controlled By:\t${owner}\n`);
	if (spec.initContainers?.length) {
		containersBlock(w, 'Init Containers', spec.initContainers, status?.initContainerStatuses, '');
	}
	containersBlock(w, 'Containers', spec.containers, status?.containerStatuses, '');
	const conditions = status?.conditions ?? [];
	if (conditions.length) {
		w.write(0, 'Conditions:\n  Type\tStatus\n');
		for (const c of conditions) w.write(1, `${c.type} \t${c.status} \n`);
	}
	volumesBlock(w, spec.volumes, '');
	w.write(0, `QoS Class:\t${qosClass(pod)}\n`);
	labelsBlock(w, 'Node-Selectors', spec.nodeSelector);
	tolerationsBlock(w, 'Tolerations', spec.tolerations as never);
	eventsBlock(w, ctx.events, ctx.now);
	return w.done();
}
