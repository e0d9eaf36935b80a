/**
 * Kubernetes-shaped objects as the simulator stores them: the same JSON an API server returns,
 * so `-o yaml`, `-o jsonpath`, patches and imported dumps work on them unchanged. Only the fields
 * the simulator reads are typed; everything else rides along untouched.
 */

export type Labels = Record<string, string>;

export interface OwnerReference {
	apiVersion: string;
	kind: string;
	name: string;
	uid: string;
	controller?: boolean;
	blockOwnerDeletion?: boolean;
}

export interface ObjectMeta {
	name: string;
	namespace?: string;
	uid: string;
	resourceVersion: string;
	generation?: number;
	/** RFC 3339, seconds precision, as the API server writes it. */
	creationTimestamp: string;
	deletionTimestamp?: string;
	labels?: Labels;
	annotations?: Labels;
	ownerReferences?: OwnerReference[];
	generateName?: string;
	[field: string]: unknown;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- spec/status are the API's open shapes */
export interface KubeObject {
	apiVersion: string;
	kind: string;
	metadata: ObjectMeta;
	spec?: any;
	status?: any;
	[field: string]: any;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export interface LabelSelectorRequirement {
	key: string;
	operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
	values?: string[];
}

export interface LabelSelector {
	matchLabels?: Labels;
	matchExpressions?: LabelSelectorRequirement[];
}

export interface ContainerPort {
	name?: string;
	containerPort: number;
	protocol?: string;
}

export interface Container {
	name: string;
	image: string;
	ports?: ContainerPort[];
	env?: { name: string; value?: string; valueFrom?: unknown }[];
	resources?: { requests?: Labels; limits?: Labels };
	[field: string]: unknown;
}

export interface ContainerState {
	waiting?: { reason?: string; message?: string };
	running?: { startedAt: string };
	terminated?: {
		exitCode: number;
		reason?: string;
		message?: string;
		startedAt?: string;
		finishedAt?: string;
	};
}

export interface ContainerStatus {
	name: string;
	image: string;
	imageID: string;
	ready: boolean;
	started?: boolean;
	restartCount: number;
	state: ContainerState;
	lastState: ContainerState;
	containerID?: string;
}

export interface PodCondition {
	type: string;
	status: 'True' | 'False' | 'Unknown';
	lastProbeTime?: string | null;
	lastTransitionTime?: string;
	reason?: string;
	message?: string;
}

export interface Pod extends KubeObject {
	kind: 'Pod';
	spec: {
		containers: Container[];
		initContainers?: Container[];
		nodeName?: string;
		nodeSelector?: Labels;
		tolerations?: { key?: string; operator?: string; value?: string; effect?: string }[];
		restartPolicy?: string;
		terminationGracePeriodSeconds?: number;
		volumes?: { name: string; emptyDir?: unknown; [k: string]: unknown }[];
		[field: string]: unknown;
	};
	status: {
		phase: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
		conditions?: PodCondition[];
		hostIP?: string;
		podIP?: string;
		podIPs?: { ip: string }[];
		startTime?: string;
		reason?: string;
		message?: string;
		containerStatuses?: ContainerStatus[];
		initContainerStatuses?: ContainerStatus[];
		qosClass?: string;
		[field: string]: unknown;
	};
}

export interface PodTemplate {
	metadata?: { labels?: Labels; annotations?: Labels };
	spec: Pod['spec'];
}

export interface Deployment extends KubeObject {
	kind: 'Deployment';
	spec: {
		replicas?: number;
		selector: LabelSelector;
		template: PodTemplate;
		strategy?: {
			type?: 'RollingUpdate' | 'Recreate';
			rollingUpdate?: { maxSurge?: number | string; maxUnavailable?: number | string };
		};
		minReadySeconds?: number;
		revisionHistoryLimit?: number;
		progressDeadlineSeconds?: number;
		paused?: boolean;
	};
	status?: {
		observedGeneration?: number;
		replicas?: number;
		updatedReplicas?: number;
		readyReplicas?: number;
		availableReplicas?: number;
		unavailableReplicas?: number;
		conditions?: PodCondition[];
	};
}

export interface ReplicaSet extends KubeObject {
	kind: 'ReplicaSet';
	spec: {
		replicas?: number;
		selector: LabelSelector;
		template: PodTemplate;
		minReadySeconds?: number;
	};
	status?: {
		replicas: number;
		fullyLabeledReplicas?: number;
		readyReplicas?: number;
		availableReplicas?: number;
		observedGeneration?: number;
	};
}

export interface Taint {
	key: string;
	value?: string;
	effect: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute';
	timeAdded?: string;
}

export interface Node extends KubeObject {
	kind: 'Node';
	spec: { unschedulable?: boolean; taints?: Taint[]; podCIDR?: string; providerID?: string };
	status: {
		capacity: Labels;
		allocatable: Labels;
		conditions: PodCondition[];
		addresses: { type: string; address: string }[];
		nodeInfo: {
			kubeletVersion: string;
			osImage: string;
			kernelVersion: string;
			containerRuntimeVersion: string;
			operatingSystem: string;
			architecture: string;
			[field: string]: string;
		};
		[field: string]: unknown;
	};
}

export interface KubeEvent extends KubeObject {
	kind: 'Event';
	involvedObject: {
		kind: string;
		namespace?: string;
		name: string;
		uid?: string;
		apiVersion?: string;
		resourceVersion?: string;
		fieldPath?: string;
	};
	reason: string;
	message: string;
	type: 'Normal' | 'Warning';
	count: number;
	firstTimestamp: string;
	lastTimestamp: string;
	source: { component: string; host?: string };
	reportingComponent?: string;
}

/** A kubeconfig context: which cluster, as whom, and the default namespace. */
export interface KubeContext {
	name: string;
	cluster: string;
	user: string;
	namespace?: string;
}

/** One simulated cluster: its objects plus the counters that keep it deterministic. */
export interface Cluster {
	name: string;
	/** API server URL, as `cluster-info` and `config view` show it. */
	server: string;
	/** Server git version, e.g. `v1.32.4`. */
	version: string;
	objects: ObjectIndex;
	/** Last resourceVersion handed out. */
	resourceVersion: number;
	/** State of the seeded random source (see clock/random.ts). */
	rng: number;
	/**
	 * Qualified images the registry serves (registry.ts); others fail to pull. Unset: every image
	 * pulls.
	 */
	registry?: string[];
	/**
	 * Virtual ms of the last controller pass (controllers/reconcile.ts), so a pass knows which
	 * timed transitions (kubelet events, HPA syncs) fell since the previous one. Unset before any.
	 */
	lastReconciled?: number;
}

/** resource key (`pods`, `deployments.apps`) → namespace (`''` for cluster-scoped) → name → object */
export type ObjectIndex = ReadonlyMap<string, ReadonlyMap<string, ReadonlyMap<string, KubeObject>>>;

/** Everything kubectl can see: the kubeconfig and the clusters behind it. Treated as immutable. */
export interface World {
	contexts: KubeContext[];
	currentContext: string;
	clusters: Readonly<Record<string, Cluster>>;
}
