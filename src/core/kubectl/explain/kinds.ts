/**
 * The kinds `kubectl explain` knows, with their spec/status types. Each top-level kind is a type
 * named after its kind; spec and status types are named as in the API (`DeploymentSpec`).
 */
import { CORE_TYPES } from './core-types';
import { objectHeader, SPEC_STATUS, type FieldDef, type TypeTable } from './types';

const f = (name: string, type: string, description: string, extra: Partial<FieldDef> = {}) => ({
	name,
	type,
	description,
	...extra
});

/** A top-level kind: header fields, then spec and status refs (when the kind has them). */
function kind(description: string, rest: FieldDef[]) {
	return { description, fields: [...objectHeader(), ...rest] };
}

const spec = (type: string, description: string) => f('spec', type, description, { ref: type });
const status = (type: string, description: string) => f('status', type, description, { ref: type });

const REPLICAS = (what: string) =>
	f(
		'replicas',
		'integer',
		`Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.${what}`
	);
const SELECTOR = (what: string) =>
	f(
		'selector',
		'LabelSelector',
		`Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this ${what}. It must match the pod template's labels.`,
		{ ref: 'LabelSelector', required: true }
	);
const TEMPLATE = f(
	'template',
	'PodTemplateSpec',
	'Template describes the pods that will be created. The only allowed template.spec.restartPolicy value is "Always".',
	{ ref: 'PodTemplateSpec', required: true }
);

