/**
 * The built-in `payments` world (the seed article's example): two EKS clusters as kubeconfig
 * contexts, `prod-us-east-1` (current) and `prod-eu-west-1`, each with a `payments` namespace whose
 * pools are `payments-primary` (pool=primary) and `payments-secondary` (pool=secondary). Written as
 * manifests and built the way any user's manifests are, seen at `PAYMENTS_EPOCH`.
 */
import { buildWorld, type BuildClusterInput } from '../build';
import { parseManifests } from '../manifests';
import type { World } from '../types';
import { eksNodeYaml, type EksNode } from './eks-nodes';
import { eksSystemYaml } from './eks-system';
import { paymentsAppYaml } from './payments-app';
import { US_EAST_1_PLATFORM } from './us-east-1-platform';

export const PAYMENTS_EPOCH = Date.parse('2026-03-14T09:41:00Z');
export const PAYMENTS_SEED = 20260314;

const ACCOUNT = '123456789012';
const HEARTBEAT = '2026-03-14T09:40:21Z';

type NodeSpec = [ip: string, zone: string, created: string, podCIDR: string, instance: string];

const US_NODES: NodeSpec[] = [
	['10.0.1.23', 'us-east-1a', '2026-02-21T03:12:44Z', '10.0.4.0/24', 'i-0a3f9c2e71b84d5a6'],
	['10.0.18.87', 'us-east-1b', '2026-02-21T03:12:51Z', '10.0.20.0/24', 'i-0d81e6b4c9f2a7310'],
	['10.0.35.16', 'us-east-1c', '2026-02-21T03:13:02Z', '10.0.37.0/24', 'i-04c7a2d9e1b6f8352'],
	['10.0.7.142', 'us-east-1a', '2026-03-05T11:47:19Z', '10.0.9.0/24', 'i-0f2b8d4a6c1e97053'],
	['10.0.22.204', 'us-east-1b', '2026-03-05T11:47:26Z', '10.0.25.0/24', 'i-07e5c3a1b9d2f4680'],
	['10.0.41.173', 'us-east-1c', '2026-03-12T14:03:51Z', '10.0.43.0/24', 'i-0b9d1f3e5a7c2846e']
];

const EU_NODES: NodeSpec[] = [
	['10.1.2.61', 'eu-west-1a', '2026-02-24T08:30:12Z', '10.1.4.0/24', 'i-0c1e3a5b7d9f2468a'],
	['10.1.19.205', 'eu-west-1b', '2026-02-24T08:30:19Z', '10.1.21.0/24', 'i-02d4f6a8c0e1b3579'],
	['10.1.36.44', 'eu-west-1c', '2026-02-24T08:30:25Z', '10.1.38.0/24', 'i-0e6a8c0b2d4f13579']
];

function nodes(specs: NodeSpec[], nodegroup: string): string {
	return specs
		.map(([ip, zone, created, podCIDR, instance]): EksNode => ({
			ip,
			zone,
			created,
			podCIDR,
			instance,
			nodegroup,
			heartbeat: HEARTBEAT
		}))
		.map(eksNodeYaml)
		.join('---\n');
}

const US_EAST_1 = [
	nodes(US_NODES, 'general-20260221'),
	eksSystemYaml({
		region: 'us-east-1',
		created: '2025-11-03T14:22:07Z',
		rolledOut: '2026-02-21T03:20:13Z'
	}),
	US_EAST_1_PLATFORM,
	paymentsAppYaml({
		region: 'us-east-1',
		replicas: { primary: 4, secondary: 2, api: 3 },
		rolledOut: {
			primary: '2026-03-11T16:20:41Z',
			secondary: '2026-03-11T16:31:08Z',
			api: '2026-03-11T16:40:55Z',
			ledger: '2026-02-21T03:31:06Z'
		}
	})
].join('---\n');

const EU_WEST_1 = [
	nodes(EU_NODES, 'general-20260224'),
	eksSystemYaml({
		region: 'eu-west-1',
		created: '2025-11-17T10:05:33Z',
		rolledOut: '2026-02-24T08:37:50Z'
	}),
	paymentsAppYaml({
		region: 'eu-west-1',
		replicas: { primary: 3, secondary: 2, api: 2 },
		rolledOut: {
			primary: '2026-03-12T09:02:16Z',
			secondary: '2026-03-12T09:11:47Z',
			api: '2026-03-12T09:20:03Z',
			ledger: '2026-02-24T08:41:27Z'
		}
	})
].join('---\n');

function cluster(region: string, server: string, yaml: string, seed: number): BuildClusterInput {
	const parsed = parseManifests(yaml, `builtin/payments/${region}.yaml`);
	// The built-in manifests are part of the program: a parse error here is a bug.
	if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
	return {
		name: `arn:aws:eks:${region}:${ACCOUNT}:cluster/prod-${region}`,
		server,
		version: 'v1.32.3-eks-bc803b4',
		seed,
		objects: parsed.objects,
		now: PAYMENTS_EPOCH,
		basics: true
	};
}

/** The built-in world and the virtual time it is seen at. `seed` varies names and IPs. */
export function paymentsWorld(seed = PAYMENTS_SEED): { world: World; now: number } {
	const world = buildWorld({
		contexts: [
			{
				name: 'prod-us-east-1',
				cluster: cluster(
					'us-east-1',
					'https://4F8A2C1E9B7D3A6F5E0C8B2D1A9F7E3C.gr7.us-east-1.eks.amazonaws.com',
					US_EAST_1,
					seed
				)
			},
			{
				name: 'prod-eu-west-1',
				cluster: cluster(
					'eu-west-1',
					'https://9C3E7A1F5B2D8E4A6C0F1B3D5E7A9C2F.gr7.eu-west-1.eks.amazonaws.com',
					EU_WEST_1,
					seed + 1
				)
			}
		],
		current: 'prod-us-east-1'
	});
	return { world, now: PAYMENTS_EPOCH };
}
