/** The namespaces around payments in us-east-1: ingress-nginx, monitoring and checkout. */

export const US_EAST_1_PLATFORM = `apiVersion: v1
kind: Namespace
metadata: {name: ingress-nginx, creationTimestamp: "2025-11-04T09:12:30Z"}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
  creationTimestamp: "2025-11-04T09:12:31Z"
  labels: {app.kubernetes.io/component: controller, app.kubernetes.io/instance: ingress-nginx, app.kubernetes.io/name: ingress-nginx}
  annotations: {preflight.dev/rolled-out-at: "2026-03-02T10:15:22Z"}
spec:
  replicas: 2
  selector:
    matchLabels: {app.kubernetes.io/component: controller, app.kubernetes.io/instance: ingress-nginx, app.kubernetes.io/name: ingress-nginx}
  template:
    metadata:
      labels: {app.kubernetes.io/component: controller, app.kubernetes.io/instance: ingress-nginx, app.kubernetes.io/name: ingress-nginx}
    spec:
      serviceAccountName: ingress-nginx
      containers:
      - name: controller
        image: registry.k8s.io/ingress-nginx/controller:v1.12.1
        args: [/nginx-ingress-controller, --publish-service=$(POD_NAMESPACE)/ingress-nginx-controller, --election-id=ingress-nginx-leader, --controller-class=k8s.io/ingress-nginx, --ingress-class=nginx]
        ports:
        - {containerPort: 80, name: http}
        - {containerPort: 443, name: https}
        readinessProbe:
          httpGet: {path: /healthz, port: 10254}
          initialDelaySeconds: 10
          periodSeconds: 10
        resources:
          requests: {cpu: 100m, memory: 90Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
  creationTimestamp: "2025-11-04T09:12:31Z"
  labels: {app.kubernetes.io/component: controller, app.kubernetes.io/instance: ingress-nginx, app.kubernetes.io/name: ingress-nginx}
spec:
  type: LoadBalancer
  externalTrafficPolicy: Local
  selector: {app.kubernetes.io/component: controller, app.kubernetes.io/instance: ingress-nginx, app.kubernetes.io/name: ingress-nginx}
  ports:
  - {name: http, port: 80, targetPort: http}
  - {name: https, port: 443, targetPort: https}
---
apiVersion: v1
kind: Namespace
metadata: {name: monitoring, creationTimestamp: "2025-11-05T13:40:02Z"}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: prometheus
  namespace: monitoring
  creationTimestamp: "2025-11-05T13:40:05Z"
  labels: {app.kubernetes.io/name: prometheus}
  annotations: {preflight.dev/rolled-out-at: "2026-02-21T03:25:40Z"}
spec:
  serviceName: prometheus
  replicas: 1
  selector:
    matchLabels: {app.kubernetes.io/name: prometheus}
  template:
    metadata:
      labels: {app.kubernetes.io/name: prometheus}
    spec:
      serviceAccountName: prometheus
      containers:
      - name: prometheus
        image: quay.io/prometheus/prometheus:v3.2.1
        args: [--config.file=/etc/prometheus/prometheus.yml, --storage.tsdb.path=/prometheus, --storage.tsdb.retention.time=15d]
        ports:
        - {containerPort: 9090, name: web}
        readinessProbe:
          httpGet: {path: /-/ready, port: web}
          periodSeconds: 5
        resources:
          requests: {cpu: 500m, memory: 2Gi}
          limits: {memory: 4Gi}
  volumeClaimTemplates:
  - metadata: {name: prometheus-data}
    spec:
      accessModes: [ReadWriteOnce]
      storageClassName: gp3
      resources:
        requests: {storage: 100Gi}
---
apiVersion: v1
kind: Service
metadata:
  name: prometheus
  namespace: monitoring
  creationTimestamp: "2025-11-05T13:40:05Z"
  labels: {app.kubernetes.io/name: prometheus}
spec:
  selector: {app.kubernetes.io/name: prometheus}
  ports:
  - {name: web, port: 9090, targetPort: web}
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: node-exporter
  namespace: monitoring
  creationTimestamp: "2025-11-05T13:40:05Z"
  labels: {app.kubernetes.io/name: node-exporter}
spec:
  selector:
    matchLabels: {app.kubernetes.io/name: node-exporter}
  template:
    metadata:
      labels: {app.kubernetes.io/name: node-exporter}
    spec:
      hostNetwork: true
      tolerations: [{operator: Exists}]
      containers:
      - name: node-exporter
        image: quay.io/prometheus/node-exporter:v1.9.0
        args: [--path.rootfs=/host]
        ports:
        - {containerPort: 9100, name: metrics}
        resources:
          requests: {cpu: 50m, memory: 64Mi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: kube-state-metrics
  namespace: monitoring
  creationTimestamp: "2025-11-05T13:40:05Z"
  labels: {app.kubernetes.io/name: kube-state-metrics}
  annotations: {preflight.dev/rolled-out-at: "2026-02-21T03:25:40Z"}
spec:
  replicas: 1
  selector:
    matchLabels: {app.kubernetes.io/name: kube-state-metrics}
  template:
    metadata:
      labels: {app.kubernetes.io/name: kube-state-metrics}
    spec:
      serviceAccountName: kube-state-metrics
      containers:
      - name: kube-state-metrics
        image: registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.15.0
        ports:
        - {containerPort: 8080, name: http-metrics}
        readinessProbe:
          httpGet: {path: /, port: 8081}
        resources:
          requests: {cpu: 50m, memory: 128Mi}
---
apiVersion: v1
kind: Namespace
metadata: {name: checkout, creationTimestamp: "2025-12-09T11:20:45Z", labels: {team: checkout}}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout-api
  namespace: checkout
  creationTimestamp: "2025-12-09T11:21:02Z"
  labels: {app: checkout-api, team: checkout}
  annotations: {preflight.dev/rolled-out-at: "2026-03-10T15:02:17Z"}
spec:
  replicas: 3
  selector:
    matchLabels: {app: checkout-api}
  template:
    metadata:
      labels: {app: checkout-api, team: checkout}
    spec:
      containers:
      - name: checkout
        image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/checkout:v1.18.3
        ports:
        - {containerPort: 8080, name: http}
        env:
        - {name: PAYMENTS_URL, value: http://payments-api.payments.svc.cluster.local}
        readinessProbe:
          httpGet: {path: /readyz, port: http}
          periodSeconds: 10
        resources:
          requests: {cpu: 250m, memory: 384Mi}
          limits: {memory: 768Mi}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout-worker
  namespace: checkout
  creationTimestamp: "2025-12-09T11:21:02Z"
  labels: {app: checkout-worker, team: checkout}
  annotations: {preflight.dev/rolled-out-at: "2026-03-10T15:02:17Z"}
spec:
  replicas: 2
  selector:
    matchLabels: {app: checkout-worker}
  template:
    metadata:
      labels: {app: checkout-worker, team: checkout}
      annotations: {preflight.dev/past-restarts: "1"}
    spec:
      containers:
      - name: worker
        image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/checkout-worker:v1.18.3
        resources:
          requests: {cpu: 200m, memory: 256Mi}
          limits: {memory: 512Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: checkout-api
  namespace: checkout
  creationTimestamp: "2025-12-09T11:21:02Z"
  labels: {app: checkout-api}
spec:
  selector: {app: checkout-api}
  ports:
  - {name: http, port: 80, targetPort: http}
`;