export const KIND_TYPES: TypeTable = {
	...CORE_TYPES,
	Pod: kind(
		'Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.',
		[
			spec(
				'PodSpec',
				`Specification of the desired behavior of the pod. More info: ${SPEC_STATUS}`
			),
			status(
				'PodStatus',
				`Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: ${SPEC_STATUS}`
			)
		]
	),
	PodStatus: {
		description:
			'PodStatus represents information about the status of a pod. Status may trail the actual state of a system, especially if the node that hosts the pod cannot contact the control plane.',
		fields: [
			f(
				'conditions',
				'[]PodCondition',
				'Current service state of pod. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-conditions'
			),
			f(
				'containerStatuses',
				'[]ContainerStatus',
				'The list has one entry per container in the manifest. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-and-container-status'
			),
			f(
				'hostIP',
				'string',
				'hostIP holds the IP address of the host to which the pod is assigned. Empty if the pod has not started yet.'
			),
			f(
				'message',
				'string',
				'A human readable message indicating details about why the pod is in this condition.'
			),
			f(
				'phase',
				'string',
				'The phase of a Pod is a simple, high-level summary of where the Pod is in its lifecycle. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#pod-phase\n\nPossible enum values:\n - `"Failed"` means that all containers in the pod have terminated, and at least one container has terminated in a failure (exited with a non-zero exit code or was stopped by the system).\n - `"Pending"` means the pod has been accepted by the system, but one or more of the containers has not been started. This includes time before being bound to a node, as well as time spent pulling images onto the host.\n - `"Running"` means the pod has been bound to a node and all of the containers have been started. At least one container is still running or is in the process of being restarted.\n - `"Succeeded"` means that all containers in the pod have voluntarily terminated with a container exit code of 0, and the system is not going to restart any of these containers.\n - `"Unknown"` means that for some reason the state of the pod could not be obtained, typically due to an error in communicating with the host of the pod. Deprecated: It isn\'t being set since 2015 (74da3b14b0c0f658b3bb8d2def5094686d0e9095)',
				{ enum: ['Failed', 'Pending', 'Running', 'Succeeded', 'Unknown'] }
			),
			f(
				'podIP',
				'string',
				'podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.'
			),
			f(
				'qosClass',
				'string',
				'The Quality of Service (QOS) classification assigned to the pod based on resource requirements See PodQOSClass type for available QOS classes More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#quality-of-service-classes',
				{ enum: ['BestEffort', 'Burstable', 'Guaranteed'] }
			),
			f(
				'reason',
				'string',
				"A brief CamelCase message indicating details about why the pod is in this state. e.g. 'Evicted'"
			),
			f(
				'startTime',
				'string',
				'RFC 3339 date and time at which the object was acknowledged by the Kubelet. This is before the Kubelet pulled the container image(s) for the pod.'
			)
		]
	},
	Deployment: kind('Deployment enables declarative updates for Pods and ReplicaSets.', [
		spec('DeploymentSpec', 'Specification of the desired behavior of the Deployment.'),
		status('DeploymentStatus', 'Most recently observed status of the Deployment.')
	]),
	DeploymentSpec: {
		description: 'DeploymentSpec is the specification of the desired behavior of the Deployment.',
		fields: [
			f(
				'minReadySeconds',
				'integer',
				'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)'
			),
			f('paused', 'boolean', 'Indicates that the deployment is paused.'),
			f(
				'progressDeadlineSeconds',
				'integer',
				'The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.'
			),
			REPLICAS(''),
			f(
				'revisionHistoryLimit',
				'integer',
				'The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.'
			),
			SELECTOR('deployment'),
			f(
				'strategy',
				'DeploymentStrategy',
				'The deployment strategy to use to replace existing pods with new ones.',
				{ ref: 'DeploymentStrategy' }
			),
			TEMPLATE
		]
	},
	DeploymentStrategy: {
		description: 'DeploymentStrategy describes how to replace existing pods with new ones.',
		fields: [
			f(
				'rollingUpdate',
				'RollingUpdateDeployment',
				'Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate.',
				{ ref: 'RollingUpdateDeployment' }
			),
			f(
				'type',
				'string',
				'Type of deployment. Can be "Recreate" or "RollingUpdate". Default is RollingUpdate.\n\nPossible enum values:\n - `"Recreate"` Kill all existing pods before creating new ones.\n - `"RollingUpdate"` Replace the old ReplicaSets by new one using rolling update i.e gradually scale down the old ReplicaSets and scale up the new one.',
				{ enum: ['Recreate', 'RollingUpdate'] }
			)
		]
	},
	RollingUpdateDeployment: {
		description: 'Spec to control the desired behavior of rolling update.',
		fields: [
			f(
				'maxSurge',
				'IntOrString',
				'The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%.'
			),
			f(
				'maxUnavailable',
				'IntOrString',
				'The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%.'
			)
		]
	},
	DeploymentStatus: {
		description: 'DeploymentStatus is the most recently observed status of the Deployment.',
		fields: [
			f(
				'availableReplicas',
				'integer',
				'Total number of available pods (ready for at least minReadySeconds) targeted by this deployment.'
			),
			f(
				'conditions',
				'[]DeploymentCondition',
				"Represents the latest available observations of a deployment's current state."
			),
			f('observedGeneration', 'integer', 'The generation observed by the deployment controller.'),
			f(
				'readyReplicas',
				'integer',
				'readyReplicas is the number of pods targeted by this Deployment with a Ready Condition.'
			),
			f(
				'replicas',
				'integer',
				'Total number of non-terminated pods targeted by this deployment (their labels match the selector).'
			),
			f(
				'unavailableReplicas',
				'integer',
				'Total number of unavailable pods targeted by this deployment. This is the total number of pods that are still required for the deployment to have 100% available capacity. They may either be pods that are running but not yet available or pods that still have not been created.'
			),
			f(
				'updatedReplicas',
				'integer',
				'Total number of non-terminated pods targeted by this deployment that have the desired template spec.'
			)
		]
	},
	ReplicaSet: kind(
		'ReplicaSet ensures that a specified number of pod replicas are running at any given time.',
		[
			spec(
				'ReplicaSetSpec',
				`Spec defines the specification of the desired behavior of the ReplicaSet. More info: ${SPEC_STATUS}`
			),
			status(
				'ReplicaSetStatus',
				`Status is the most recently observed status of the ReplicaSet. This data may be out of date by some window of time. Populated by the system. Read-only. More info: ${SPEC_STATUS}`
			)
		]
	),
	ReplicaSetSpec: {
		description: 'ReplicaSetSpec is the specification of a ReplicaSet.',
		fields: [
			f(
				'minReadySeconds',
				'integer',
				'Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)'
			),
			f(
				'replicas',
				'integer',
				'Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#how-a-replicaset-works'
			),
			f(
				'selector',
				'LabelSelector',
				"Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
				{ ref: 'LabelSelector', required: true }
			),
			f(
				'template',
				'PodTemplateSpec',
				'Template is the object that describes the pod that will be created if insufficient replicas are detected. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#pod-template',
				{ ref: 'PodTemplateSpec' }
			)
		]
	},
	ReplicaSetStatus: {
		description: 'ReplicaSetStatus represents the current status of a ReplicaSet.',
		fields: [
			f(
				'availableReplicas',
				'integer',
				'The number of available non-terminating pods (ready for at least minReadySeconds) for this replica set.'
			),
			f(
				'readyReplicas',
				'integer',
				'The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.'
			),
			f(
				'replicas',
				'integer',
				'Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset/#how-a-replicaset-works',
				{ required: true }
			)
		]
	},
	StatefulSet: kind(
		'StatefulSet represents a set of pods with consistent identities. Identities are defined as:\n  - Network: A single stable DNS and hostname.\n  - Storage: As many VolumeClaims as requested.\n\nThe StatefulSet guarantees that a given network identity will always map to the same storage identity.',
		[
			spec('StatefulSetSpec', 'Spec defines the desired identities of pods in this set.'),
			f(
				'status',
				'StatefulSetStatus',
				'Status is the current status of Pods in this StatefulSet. This data may be out of date by some window of time.'
			)
		]
	),
	StatefulSetSpec: {
		description: 'A StatefulSetSpec is the specification of a StatefulSet.',
		fields: [
			f(
				'replicas',
				'integer',
				'replicas is the desired number of replicas of the given Template. These are replicas in the sense that they are instantiations of the same Template, but individual replicas also have a consistent identity. If unspecified, defaults to 1.'
			),
			f(
				'selector',
				'LabelSelector',
				"selector is a label query over pods that should match the replica count. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
				{ ref: 'LabelSelector', required: true }
			),
			f(
				'serviceName',
				'string',
				'serviceName is the name of the service that governs this StatefulSet. This service must exist before the StatefulSet, and is responsible for the network identity of the set.'
			),
			f(
				'template',
				'PodTemplateSpec',
				'template is the object that describes the pod that will be created if insufficient replicas are detected. Each pod stamped out by the StatefulSet will fulfill this Template, but have a unique identity from the rest of the StatefulSet.',
				{ ref: 'PodTemplateSpec', required: true }
			)
		]
	},
	DaemonSet: kind('DaemonSet represents the configuration of a daemon set.', [
		spec('DaemonSetSpec', `The desired behavior of this daemon set. More info: ${SPEC_STATUS}`),
		f(
			'status',
			'DaemonSetStatus',
			`The current status of this daemon set. This data may be out of date by some window of time. Populated by the system. Read-only. More info: ${SPEC_STATUS}`
		)
	]),
	DaemonSetSpec: {
		description: 'DaemonSetSpec is the specification of a daemon set.',
		fields: [
			f(
				'selector',
				'LabelSelector',
				"A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors",
				{ ref: 'LabelSelector', required: true }
			),
			f(
				'template',
				'PodTemplateSpec',
				'An object that describes the pod that will be created. The DaemonSet will create exactly one copy of this pod on every node that matches the template\'s node selector (or on every node if no node selector is specified). The only allowed template.spec.restartPolicy value is "Always". More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#pod-template',
				{ ref: 'PodTemplateSpec', required: true }
			)
		]
	},
	Service: kind(
		'Service is a named abstraction of software service (for example, mysql) consisting of local port (for example 3306) that the proxy listens on, and the selector that determines which pods will answer requests sent through the proxy.',
		[
			spec('ServiceSpec', `Spec defines the behavior of a service. ${SPEC_STATUS}`),
			f(
				'status',
				'ServiceStatus',
				`Most recently observed status of the service. Populated by the system. Read-only. More info: ${SPEC_STATUS}`
			)
		]
	),
	ServiceSpec: {
		description: 'ServiceSpec describes the attributes that a user creates on a service.',
		fields: [
			f(
				'clusterIP',
				'string',
				'clusterIP is the IP address of the service and is usually assigned randomly. If an address is specified manually, is in-range (as per system configuration), and is not in use, it will be allocated to the service; otherwise creation of the service will fail.'
			),
			f(
				'ports',
				'[]ServicePort',
				'The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies'
			),
			f(
				'selector',
				'map[string]string',
				'Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/'
			),
			f(
				'type',
				'string',
				'type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer.',
				{ enum: ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'] }
			)
		]
	},
	Node: kind(
		'Node is a worker node in Kubernetes. Each node will have a unique identifier in the cache (i.e. in etcd).',
		[
			spec('NodeSpec', `Spec defines the behavior of a node. ${SPEC_STATUS}`),
			f(
				'status',
				'NodeStatus',
				`Most recently observed status of the node. Populated by the system. Read-only. More info: ${SPEC_STATUS}`
			)
		]
	),
	NodeSpec: {
		description: 'NodeSpec describes the attributes that a node is created with.',
		fields: [
			f('podCIDR', 'string', 'PodCIDR represents the pod IP range assigned to the node.'),
			f(
				'providerID',
				'string',
				'ID of the node assigned by the cloud provider in the format: <ProviderName>://<ProviderSpecificNodeID>'
			),
			f('taints', '[]Taint', "If specified, the node's taints."),
			f(
				'unschedulable',
				'boolean',
				'Unschedulable controls node schedulability of new pods. By default, node is schedulable. More info: https://kubernetes.io/docs/concepts/nodes/node/#manual-node-administration'
			)
		]
	},
	Namespace: kind('Namespace provides a scope for Names. Use of multiple namespaces is optional.', [
		f(
			'spec',
			'NamespaceSpec',
			`Spec defines the behavior of the Namespace. More info: ${SPEC_STATUS}`
		),
		f(
			'status',
			'NamespaceStatus',
			`Status describes the current status of a Namespace. More info: ${SPEC_STATUS}`
		)
	]),
	ConfigMap: kind('ConfigMap holds configuration data for pods to consume.', [
		f(
			'binaryData',
			'map[string]string',
			"BinaryData contains the binary data. Each key must consist of alphanumeric characters, '-', '_' or '.'. BinaryData can contain byte sequences that are not in the UTF-8 range. The keys stored in BinaryData must not overlap with the ones in the Data field, this is enforced during validation process. Using this field will require 1.10+ apiserver and kubelet."
		),
		f(
			'data',
			'map[string]string',
			"Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process."
		),
		f(
			'immutable',
			'boolean',
			'Immutable, if set to true, ensures that data stored in the ConfigMap cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil.'
		)
	]),
	Secret: kind(
		'Secret holds secret data of a certain type. The total bytes of the values in the Data field must be less than MaxSecretSize bytes.',
		[
			f(
				'data',
				'map[string]string',
				"Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4"
			),
			f(
				'immutable',
				'boolean',
				'Immutable, if set to true, ensures that data stored in the Secret cannot be updated (only object metadata can be modified). If not set to true, the field can be modified at any time. Defaulted to nil.'
			),
			f(
				'stringData',
				'map[string]string',
				'stringData allows specifying non-binary secret data in string form. It is provided as a write-only input field for convenience. All keys and values are merged into the data field on write, overwriting any existing values. The stringData field is never output when reading from the API.'
			),
			f(
				'type',
				'string',
				'Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types'
			)
		]
	)
};
