/** Small scenarios for the scenario engine's tests: the parts prepare and the timeline read. */
import { Scenario, type ScenarioInput } from './schema';

const REST = {
	id: 'fixture',
	title: 'Fixture',
	summary: 'A scenario for tests.',
	difficulty: 1,
	minutes: 5,
	briefing: { alert: { severity: 'SEV3', title: 'FixtureAlert', text: 'Firing.' } },
	runbook: { title: 'Runbook', markdown: 'Do the thing.' }
} as const;

export function scenario(
	world: ScenarioInput['world'],
	timeline: ScenarioInput['timeline'] = []
): Scenario {
	return Scenario.parse({ ...REST, world, timeline });
}

/** One Ready node and a two-replica Deployment in `namespace`. */
export function appManifests(namespace: string, app = 'checkout-cache', replicas = 2): string {
	return `apiVersion: v1
kind: Node
metadata:
  name: ip-10-0-1-23.ec2.internal
  creationTimestamp: '2026-02-21T03:12:44Z'
  labels: {kubernetes.io/hostname: ip-10-0-1-23.ec2.internal, kubernetes.io/os: linux}
status:
  capacity: {cpu: '4', memory: 16069732Ki, pods: '58'}
  allocatable: {cpu: 3920m, memory: 15052900Ki, pods: '58'}
  conditions:
    - {type: Ready, status: 'True', reason: KubeletReady, lastHeartbeatTime: '2026-03-14T09:25:51Z', lastTransitionTime: '2026-02-21T03:12:44Z'}
  nodeInfo: {kubeletVersion: v1.32.3-eks-473151a, osImage: Amazon Linux 2023, kernelVersion: 6.1.131, containerRuntimeVersion: containerd://1.7.27, operatingSystem: linux, architecture: amd64}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${app}, namespace: ${namespace}, creationTimestamp: '2026-03-02T10:15:00Z'}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: ${app}}}
  template:
    metadata: {labels: {app: ${app}}}
    spec:
      containers: [{name: redis, image: 'redis:7.2.4'}]
`;
}
