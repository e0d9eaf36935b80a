/**
 * The worker's first scenario load pays for compiling the YAML parser, the scenario and world
 * schemas and the timeline's kubectl (tens of ms, a few when warm). `warmUp` pays it while the
 * worker waits for its first real load: a small scenario in the library's shape, hosted from a
 * one-object checkpoint as a resume is, then dropped. The library's texts are not in the worker's
 * bundle, so the scenario is here.
 */
import { encodeWorld } from '../../core/cluster/world-codec';
import type { KubeObject, World } from '../../core/cluster/types';
import { hostScenario } from './scenario-host';

const PAYMENTS = {
	apiVersion: 'v1',
	kind: 'Namespace',
	metadata: { name: 'payments' }
} as KubeObject;

export const WARM_UP_FILE = 'warm-up.yaml';

export const WARM_UP_YAML = `id: warm-up-checkout-restart
title: Restart the stuck checkout workers
summary: >-
  checkout-worker stopped taking jobs from the queue after a Redis failover; restart it.
difficulty: 1
tags: [checkout, restart]
minutes: 5
goals:
  - Confirm the workers are stuck before restarting them.

briefing:
  alert:
    source: PagerDuty
    severity: SEV3
    title: CheckoutQueueBacklog
    service: checkout (prod-us-east-1)
    firedAt: -4m
    text: |
      **[FIRING:1] CheckoutQueueBacklog** — 1,240 jobs waiting (threshold 500 for 5m).
  symptoms:
    - Orders stay in \`PENDING\` for minutes.
  dashboards:
    - title: 5xx ratio
      unit: percent
      threshold: 1
      series:
        - { label: payments, service: payments, metric: errorRate }
    - title: Ready payments pods
      unit: count
      series:
        - { label: primary, value: 'pods@payments[pool=primary]{ready}' }

runbook:
  title: 'Checkout: restart stuck workers'
  markdown: |
    # Checkout: restart stuck workers

    1. Check the workers, then restart them.
  steps:
    - id: restart-workers
      title: Restart the workers
      text: Check the pods, then restart the Deployment.
      intent: { kind: scale, namespace: payments, target: deploy/payments-secondary, replicas: 3 }
      plant:
        flaw: wrong-target
        note: The draft scales the primary pool instead.
        draft:
          action:
            command: kubectl scale deploy/payments-primary -n payments --replicas=3
      truth:
        preflight:
          confirms:
            - deploy/payments-secondary exists at 2/2 Ready.
          reads: [deploy/payments-secondary]
        stopIf:
          text: The Deployment is missing.
          when: >-
            missing deployment/payments-secondary@payments or
            deployment/payments-secondary@payments{.status.readyReplicas} < 2
        actions:
          - kubectl scale deploy/payments-secondary -n payments --replicas=3
        rollbacks:
          - kubectl scale deploy/payments-secondary -n payments --replicas=2
        blastRadius:
          context: prod-us-east-1
          namespace: payments
          objects: [deployment/payments-secondary]
          pods: { create: 1 }

world:
  builtin: payments
  history: 5m

timeline:
  - at: -2m
    by: the system
    note: A payments-primary pod starts failing its readiness probe.
    kubectl: >-
      kubectl annotate pods -n payments -l pool=primary preflight.dev/fault=ReadinessFailing

health:
  services:
    - id: payments
      title: payments API
      demand: 540
      baselineErrorRate: 0.001
      latency: { baseMs: 60, timeoutMs: 30000 }
      routes:
        - namespace: payments
          pools:
            - selector: app=payments,pool=primary
              rpsPerPod: 180
              errorRateWhen:
                - { when: 't >= -120', rate: 0.5 }
      slo: { objective: 99.9 }
  resolved:
    when: sli(payments).errorRate < 0.01
    for: 1m
`;

/** One cluster holding one Namespace: enough for every branch of the world's schema to run once. */
const CHECKPOINT: World = {
	contexts: [
		{ name: 'prod-us-east-1', cluster: 'prod-us-east-1', user: 'oncall', namespace: 'payments' }
	],
	currentContext: 'prod-us-east-1',
	clusters: {
		'prod-us-east-1': {
			name: 'prod-us-east-1',
			server: 'https://4F2A9C1E7B3D5A60.gr7.us-east-1.eks.amazonaws.com',
			version: 'v1.30.4-eks-a737599',
			objects: new Map([['namespaces', new Map([['', new Map([['payments', PAYMENTS]])]])]]),
			resourceVersion: 1,
			rng: 1
		}
	}
};

/** Loads and hosts the warm-up scenario from its checkpoint; the first problem, if it did not. */
export function warmUp(): { ok: true } | { ok: false; message: string } {
	const hosting = hostScenario({
		yaml: WARM_UP_YAML,
		file: WARM_UP_FILE,
		files: {},
		resume: { world: encodeWorld(CHECKPOINT), now: 1_773_482_400_000 }
	});
	return hosting.ok ? { ok: true } : hosting;
}
