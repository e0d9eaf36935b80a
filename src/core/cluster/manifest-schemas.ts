/**
 * zod schemas for the fields of each kind the simulator reads. Every object is loose: fields not
 * named here ride along untouched, as the API server would keep them. `status` is never checked
 * beyond its shape, because an imported dump's status is kept as given.
 */
import { z } from 'zod';

// Kubernetes' own validation wording (apimachinery/pkg/util/validation).
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN_MSG =
	"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const LABEL_MSG =
	"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+|[KMGTPE]i|[kMGTPEmnu])?$/;
const QUANTITY_MSG =
	"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

export const dnsSubdomain = z.string().max(253).regex(SUBDOMAIN, SUBDOMAIN_MSG);
export const dnsLabel = z.string().max(63).regex(LABEL, LABEL_MSG);

const stringMap = z.record(z.string(), z.string());
const count = z.int().min(0);
const port = z.int().min(1).max(65535);
const intOrString = z.union([z.int(), z.string()], { error: 'expected an integer or a string' });

/** `cpu: 1` in YAML is a number; manifests.ts stores it as the string the API server keeps. */
const quantity = z.union([z.number(), z.string().regex(QUANTITY, QUANTITY_MSG)], {
	error: 'expected a quantity'
});
const resourceList = z.record(z.string(), quantity);

export const metadataSchema = z.looseObject({
	name: dnsSubdomain,
	namespace: dnsLabel.optional(),
	labels: stringMap.optional(),
	annotations: stringMap.optional(),
	creationTimestamp: z.iso.datetime({ offset: true }).optional(),
	uid: z.string().optional(),
	generation: z.int().optional()
});

const selectorSchema = z.looseObject({
	matchLabels: stringMap.optional(),
	matchExpressions: z
		.array(
			z.looseObject({
				key: z.string(),
				operator: z.enum(['In', 'NotIn', 'Exists', 'DoesNotExist']),
				values: z.array(z.string()).optional()
			})
		)
		.optional()
});

const containerSchema = z.looseObject({
	name: dnsLabel,
	image: z.string().min(1),
	ports: z
		.array(
			z.looseObject({
				containerPort: port,
				name: z.string().optional(),
				protocol: z.enum(['TCP', 'UDP', 'SCTP']).optional()
			})
		)
		.optional(),
	env: z.array(z.looseObject({ name: z.string().min(1), value: z.string().optional() })).optional(),
	resources: z
		.looseObject({ requests: resourceList.optional(), limits: resourceList.optional() })
		.optional()
});

export const podSpecSchema = z.looseObject({
	containers: z.array(containerSchema).min(1),
	initContainers: z.array(containerSchema).optional(),
	nodeName: z.string().optional(),
	nodeSelector: stringMap.optional(),
	restartPolicy: z.enum(['Always', 'OnFailure', 'Never']).optional(),
	terminationGracePeriodSeconds: count.optional(),
	tolerations: z
		.array(
			z.looseObject({
				key: z.string().optional(),
				operator: z.enum(['Exists', 'Equal']).optional(),
				value: z.string().optional(),
				effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute', '']).optional()
			})
		)
		.optional()
});

const templateSchema = z.looseObject({
	metadata: z
		.looseObject({ labels: stringMap.optional(), annotations: stringMap.optional() })
		.optional(),
	spec: podSpecSchema
});

