/**
 * The ServiceAccount admission plugin's part of pod creation: a projected `kube-api-access-xxxxx`
 * volume (token, cluster CA, namespace) mounted read-only into every container, unless the pod
 * opts out with `automountServiceAccountToken: false` or mounts that path itself.
 */
import { KUBE_ALPHABET, type Random } from '../../clock/random';
import type { Container, Pod } from '../types';

export const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

function projectedVolume(name: string): NonNullable<Pod['spec']['volumes']>[number] {
	return {
		name,
		projected: {
			defaultMode: 420,
			sources: [
				{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
				{ configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
				{
					downwardAPI: {
						items: [
							{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }
						]
					}
				}
			]
		}
	};
}

function mounts(c: Container): { mountPath: string; name: string; readOnly?: boolean }[] {
	return (c.volumeMounts as { mountPath: string; name: string }[] | undefined) ?? [];
}

/** The pod spec with the service account token volume and mounts, as admission stores it. */
export function withServiceAccountToken(spec: Pod['spec'], random: Random): Pod['spec'] {
	if (spec.automountServiceAccountToken === false) return spec;
	const all = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
	if (all.some((c) => mounts(c).some((m) => m.mountPath === TOKEN_MOUNT_PATH))) return spec;
	if ((spec.volumes ?? []).some((v) => v.name.startsWith('kube-api-access-'))) return spec;
	const name = `kube-api-access-${random.string(5, KUBE_ALPHABET)}`;
	const mount = (c: Container): Container => ({
		...c,
		volumeMounts: [...mounts(c), { mountPath: TOKEN_MOUNT_PATH, name, readOnly: true }]
	});
	return {
		...spec,
		containers: spec.containers.map(mount),
		...(spec.initContainers ? { initContainers: spec.initContainers.map(mount) } : {}),
		volumes: [...(spec.volumes ?? []), projectedVolume(name)]
	};
}
