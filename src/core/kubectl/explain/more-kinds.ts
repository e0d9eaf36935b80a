/** Batch, autoscaling, policy, networking, storage and event kinds for `kubectl explain`. */
import { objectHeader, SPEC_STATUS, type FieldDef, type TypeTable } from './types';

const f = (name: string, type: string, description: string, extra: Partial<FieldDef> = {}) => ({
	name,
	type,
	description,
	...extra
});
const kind = (description: string, rest: FieldDef[]) => ({
	description,
	fields: [...objectHeader(), ...rest]
});

export const MORE_KIND_TYPES: TypeTable = {
	HorizontalPodAutoscaler: kind(
		'HorizontalPodAutoscaler is the configuration for a horizontal pod autoscaler, which automatically manages the replica count of any resource implementing the scale subresource based on the metrics specified.',
		[
			f(
				'spec',
				'HorizontalPodAutoscalerSpec',
				`spec is the specification for the behaviour of the autoscaler. More info: ${SPEC_STATUS}.`,
				{ ref: 'HorizontalPodAutoscalerSpec' }
			),
			f(
				'status',
				'HorizontalPodAutoscalerStatus',
				'status is the current information about the autoscaler.'
			)
		]
	),
	HorizontalPodAutoscalerSpec: {
		description:
			'HorizontalPodAutoscalerSpec describes the desired functionality of the HorizontalPodAutoscaler.',
		fields: [
			f(
				'behavior',
				'HorizontalPodAutoscalerBehavior',
				'behavior configures the scaling behavior of the target in both Up and Down directions (scaleUp and scaleDown fields respectively). If not set, the default HPAScalingRules for scale up and scale down are used.'
			),
			f(
				'maxReplicas',
				'integer',
				'maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas.',
				{ required: true }
			),
			f(
				'metrics',
				'[]MetricSpec',
				'metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used). If not set, the default metric will be set to 80% average CPU utilization.'
			),
			f(
				'minReplicas',
				'integer',
				'minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod.'
			),
			f(
				'scaleTargetRef',
				'CrossVersionObjectReference',
				'scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count.',
				{ required: true }
			)
		]
	},
	PodDisruptionBudget: kind(
		'PodDisruptionBudget is an object to define the max disruption that can be caused to a collection of pods',
		[
			f(
				'spec',
				'PodDisruptionBudgetSpec',
				'Specification of the desired behavior of the PodDisruptionBudget.',
				{ ref: 'PodDisruptionBudgetSpec' }
			),
			f(
				'status',
				'PodDisruptionBudgetStatus',
				'Most recently observed status of the PodDisruptionBudget.'
			)
		]
	),
	PodDisruptionBudgetSpec: {
		description: 'PodDisruptionBudgetSpec is a description of a PodDisruptionBudget.',
		fields: [
			f(
				'maxUnavailable',
				'IntOrString',
				'An eviction is allowed if at most "maxUnavailable" pods selected by "selector" are unavailable after the eviction, i.e. even in absence of the evicted pod. For example, one can prevent all voluntary evictions by specifying 0. This is a mutually exclusive setting with "minAvailable".'
			),
			f(
				'minAvailable',
				'IntOrString',
				'An eviction is allowed if at least "minAvailable" pods selected by "selector" will still be available after the eviction, i.e. even in the absence of the evicted pod.  So for example you can prevent all voluntary evictions by specifying "100%".'
			),
			f(
				'selector',
				'LabelSelector',
				'Label query over pods whose evictions are managed by the disruption budget. A null selector will match no pods, while an empty ({}) selector will select all pods within the namespace.',
				{ ref: 'LabelSelector' }
			)
		]
	},
	Job: kind('Job represents the configuration of a single job.', [
		f(
			'spec',
			'JobSpec',
			`Specification of the desired behavior of a job. More info: ${SPEC_STATUS}`,
			{ ref: 'JobSpec' }
		),
		f('status', 'JobStatus', `Current status of a job. More info: ${SPEC_STATUS}`)
	]),
	JobSpec: {
		description: 'JobSpec describes how the job execution will look like.',
		fields: [
			f(
				'activeDeadlineSeconds',
				'integer',
				'Specifies the duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; value must be positive integer. If a Job is suspended (at creation or through an update), this timer will effectively be stopped and reset when the Job is resumed again.'
			),
			f(
				'backoffLimit',
				'integer',
				'Specifies the number of retries before marking this job failed. Defaults to 6'
			),
			f(
				'completions',
				'integer',
				'Specifies the desired number of successfully finished pods the job should be run with.  Setting to null means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.  Setting to 1 means that parallelism is limited to 1 and the success of that pod signals the success of the job. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/'
			),
			f(
				'parallelism',
				'integer',
				'Specifies the maximum desired number of pods the job should run at any given time. The actual number of pods running in steady state will be less than this number when ((.spec.completions - .status.successful) < .spec.parallelism), i.e. when the work left to do is less than max parallelism. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/'
			),
			f(
				'template',
				'PodTemplateSpec',
				'Describes the pod that will be created when executing a job. The only allowed template.spec.restartPolicy values are "Never" or "OnFailure". More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/',
				{ ref: 'PodTemplateSpec', required: true }
			)
		]
	},
	CronJob: kind('CronJob represents the configuration of a single cron job.', [
		f(
			'spec',
			'CronJobSpec',
			`Specification of the desired behavior of a cron job, including the schedule. More info: ${SPEC_STATUS}`,
			{ ref: 'CronJobSpec' }
		),
		f('status', 'CronJobStatus', `Current status of a cron job. More info: ${SPEC_STATUS}`)
	]),
	CronJobSpec: {
		description:
			'CronJobSpec describes how the job execution will look like and when it will actually run.',
		fields: [
			f(
				'concurrencyPolicy',
				'string',
				'Specifies how to treat concurrent executions of a Job. Valid values are:\n\n- "Allow" (default): allows CronJobs to run concurrently; - "Forbid": forbids concurrent runs, skipping next run if previous run hasn\'t finished yet; - "Replace": cancels currently running job and replaces it with a new one',
				{ enum: ['Allow', 'Forbid', 'Replace'] }
			),
			f(
				'jobTemplate',
				'JobTemplateSpec',
				'Specifies the job that will be created when executing a CronJob.',
				{ required: true }
			),
			f(
				'schedule',
				'string',
				'The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.',
				{ required: true }
			),
			f(
				'suspend',
				'boolean',
				'This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.'
			)
		]
	},
	Ingress: kind(
		'Ingress is a collection of rules that allow inbound connections to reach the endpoints defined by a backend. An Ingress can be configured to give services externally-reachable urls, load balance traffic, terminate SSL, offer name based virtual hosting etc.',
		[
			f(
				'spec',
				'IngressSpec',
				`spec is the desired state of the Ingress. More info: ${SPEC_STATUS}`,
				{ ref: 'IngressSpec' }
			),
			f(
				'status',
				'IngressStatus',
				`status is the current state of the Ingress. More info: ${SPEC_STATUS}`
			)
		]
	),
	IngressSpec: {
		description: 'IngressSpec describes the Ingress the user wishes to exist.',
		fields: [
			f(
				'defaultBackend',
				'IngressBackend',
				"defaultBackend is the backend that should handle requests that don't match any rule. If Rules are not specified, DefaultBackend must be specified. If DefaultBackend is not set, the handling of requests that do not match any of the rules will be up to the Ingress controller."
			),
			f(
				'ingressClassName',
				'string',
				'ingressClassName is the name of an IngressClass cluster resource. Ingress controller implementations use this field to know whether they should be serving this Ingress resource, by a transitive connection (controller -> IngressClass -> Ingress resource).'
			),
			f(
				'rules',
				'[]IngressRule',
				'rules is a list of host rules used to configure the Ingress. If unspecified, or no rule matches, all traffic is sent to the default backend.'
			),
			f(
				'tls',
				'[]IngressTLS',
				'tls represents the TLS configuration. Currently the Ingress only supports a single TLS port, 443. If multiple members of this list specify different hosts, they will be multiplexed on the same port according to the hostname specified through the SNI TLS extension, if the ingress controller fulfilling the ingress supports SNI.'
			)
		]
	},
	PersistentVolumeClaim: kind(
		"PersistentVolumeClaim is a user's request for and claim to a persistent volume",
		[
			f(
				'spec',
				'PersistentVolumeClaimSpec',
				'spec defines the desired characteristics of a volume requested by a pod author. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims'
			),
			f(
				'status',
				'PersistentVolumeClaimStatus',
				'status represents the current information/status of a persistent volume claim. Read-only. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#persistentvolumeclaims'
			)
		]
	),
	Event: {
		description:
			'Event is a report of an event somewhere in the cluster.  Events have a limited retention time and triggers and messages may evolve with time.  Event consumers should not rely on the timing of an event with a given Reason reflecting a consistent underlying trigger, or the continued existence of events with that Reason.  Events should be treated as informative, best-effort, supplemental data.',
		fields: [
			...objectHeader().map((h) => (h.name === 'metadata' ? { ...h, required: true } : h)),
			f('count', 'integer', 'The number of times this event has occurred.'),
			f(
				'firstTimestamp',
				'string',
				'The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)'
			),
			f('involvedObject', 'ObjectReference', 'The object that this event is about.', {
				required: true
			}),
			f(
				'lastTimestamp',
				'string',
				'The time at which the most recent occurrence of this event was recorded.'
			),
			f('message', 'string', 'A human-readable description of the status of this operation.'),
			f(
				'reason',
				'string',
				"This should be a short, machine understandable string that gives the reason for the transition into the object's current status."
			),
			f(
				'source',
				'EventSource',
				'The component reporting this event. Should be a short machine understandable string.'
			),
			f(
				'type',
				'string',
				'Type of this event (Normal, Warning), new types could be added in the future'
			)
		]
	}
};
