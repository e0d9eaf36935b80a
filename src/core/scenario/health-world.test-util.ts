/** A small two-context world for the language and health tests: pools, a crashing worker. */
import { buildWorld } from '../cluster/build';
import { parseManifests } from '../cluster/manifests';
import type { KubeObject, World } from '../cluster/types';

export const NOW = Date.parse('2026-03-14T09:41:00Z');

const NODE = (name: string, ip: string) => `apiVersion: v1
kind: Node
metadata:
  name: ${name}
  creationTimestamp: "2026-03-01T00:00:00Z"
  labels: {topology.kubernetes.io/zone: us-east-1a}
status:
  capacity: {cpu: "8", memory: 32Gi, pods: "110"}
  allocatable: {cpu: "8", memory: 32Gi, pods: "110"}
  conditions: [{type: Ready, status: "True"}]
  addresses: [{type: InternalIP, address: ${ip}}]
  nodeInfo: {kubeletVersion: v1.32.3-eks-473151a}
`;

const POOL = (
	name: string,
	replicas: number,
	{ extra = '', rolledOut = '2026-03-11T16:20:41Z', cpu = '250m' } = {}
) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-${name}
  namespace: payments
  labels: {app: payments, pool: ${name}}
  annotations: {preflight.dev/rolled-out-at: "${rolledOut}"}
spec:
  replicas: ${replicas}
  selector: {matchLabels: {app: payments, pool: ${name}}}
  template:
    metadata:
      labels: {app: payments, pool: ${name}}
${extra}    spec:
      containers:
      - name: app
        image: registry.example.com/payments:v2.4.0
        resources: {requests: {cpu: ${cpu}, memory: 512Mi}}
`;

const CRASHING = `      annotations:
        preflight.dev/fault: CrashLoopBackOff
        preflight.dev/crash-after: 5s
`;

export const US_MANIFESTS = [
	NODE('ip-10-0-1-23.ec2.internal', '10.0.1.23'),
	NODE('ip-10-0-18-87.ec2.internal', '10.0.18.87'),
	`apiVersion: v1
kind: ConfigMap
metadata: {name: payments-pools, namespace: payments}
data: {primary.maxConnections: "200", replicas: "3"}
`,
	POOL('primary', 4),
	POOL('secondary', 2),
	POOL('reconcile', 2, { extra: CRASHING, rolledOut: '2026-03-14T09:38:00Z' }),
	POOL('batch', 1, { cpu: '64' })
].join('---\n');

export const EU_MANIFESTS = [
	NODE('ip-10-1-2-61.eu-west-1.compute.internal', '10.1.2.61'),
	POOL('primary', 3)
].join('---\n');

function objects(text: string): KubeObject[] {
	const r = parseManifests(text, 'test.yaml');
	if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
	return r.objects;
}

/** Contexts `prod-us-east-1` (current, default namespace payments) and `prod-eu-west-1`. */
export function testWorld(us = US_MANIFESTS, eu = EU_MANIFESTS): World {
	return buildWorld({
		contexts: [
			{
				name: 'prod-us-east-1',
				namespace: 'payments',
				cluster: {
					name: 'prod-us-east-1',
					server: 'https://us',
					seed: 1,
					objects: objects(us),
					now: NOW,
					basics: true
				}
			},
			{
				name: 'prod-eu-west-1',
				cluster: {
					name: 'prod-eu-west-1',
					server: 'https://eu',
					seed: 2,
					objects: objects(eu),
					now: NOW,
					basics: true
				}
			}
		],
		current: 'prod-us-east-1'
	});
}
