/** The text a new scenario starts from: small, complete, and clean under the linter. */
export const NEW_SCENARIO = `# A new scenario: change the id and title, then make the incident your own.
# The format is documented in scenarios/README.md. Ctrl+Space completes field names.
id: checkout-api-saturated
title: Checkout API saturated after a traffic spike
summary: >-
  A marketing push doubles checkout traffic; three checkout-api pods cannot keep up and the
  error rate climbs. Scale the deployment after confirming it is the one serving checkout.
difficulty: 1
tags: [checkout, scaling]
minutes: 10
goals:
  - Confirm which deployment serves the traffic before scaling it.
  - Stage the rollback (the old replica count) before the action.

briefing:
  alert:
    source: PagerDuty
    severity: SEV2
    title: "[checkout-api] 5xx rate above 2% for 5 minutes"
    service: checkout-api
    firedAt: -4m
    text: |
      **checkout-api** is failing more than 2% of requests in prod-us-east-1.
      Runbook: Checkout API — saturation.
  symptoms:
    - Customers see "Something went wrong" when they pay.
    - p99 latency of checkout-api is above 2 s.
  dashboards:
    - title: Checkout error rate
      unit: percent
      threshold: 2
      series:
        - service: checkout-api
          metric: errorRate
    - title: Ready checkout-api pods
      unit: count
      series:
        - label: ready
          value: pods@checkout[app=checkout-api]{ready}

runbook:
  title: Checkout API — saturation
  markdown: |
    ## When checkout-api is saturated
    1. Check how many checkout-api pods are ready.
    2. Scale checkout-api to 6 replicas: \`kubectl -n checkout scale deploy/checkout-api --replicas=6\`
  steps:
    - id: scale-out
      title: Scale checkout-api to 6 replicas
      text: Scale checkout-api to 6 replicas.
      intent:
        kind: scale
        namespace: checkout
        target: deploy/checkout-api
        replicas: 6
      truth:
        preflight:
          confirms:
            - deploy/checkout-api exists in checkout with 3 ready replicas.
          reads: [deploy/checkout-api]
        stopIf:
          text: checkout-api is missing from the checkout namespace.
          when: missing deployment/checkout-api@checkout
        actions:
          - kubectl -n checkout scale deploy/checkout-api --replicas=6
        rollbacks:
          - kubectl -n checkout scale deploy/checkout-api --replicas=3
        blastRadius:
          namespace: checkout
          objects: [deployment/checkout-api]
          pods: { create: 3 }

world:
  history: 20m
  contexts:
    - name: prod-us-east-1
      namespace: checkout
      manifests: |
        apiVersion: v1
        kind: Node
        metadata:
          name: ip-10-0-1-23.ec2.internal
          labels:
            kubernetes.io/hostname: ip-10-0-1-23.ec2.internal
            topology.kubernetes.io/zone: us-east-1a
            node.kubernetes.io/instance-type: m6i.2xlarge
        status:
          capacity: { cpu: "8", memory: 32386544Ki, pods: "58" }
          allocatable: { cpu: 7910m, memory: 31369712Ki, pods: "58" }
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: checkout
        ---
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: checkout-api
          namespace: checkout
          labels: { app: checkout-api }
        spec:
          replicas: 3
          selector:
            matchLabels: { app: checkout-api }
          template:
            metadata:
              labels: { app: checkout-api }
            spec:
              containers:
                - name: checkout-api
                  image: 412381937346.dkr.ecr.us-east-1.amazonaws.com/checkout-api:2.14.1
                  ports: [{ containerPort: 8080 }]
                  resources:
                    requests: { cpu: 500m, memory: 512Mi }

# Things that happen while the trainee works, e.g.:
# timeline:
#   - at: 3m
#     by: another engineer
#     note: Someone scales checkout-api down to save cost.
#     kubectl: -n checkout scale deploy/checkout-api --replicas=2

health:
  services:
    - id: checkout-api
      title: Checkout API
      demand: 400
      latency: { baseMs: 120, timeoutMs: 3000 }
      routes:
        - namespace: checkout
          pools:
            - selector: app=checkout-api
              rpsPerPod: 120
      slo: { objective: 99.9 }
  resolved:
    when: sli(checkout-api).errorRate < 0.01
    for: 2m
`;
