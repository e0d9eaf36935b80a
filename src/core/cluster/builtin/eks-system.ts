/**
 * The kube-system add-ons every EKS cluster runs (CoreDNS, kube-proxy, the VPC CNI, metrics-server)
 * as manifests, for a region and a history: created with the cluster, rolled out after the
 * current node group came up.
 */

export interface SystemHistory {
	region: string;
	/** When the cluster (and its add-ons) were created. */
	created: string;
	/** When the add-on Deployments last rolled out. */
	rolledOut: string;
}

export function eksSystemYaml({ region, created, rolledOut }: SystemHistory): string {
	const ecr = `602401143452.dkr.ecr.${region}.amazonaws.com/eks`;
	return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: coredns
  namespace: kube-system
  creationTimestamp: "${created}"
  labels: {eks.amazonaws.com/component: coredns, k8s-app: kube-dns, kubernetes.io/name: CoreDNS}
  annotations: {preflight.dev/rolled-out-at: "${rolledOut}"}
spec:
  replicas: 2
  selector:
    matchLabels: {eks.amazonaws.com/component: coredns, k8s-app: kube-dns}
  strategy:
    type: RollingUpdate
    rollingUpdate: {maxSurge: 25%, maxUnavailable: 1}
  template:
    metadata:
      labels: {eks.amazonaws.com/component: coredns, k8s-app: kube-dns}
    spec:
      priorityClassName: system-cluster-critical
      serviceAccountName: coredns
      containers:
      - name: coredns
        image: ${ecr}/coredns:v1.11.4-eksbuild.2
        args: [-conf, /etc/coredns/Corefile]
        ports:
        - {containerPort: 53, name: dns, protocol: UDP}
        - {containerPort: 53, name: dns-tcp, protocol: TCP}
        - {containerPort: 9153, name: metrics, protocol: TCP}
        readinessProbe:
          httpGet: {path: /ready, port: 8181, scheme: HTTP}
          periodSeconds: 10
        livenessProbe:
          httpGet: {path: /health, port: 8080, scheme: HTTP}
          initialDelaySeconds: 60
        resources:
          limits: {memory: 170Mi}
          requests: {cpu: 100m, memory: 70Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: kube-dns
  namespace: kube-system
  creationTimestamp: "${created}"
  labels: {eks.amazonaws.com/component: kube-dns, k8s-app: kube-dns, kubernetes.io/cluster-service: "true", kubernetes.io/name: CoreDNS}
spec:
  clusterIP: 172.20.0.10
  selector: {k8s-app: kube-dns}
  ports:
  - {name: dns, port: 53, protocol: UDP, targetPort: 53}
  - {name: dns-tcp, port: 53, protocol: TCP, targetPort: 53}
  - {name: metrics, port: 9153, protocol: TCP, targetPort: 9153}
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: kube-proxy
  namespace: kube-system
  creationTimestamp: "${created}"
  labels: {eks.amazonaws.com/component: kube-proxy, k8s-app: kube-proxy}
spec:
  selector:
    matchLabels: {k8s-app: kube-proxy}
  template:
    metadata:
      labels: {k8s-app: kube-proxy}
    spec:
      hostNetwork: true
      priorityClassName: system-node-critical
      tolerations: [{operator: Exists}]
      containers:
      - name: kube-proxy
        image: ${ecr}/kube-proxy:v1.32.0-minimal-eksbuild.2
        command: [kube-proxy, --v=2, --config=/var/lib/kube-proxy-config/config, --hostname-override=$(NODE_NAME)]
        resources:
          requests: {cpu: 100m}
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: aws-node
  namespace: kube-system
  creationTimestamp: "${created}"
  labels: {app.kubernetes.io/instance: aws-vpc-cni, app.kubernetes.io/name: aws-node, k8s-app: aws-node}
spec:
  selector:
    matchLabels: {k8s-app: aws-node}
  template:
    metadata:
      labels: {app.kubernetes.io/instance: aws-vpc-cni, app.kubernetes.io/name: aws-node, k8s-app: aws-node}
    spec:
      hostNetwork: true
      priorityClassName: system-node-critical
      tolerations: [{operator: Exists}]
      containers:
      - name: aws-node
        image: ${ecr}/amazon-k8s-cni:v1.19.2-eksbuild.1
        ports:
        - {containerPort: 61678, name: metrics, protocol: TCP}
        resources:
          requests: {cpu: 25m}
      - name: aws-eks-nodeagent
        image: ${ecr}/aws-network-policy-agent:v1.1.6-eksbuild.1
        resources:
          requests: {cpu: 25m}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics-server
  namespace: kube-system
  creationTimestamp: "${created}"
  labels: {app.kubernetes.io/instance: metrics-server, app.kubernetes.io/name: metrics-server}
  annotations: {preflight.dev/rolled-out-at: "${rolledOut}"}
spec:
  replicas: 1
  selector:
    matchLabels: {app.kubernetes.io/instance: metrics-server, app.kubernetes.io/name: metrics-server}
  template:
    metadata:
      labels: {app.kubernetes.io/instance: metrics-server, app.kubernetes.io/name: metrics-server}
    spec:
      priorityClassName: system-cluster-critical
      serviceAccountName: metrics-server
      containers:
      - name: metrics-server
        image: registry.k8s.io/metrics-server/metrics-server:v0.7.2
        args: [--secure-port=10250, --cert-dir=/tmp, --kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname, --kubelet-use-node-status-port, --metric-resolution=15s]
        ports:
        - {containerPort: 10250, name: https, protocol: TCP}
        readinessProbe:
          httpGet: {path: /readyz, port: https, scheme: HTTPS}
          initialDelaySeconds: 20
          periodSeconds: 10
        resources:
          requests: {cpu: 100m, memory: 200Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: metrics-server
  namespace: kube-system
  creationTimestamp: "${created}"
  labels: {app.kubernetes.io/instance: metrics-server, app.kubernetes.io/name: metrics-server}
spec:
  selector: {app.kubernetes.io/instance: metrics-server, app.kubernetes.io/name: metrics-server}
  ports:
  - {name: https, port: 443, protocol: TCP, targetPort: https}
`;
}
