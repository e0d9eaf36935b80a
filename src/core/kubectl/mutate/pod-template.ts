/** Where a workload keeps its pod spec, as kubectl's UpdatePodSpecForObject knows it. */
import type { Container, KubeObject, Pod } from '../../cluster/types';

/** The (mutable) pod spec of `obj`, or undefined for kinds without one. */
export function podSpecOf(obj: KubeObject): Pod['spec'] | undefined {
	switch (obj.kind) {
		case 'Pod':
			return obj.spec;
		case 'Deployment':
		case 'ReplicaSet':
		case 'StatefulSet':
		case 'DaemonSet':
		case 'Job':
		case 'ReplicationController':
			return obj.spec?.template?.spec;
		case 'CronJob':
			return obj.spec?.jobTemplate?.spec?.template?.spec;
		default:
			return undefined;
	}
}

/** Containers and init containers a `-c`/`--containers` pattern (`*` or a name) picks. */
export function selectContainers(spec: Pod['spec'], pattern: string): Container[] {
	const all = [...(spec.containers ?? []), ...(spec.initContainers ?? [])];
	return pattern === '*' ? all : all.filter((c) => c.name === pattern);
}

/** `error: cannot …` when a kind has no pod template (kubectl's UpdatePodSpecForObject). */
export function noPodTemplate(obj: KubeObject): string {
	return `${obj.kind.toLowerCase()}s.${obj.apiVersion.includes('/') ? obj.apiVersion.split('/')[0] : ''}/${obj.metadata.name} object kind ${obj.kind} does not have a pod template`;
}
