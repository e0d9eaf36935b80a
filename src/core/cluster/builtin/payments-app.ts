/**
 * The `payments` namespace as manifests: the two pools of the seed article's example
 * (`payments-primary` pool=primary, `payments-secondary` pool=secondary), the API behind an HPA
 * and an Ingress, the ledger StatefulSet with its claims, the reconcile CronJob, a PDB over the
 * pools, config and credentials.
 */

export interface PaymentsOptions {
	region: string;
	replicas: { primary: number; secondary: number; api: number };
	/** Rollout times of the current payments release (RFC 3339). */
	rolledOut: { primary: string; secondary: string; api: string; ledger: string };
}

const CREATED = '2025-11-10T16:45:12Z';

export function paymentsAppYaml(o: PaymentsOptions): string {
	const ecr = `123456789012.dkr.ecr.${o.region}.amazonaws.com`;
	return `apiVersion: v1
kind: Namespace
metadata:
  name: payments
  creationTimestamp: "${CREATED}"
  labels: {kubernetes.io/metadata.name: payments, team: payments}
---
${pool('primary', o.replicas.primary, ecr, o.rolledOut.primary)}
---
${pool('secondary', o.replicas.secondary, ecr, o.rolledOut.secondary)}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
  namespace: payments
  creationTimestamp: "2025-11-12T10:03:44Z"
  labels: {app: payments-api, team: payments}
  annotations:
    preflight.dev/rolled-out-at: "${o.rolledOut.api}"
    preflight.dev/cpu-utilization: "42"
spec:
  replicas: ${o.replicas.api}
  selector:
    matchLabels: {app: payments-api}
  template:
    metadata:
      labels: {app: payments-api, team: payments}
      annotations: {preflight.dev/cpu-utilization: "42"}
    spec:
      serviceAccountName: payments
      containers:
      - name: api
        image: ${ecr}/payments-api:v2.4.0
        ports:
        - {containerPort: 8080, name: http}
        envFrom:
        - configMapRef: {name: payments-api-config}
        readinessProbe:
          httpGet: {path: /readyz, port: http}
          initialDelaySeconds: 5
          periodSeconds: 10
        livenessProbe:
          httpGet: {path: /healthz, port: http}
          initialDelaySeconds: 15
        resources:
          requests: {cpu: 250m, memory: 256Mi}
          limits: {memory: 512Mi}
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: payments-api
  namespace: payments
  creationTimestamp: "2025-11-12T10:03:44Z"
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: payments-api}
  minReplicas: ${o.replicas.api}
  maxReplicas: 10
  metrics:
  - type: Resource
    resource:
      name: cpu
      target: {type: Utilization, averageUtilization: 70}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: payments-pools
  namespace: payments
  creationTimestamp: "${CREATED}"
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: payments}
---
apiVersion: v1
kind: Service
metadata:
  name: payments
  namespace: payments
  creationTimestamp: "${CREATED}"
  labels: {app: payments}
spec:
  selector: {app: payments}
  ports:
  - {name: http, port: 80, targetPort: http}
---
apiVersion: v1
kind: Service
metadata:
  name: payments-api
  namespace: payments
  creationTimestamp: "2025-11-12T10:03:44Z"
  labels: {app: payments-api}
spec:
  selector: {app: payments-api}
  ports:
  - {name: http, port: 80, targetPort: http}
---
apiVersion: v1
kind: Service
metadata:
  name: payments-ledger
  namespace: payments
  creationTimestamp: "${CREATED}"
  labels: {app: payments-ledger}
spec:
  clusterIP: None
  selector: {app: payments-ledger}
  ports:
  - {name: postgres, port: 5432, targetPort: 5432}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: payments-config
  namespace: payments
  creationTimestamp: "${CREATED}"
data:
  LEDGER_URL: postgres://payments-ledger-0.payments-ledger.payments.svc.cluster.local:5432/ledger
  LOG_LEVEL: info
  PAYMENT_PROVIDER_TIMEOUT: 3s
  FEATURE_ASYNC_CAPTURE: "true"
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: payments-api-config
  namespace: payments
  creationTimestamp: "2025-11-12T10:03:44Z"
data:
  UPSTREAM_URL: http://payments.payments.svc.cluster.local
  RATE_LIMIT_RPS: "400"
---
apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  namespace: payments
  creationTimestamp: "${CREATED}"
type: Opaque
data:
  username: cGF5bWVudHM=
  password: czNjcjN0LXBheW1lbnRzLWRi
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: payments-api
  namespace: payments
  creationTimestamp: "2025-11-12T10:03:44Z"
  annotations: {nginx.ingress.kubernetes.io/proxy-body-size: 1m}
spec:
  ingressClassName: nginx
  tls:
  - hosts: [payments.${o.region}.example.com]
    secretName: payments-tls
  rules:
  - host: payments.${o.region}.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: payments-api
            port: {number: 80}
---
${ledger(ecr, o.rolledOut.ledger)}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: payments-reconcile
  namespace: payments
  creationTimestamp: "2025-11-20T08:00:00Z"
spec:
  schedule: "15 */4 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        metadata:
          labels: {app: payments-reconcile}
          annotations: {preflight.dev/run-duration: 47s}
        spec:
          restartPolicy: Never
          containers:
          - name: reconcile
            image: ${ecr}/payments:v2.4.0
            args: [reconcile, --since=4h]
            resources:
              requests: {cpu: 200m, memory: 256Mi}
`;
}