const podStatusSchema = z.looseObject({
	phase: z.enum(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']).optional(),
	containerStatuses: z
		.array(z.looseObject({ name: z.string(), restartCount: count.optional() }))
		.optional()
});

const taintSchema = z.looseObject({
	key: z.string().min(1),
	value: z.string().optional(),
	effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute'])
});

/** Spec (and a few top-level fields) per kind; kinds absent here are checked for metadata only. */
export const KIND_SCHEMAS: Record<string, z.ZodType> = {
	Namespace: z.looseObject({ metadata: z.looseObject({ name: dnsLabel }) }),
	Pod: z.looseObject({ spec: podSpecSchema, status: podStatusSchema.optional() }),
	Deployment: z.looseObject({
		spec: z.looseObject({
			replicas: count.optional(),
			selector: selectorSchema,
			template: templateSchema,
			strategy: z
				.looseObject({
					type: z.enum(['RollingUpdate', 'Recreate']).optional(),
					rollingUpdate: z
						.looseObject({
							maxSurge: intOrString.optional(),
							maxUnavailable: intOrString.optional()
						})
						.optional()
				})
				.optional(),
			minReadySeconds: count.optional(),
			revisionHistoryLimit: count.optional(),
			progressDeadlineSeconds: count.optional(),
			paused: z.boolean().optional()
		})
	}),
	ReplicaSet: z.looseObject({
		spec: z.looseObject({
			replicas: count.optional(),
			selector: selectorSchema,
			template: templateSchema
		})
	}),
	StatefulSet: z.looseObject({
		spec: z.looseObject({
			replicas: count.optional(),
			serviceName: z.string().optional(),
			selector: selectorSchema,
			template: templateSchema,
			volumeClaimTemplates: z
				.array(z.looseObject({ metadata: z.looseObject({ name: dnsSubdomain }) }))
				.optional()
		})
	}),
	DaemonSet: z.looseObject({
		spec: z.looseObject({ selector: selectorSchema, template: templateSchema })
	}),
	Job: z.looseObject({
		spec: z.looseObject({
			template: templateSchema,
			completions: count.optional(),
			parallelism: count.optional(),
			backoffLimit: count.optional()
		})
	}),
	CronJob: z.looseObject({
		spec: z.looseObject({
			schedule: z.string().min(1),
			suspend: z.boolean().optional(),
			jobTemplate: z.looseObject({ spec: z.looseObject({ template: templateSchema }) })
		})
	}),
	Service: z.looseObject({
		metadata: z.looseObject({ name: dnsLabel }),
		spec: z.looseObject({
			type: z.enum(['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName']).optional(),
			selector: stringMap.optional(),
			clusterIP: z.string().optional(),
			ports: z
				.array(
					z.looseObject({
						port,
						targetPort: intOrString.optional(),
						nodePort: port.optional(),
						name: z.string().optional(),
						protocol: z.enum(['TCP', 'UDP', 'SCTP']).optional()
					})
				)
				.optional()
		})
	}),
	ConfigMap: z.looseObject({ data: stringMap.optional(), binaryData: stringMap.optional() }),
	Secret: z.looseObject({
		type: z.string().optional(),
		data: z.record(z.string(), z.base64({ error: 'illegal base64 data' })).optional(),
		stringData: stringMap.optional()
	}),
	HorizontalPodAutoscaler: z.looseObject({
		spec: z.looseObject({
			scaleTargetRef: z.looseObject({ kind: z.string(), name: z.string() }),
			minReplicas: z.int().min(1).optional(),
			maxReplicas: z.int().min(1)
		})
	}),
	PodDisruptionBudget: z.looseObject({
		spec: z.looseObject({
			selector: selectorSchema.optional(),
			minAvailable: intOrString.optional(),
			maxUnavailable: intOrString.optional()
		})
	}),
	Ingress: z.looseObject({
		spec: z.looseObject({
			ingressClassName: z.string().optional(),
			rules: z.array(z.looseObject({ host: z.string().optional() })).optional()
		})
	}),
	PersistentVolumeClaim: z.looseObject({
		spec: z.looseObject({
			accessModes: z.array(z.string()).optional(),
			storageClassName: z.string().optional(),
			resources: z.looseObject({ requests: resourceList.optional() }).optional()
		})
	}),
	Node: z.looseObject({
		spec: z
			.looseObject({
				unschedulable: z.boolean().optional(),
				taints: z.array(taintSchema).optional()
			})
			.optional(),
		status: z
			.looseObject({ capacity: resourceList.optional(), allocatable: resourceList.optional() })
			.optional()
	}),
	Event: z.looseObject({
		involvedObject: z.looseObject({ kind: z.string(), name: z.string() }),
		reason: z.string().optional(),
		message: z.string().optional(),
		type: z.string().optional()
	})
};

/** The common envelope every object has. */
export const envelopeSchema = z.looseObject({
	apiVersion: z.string(),
	kind: z.string(),
	metadata: metadataSchema
});
