import { describe, expect, it } from 'vitest';
import { formatProblem, lintLibrary, lintScenario } from './lint';

const BASE = `id: payments-scale-secondary
title: Scale the secondary payments pool
summary: The primary pool saturates at peak.
difficulty: 1
minutes: 5
briefing:
  alert: { severity: SEV3, title: PaymentsAPIHighLatency, text: p99 is 1.8 s. }
runbook:
  title: Payments
  markdown: Scale up.
  steps:
    - id: scale-secondary
      title: Scale the secondary pool
      text: Scale it to 4.
      intent: { kind: scale, namespace: payments, target: deploy/payments-secondary, replicas: 4 }
      truth:
        preflight: { confirms: [The secondary pool exists.] }
        stopIf:
          text: The secondary pool is missing.
          when: missing deployment/payments-secondary@payments
        actions: [kubectl scale deploy/payments-secondary -n payments --replicas=4]
        rollbacks: [kubectl scale deploy/payments-secondary -n payments --replicas=2]
world:
  builtin: payments
`;

function lint(text: string, readFile?: (path: string) => string | undefined): string[] {
	return lintScenario(text, 's.yaml', readFile).map(formatProblem);
}

describe('lintScenario', () => {
	it('passes a clean scenario', () => {
		expect(lint(BASE)).toEqual([]);
	});

	it('accepts a stale step whose object a previous attempt already deleted before t = 0', () => {
		const text = `${BASE}timeline:
  - at: -10m
    by: a previous attempt
    note: The secondary pool was deleted to be recreated.
    kubectl: kubectl delete deploy/payments-secondary -n payments
`;
		expect(lint(text)).toEqual([]);
	});

	it('reports cross-reference problems where they are, warnings after errors on a line', () => {
		const text = BASE.replace(
			'          when: missing deployment/payments-secondary@payments',
			'          when: |\n            missing deployment/payments-secondary@payments or\n            pods@payments{ready} <'
		)
			.replace('{ kind: scale, namespace', '{ kind: scale, context: prod-us-east-2, namespace')
			.replace(
				'actions: [kubectl scale deploy/payments-secondary -n payments --replicas=4]',
				'actions: [kubectl get deploy -n payments, kubectl scale deploy/payments-secondary -n payments --replicas=4]'
			)
			.replace(
				'rollbacks: [kubectl scale deploy/payments-secondary',
				'rollbacks: [kubectl scale deploy/payments-primary'
			);
		expect(lint(text)).toEqual([
			's.yaml:15:39: runbook.steps.0.intent.context: no context "prod-us-east-2" (contexts: prod-us-east-1, prod-eu-west-1)',
			's.yaml:22:35: runbook.steps.0.truth.stopIf.when: expected a value, got the end',
			's.yaml:23:19: warning: runbook.steps.0.truth.actions.0: "get" only reads: an action should change something',
			"s.yaml:24:21: warning: runbook.steps.0.truth.rollbacks.0: names deployments.apps/payments-primary, which the step's actions do not touch (deployments.apps/payments-secondary)"
		]);
	});

	it('runs the timeline and places a manifest error inside its block', () => {
		const text = `${BASE}timeline:
  - at: 2m
    by: another engineer
    note: Someone drains a node that is not there.
    kubectl: kubectl drain ip-10-0-99-1.ec2.internal --ignore-daemonsets
  - at: 3m
    note: A ConfigMap is created.
    apply: |
      apiVersion: v1
      kind: ConfigMap
      metadata: { name: flags, namespace: payments }
      data: { POOL_SIZE: 20 }
`;
		expect(lint(text)).toEqual([
			's.yaml:29:14: timeline.0.kubectl: Error from server (NotFound): nodes "ip-10-0-99-1.ec2.internal" not found',
			's.yaml:36:26: timeline.1.apply: document 1 (ConfigMap flags): data.POOL_SIZE: expected a string, got 20'
		]);
	});

	it('reads manifest files beside the scenario and checks intents against its own contexts', () => {
		const text = BASE.replace(
			'world:\n  builtin: payments\n',
			`world:
  contexts:
    - name: staging-us-west-2
      namespace: payments
      files: [clusters/staging.yaml]
`
		).replace('{ kind: scale, namespace: payments,', '{ kind: scale,');
		const manifests = `apiVersion: v1
kind: Namespace
metadata: { name: payments }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: payments-secondary, namespace: payments }
spec:
  replicas: 2
  selector: { matchLabels: { app: payments } }
  template:
    metadata: { labels: { app: payments } }
    spec: { containers: [{ name: app, image: 'nginx:1.27' }] }
`;
		expect(lint(text, (p) => (p === 'clusters/staging.yaml' ? manifests : undefined))).toEqual([]);
		expect(lint(text)).toEqual([
			's.yaml:27:15: world.contexts.0.files.0: cannot read clusters/staging.yaml'
		]);
	});

	it('checks that the steps after a use-context step run in that context', () => {
		const text = BASE.replace(
			'  steps:\n',
			`  steps:
    - id: switch
      title: Switch to Europe
      text: Switch to eu-west-1.
      intent: { kind: use-context, context: prod-eu-west-1 }
      truth:
        preflight: { confirms: [The context exists.] }
        stopIf: { text: Never., when: 't < 0' }
`
		).replace(
			'target: deploy/payments-secondary, replicas',
			'target: deploy/payments-ledger, replicas'
		);
		expect(lint(text)).toEqual([
			's.yaml:22:59: runbook.steps.1.intent.target: no deployments.apps "payments-ledger" in namespace payments of prod-eu-west-1 at -30m or 0s'
		]);
	});
});

describe('lintLibrary', () => {
	it('reports an id used by an earlier file', () => {
		expect(
			lintLibrary([
				{ file: 'a.yaml', text: BASE },
				{ file: 'b.yaml', text: BASE },
				{ file: 'c.yaml', text: 'title: "open' }
			]).map(formatProblem)
		).toEqual([
			'b.yaml:1:5: id: scenario id "payments-scale-secondary" is already used by a.yaml',
			'c.yaml:1:8: title: unclosed " quote: the string that starts here never ends'
		]);
	});
});

describe('formatProblem', () => {
	it('prints file:line:col, then warning:, the path and the message', () => {
		const p = {
			file: 'f.yaml',
			line: 3,
			column: 7,
			path: 'a.b',
			message: 'm',
			severity: 'error' as const
		};
		expect(formatProblem(p)).toBe('f.yaml:3:7: a.b: m');
		expect(formatProblem({ ...p, severity: 'warning' })).toBe('f.yaml:3:7: warning: a.b: m');
		expect(formatProblem({ ...p, path: '' })).toBe('f.yaml:3:7: m');
	});
});