function pool(name: string, replicas: number, ecr: string, rolledOut: string): string {
	return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-${name}
  namespace: payments
  creationTimestamp: "${CREATED}"
  labels: {app: payments, pool: ${name}, team: payments}
  annotations:
    preflight.dev/rolled-out-at: "${rolledOut}"
    kubernetes.io/change-cause: release v2.4.0
spec:
  replicas: ${replicas}
  selector:
    matchLabels: {app: payments, pool: ${name}}
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 1, maxUnavailable: 0}
  template:
    metadata:
      labels: {app: payments, pool: ${name}, team: payments}
      annotations: {preflight.dev/past-restarts: "2"}
    spec:
      serviceAccountName: payments
      containers:
      - name: payments
        image: ${ecr}/payments:v2.4.0
        ports:
        - {containerPort: 8080, name: http}
        env:
        - {name: POOL, value: ${name}}
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef: {name: payments-db, key: password}
        envFrom:
        - configMapRef: {name: payments-config}
        readinessProbe:
          httpGet: {path: /readyz, port: http}
          initialDelaySeconds: 5
          periodSeconds: 10
        livenessProbe:
          httpGet: {path: /healthz, port: http}
          initialDelaySeconds: 20
        resources:
          requests: {cpu: 500m, memory: 512Mi}
          limits: {memory: 1Gi}`;
}

function ledger(ecr: string, rolledOut: string): string {
	return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: payments-ledger
  namespace: payments
  creationTimestamp: "${CREATED}"
  labels: {app: payments-ledger, team: payments}
  annotations: {preflight.dev/rolled-out-at: "${rolledOut}"}
spec:
  serviceName: payments-ledger
  replicas: 3
  selector:
    matchLabels: {app: payments-ledger}
  template:
    metadata:
      labels: {app: payments-ledger, team: payments}
    spec:
      containers:
      - name: ledger
        image: ${ecr}/payments-ledger:v1.9.2
        ports:
        - {containerPort: 5432, name: postgres}
        readinessProbe:
          exec: {command: [pg_isready, -U, ledger]}
          periodSeconds: 10
        resources:
          requests: {cpu: "1", memory: 2Gi}
          limits: {memory: 4Gi}
        volumeMounts:
        - {name: data, mountPath: /var/lib/postgresql/data}
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ReadWriteOnce]
      storageClassName: gp3
      resources:
        requests: {storage: 50Gi}`;
}
