/**
 * The volume side of bound claims: the PersistentVolume `pvc-<uid>` the provisioner created for
 * each Bound PersistentVolumeClaim, and the StorageClass it names (EKS's `gp2`, `gp3` on the EBS
 * CSI driver), so `get pv` and `get storageclass` agree with `get pvc`. Their uids come from their
 * names, not the cluster's random stream: a claim made mid-build must not rename later pods.
 */
import { fnv32a } from '../../clock/random';
import type { ClusterTx } from '../store';
import type { KubeObject, Node, Pod } from '../types';
import type { Ctx } from './context';
import { derivedUid } from './statefulset-claims';

const PVCS = 'persistentvolumeclaims';
const PVS = 'persistentvolumes';
const CLASSES = 'storageclasses.storage.k8s.io';
const EBS_CSI = 'ebs.csi.aws.com';

export function runVolumes(ctx: Ctx): void {
	ensureVolumes(ctx.tx);
}

/** Creates the PersistentVolumes and StorageClasses that bound claims refer to but that are missing. */
export function ensureVolumes(tx: ClusterTx): void {
	for (const pvc of tx.list(PVCS)) {
		const className: string | undefined = pvc.spec?.storageClassName;
		if (className && !tx.get(CLASSES, '', className)) {
			tx.put(storageClass(tx, className, pvc.metadata.creationTimestamp));
			if (className === 'gp3' && !tx.get(CLASSES, '', 'gp2'))
				tx.put(storageClass(tx, 'gp2', pvc.metadata.creationTimestamp));
		}
		const volumeName: string | undefined = pvc.spec?.volumeName;
		if (pvc.status?.phase === 'Bound' && volumeName && !tx.get(PVS, '', volumeName))
			tx.put(persistentVolume(tx, pvc, volumeName));
	}
}

function storageClass(tx: ClusterTx, name: string, created: string): KubeObject {
	// EKS creates gp2 on the in-tree driver; other classes are the EBS CSI driver's.
	const inTree = name === 'gp2';
	const type = ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1'].includes(name) ? name : 'gp3';
	return {
		apiVersion: 'storage.k8s.io/v1',
		kind: 'StorageClass',
		metadata: {
			name,
			uid: derivedUid(`${tx.name}/storageclass/${name}@${created}`),
			resourceVersion: '',
			creationTimestamp: created,
			...(name === 'gp3'
				? { annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } }
				: {})
		},
		...(inTree ? {} : { allowVolumeExpansion: true }),
		parameters: { fsType: 'ext4', type },
		provisioner: inTree ? 'kubernetes.io/aws-ebs' : EBS_CSI,
		reclaimPolicy: 'Delete',
		volumeBindingMode: 'WaitForFirstConsumer'
	};
}

/** The zone of the node running the pod that mounts the claim, if any. */
function zoneOf(tx: ClusterTx, pvc: KubeObject): string | undefined {
	const ns = pvc.metadata.namespace ?? '';
	const pod = tx
		.list<Pod>('pods', ns)
		.find((p) =>
			(p.spec.volumes ?? []).some(
				(v) =>
					(v.persistentVolumeClaim as { claimName?: string } | undefined)?.claimName ===
					pvc.metadata.name
			)
		);
	const node = pod?.spec.nodeName ? tx.get<Node>('nodes', '', pod.spec.nodeName) : undefined;
	return node?.metadata.labels?.['topology.kubernetes.io/zone'];
}

function persistentVolume(tx: ClusterTx, pvc: KubeObject, name: string): KubeObject {
	const h = (salt: string) => fnv32a(`${name}/${salt}`).toString(16).padStart(8, '0');
	const zone = zoneOf(tx, pvc);
	const storageClassName: string | undefined = pvc.spec?.storageClassName;
	return {
		apiVersion: 'v1',
		kind: 'PersistentVolume',
		metadata: {
			name,
			uid: derivedUid(`${tx.name}/pv/${name}@${pvc.metadata.creationTimestamp}`),
			resourceVersion: '',
			creationTimestamp: pvc.metadata.creationTimestamp,
			annotations: {
				'pv.kubernetes.io/provisioned-by': EBS_CSI,
				'volume.kubernetes.io/provisioner-deletion-secret-name': '',
				'volume.kubernetes.io/provisioner-deletion-secret-namespace': ''
			},
			finalizers: [
				'external-provisioner.volume.kubernetes.io/finalizer',
				'kubernetes.io/pv-protection'
			]
		},
		spec: {
			accessModes: pvc.status?.accessModes ?? pvc.spec?.accessModes ?? ['ReadWriteOnce'],
			capacity: { storage: pvc.status?.capacity?.storage ?? '1Gi' },
			claimRef: {
				apiVersion: 'v1',
				kind: 'PersistentVolumeClaim',
				name: pvc.metadata.name,
				namespace: pvc.metadata.namespace,
				resourceVersion: pvc.metadata.resourceVersion,
				uid: pvc.metadata.uid
			},
			csi: {
				driver: EBS_CSI,
				fsType: 'ext4',
				volumeAttributes: {
					'storage.kubernetes.io/csiProvisionerIdentity': `17${String(fnv32a(tx.name)).padStart(11, '0')}-8081-${EBS_CSI}`
				},
				volumeHandle: `vol-0${(h('a') + h('b')).slice(0, 16)}`
			},
			...(zone
				? {
						nodeAffinity: {
							required: {
								nodeSelectorTerms: [
									{
										matchExpressions: [
											{ key: 'topology.kubernetes.io/zone', operator: 'In', values: [zone] }
										]
									}
								]
							}
						}
					}
				: {}),
			persistentVolumeReclaimPolicy: 'Delete',
			...(storageClassName ? { storageClassName } : {}),
			volumeMode: pvc.spec?.volumeMode ?? 'Filesystem'
		},
		status: { lastPhaseTransitionTime: pvc.metadata.creationTimestamp, phase: 'Bound' }
	};
}
